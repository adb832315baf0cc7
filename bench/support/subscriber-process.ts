import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';

export type ToSubscribers =
  | {
      type: 'open';
      url: string;
      connectionParams?: Record<string, unknown>;
      query: string;
      variables: Record<string, unknown>;
      count: number;
      path: string[];
    }
  | { type: 'expect'; value: unknown }
  | { type: 'close' };
type FromSubscribers =
  | { type: 'connected' | 'opened' | 'expecting' | 'closed' }
  | { type: 'received'; times: number[] }
  | { type: 'failed'; message: string };

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

  /**
   * Opens `count` more subscriptions; resolves once each connection is acknowledged, with `opened`
   * settling once each subscription has had its first message.
   */
  async open(options: Omit<Extract<ToSubscribers, { type: 'open' }>, 'type'>): Promise<{ opened: Promise<void> }> {
    const opened = new Promise<void>((done, fail) => {
      const listener = (reply: FromSubscribers) => {
        if (reply.type === 'failed') fail(new Error(`a subscription failed: ${reply.message}`));
        else if (reply.type === 'opened') done();
        else return;
        this.child.off('message', listener);
      };
      this.child.on('message', listener);
    });
    opened.catch(() => {});
    await this.request({ type: 'open', ...options }, 'connected');
    return { opened };
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

  /** Resolves once the process expects `value`, with the receipt times still to come (epoch ms). */
  async expect(value: unknown): Promise<{ received: Promise<number[]> }> {
    await this.request({ type: 'expect', value }, 'expecting');
    const received = new Promise<number[]>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`not every subscriber received ${String(value)} within 60 s`)), 60_000);
      const listener = (reply: FromSubscribers) => {
        if (reply.type !== 'received') return;
        this.child.off('message', listener);
        clearTimeout(timer);
        done(reply.times);
      };
      this.child.on('message', listener);
    });
    return { received };
  }

  async stop() {
    this.child.disconnect();
    if (this.child.exitCode === null) await once(this.child, 'exit');
  }
}

/**
 * Subscribers spread over several processes (at most `perProcess` clients each), so that 10,000
 * WebSockets are not all served by one client event loop: what is measured is the server.
 */
export class SubscriberGroup {
  private readonly processes: SubscriberProcess[];

  constructor(processes: number) {
    this.processes = Array.from({ length: processes }, () => new SubscriberProcess());
  }

  /** Opens `count` subscriptions, split evenly over the processes: see SubscriberProcess.open. */
  async open(options: Omit<Extract<ToSubscribers, { type: 'open' }>, 'type'>): Promise<{ opened: Promise<void> }> {
    const n = this.processes.length;
    const each = await Promise.all(
      this.processes.map((p, i) => p.open({ ...options, count: Math.floor(options.count / n) + (i < options.count % n ? 1 : 0) })),
    );
    const opened = Promise.all(each.map((e) => e.opened)).then(() => {});
    opened.catch(() => {});
    return { opened };
  }

  /** Like SubscriberProcess.deliver, over every process: each subscriber's delay to `value`, in ms. */
  async deliver(value: unknown, trigger: () => Promise<number>): Promise<number[]> {
    const expecting = await Promise.all(this.processes.map((p) => p.expect(value)));
    const started = await trigger();
    return (await Promise.all(expecting.map((e) => e.received))).flat().map((t) => t - started);
  }

  async close() {
    await Promise.all(this.processes.map((p) => p.close()));
  }

  async stop() {
    await Promise.all(this.processes.map((p) => p.stop()));
  }
}
