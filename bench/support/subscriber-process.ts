import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';

export type ToSubscribers =
  | { type: 'open'; url: string; connectionParams?: Record<string, unknown>; query: string; variables: Record<string, unknown>; count: number; path: string[] }
  | { type: 'expect'; value: unknown }
  | { type: 'close' };
type FromSubscribers = { type: 'opened' | 'expecting' | 'closed' } | { type: 'received'; times: number[] } | { type: 'failed'; message: string };

/** The subscribers' process (subscribers.ts): the clients run apart from the bench and the servers. */
export class SubscriberProcess {
  private readonly child: ChildProcess = fork(resolve(import.meta.dirname, 'subscribers.ts'), { execArgv: ['--import', 'tsx'] });

  private request<T extends FromSubscribers['type']>(message: ToSubscribers, answer: T) {
    return new Promise<Extract<FromSubscribers, { type: T }>>((done, fail) => {
      const listener = (reply: FromSubscribers) => {
        if (reply.type === 'failed') fail(new Error(`a subscription failed: ${reply.message}`));
        else if (reply.type === answer) done(reply as Extract<FromSubscribers, { type: T }>);
        else return;
        this.child.off('message', listener);
      };
      this.child.on('message', listener);
      this.child.send(message);
    });
  }

  /** Opens `count` more subscriptions and resolves once each has had its first message. */
  async open(options: Omit<Extract<ToSubscribers, { type: 'open' }>, 'type'>) {
    await this.request({ type: 'open', ...options }, 'opened');
  }

  /** Runs `trigger` (returning when it started, epoch ms) and resolves with each subscriber's delay to `value`, in ms. */
  async deliver(value: unknown, trigger: () => Promise<number>): Promise<number[]> {
    await this.request({ type: 'expect', value }, 'expecting');
    const received = new Promise<Extract<FromSubscribers, { type: 'received' }>>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`not every subscriber received ${String(value)} within 60 s`)), 60_000);
      const listener = (reply: FromSubscribers) => {
        if (reply.type !== 'received') return;
        this.child.off('message', listener);
        clearTimeout(timer);
        done(reply);
      };
      this.child.on('message', listener);
    });
    const started = await trigger();
    return (await received).times.map((t) => t - started);
  }

  async close() {
    await this.request({ type: 'close' }, 'closed');
  }

  async stop() {
    this.child.disconnect();
    if (this.child.exitCode === null) await once(this.child, 'exit');
  }
}
