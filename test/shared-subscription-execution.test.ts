import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { useSharedSubscriptionExecution } from '../src/http/plugins/use-shared-subscription-execution.js';
import { withoutViewer, type GraphQLContext } from '../src/schema/context.js';
import { useDisposables } from './support/disposables.js';
import { subscribeSse } from './support/graphql.js';

type Tick = { n: number };

/** A yoga server with the plugin, a `ticks` subscription, and a count of how often a tick's field runs. */
async function tickServer(sharedContext = (context: unknown): unknown => ({ ...(context as object), viewer: undefined })) {
  const plugin = useSharedSubscriptionExecution({ sharedContext });
  const listeners = new Set<(tick: Tick) => void>();
  let executions = 0;
  // Registers its listener as soon as it is subscribed, so the test knows when everyone listens.
  const ticks = (): AsyncIterableIterator<Tick> => {
    const queue: Tick[] = [];
    let wake = () => {};
    const listener = (tick: Tick) => {
      queue.push(tick);
      wake();
    };
    listeners.add(listener);
    return {
      [Symbol.asyncIterator]() {
        return this;
      },
      async next() {
        while (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
        return { value: queue.shift()!, done: false };
      },
      async return() {
        listeners.delete(listener);
        return { value: undefined, done: true };
      },
    };
  };
  const yoga = createYoga({
    logging: false,
    plugins: [plugin],
    context: (): { viewer?: string } => ({ viewer: 'alice' }),
    schema: createSchema({
      typeDefs:
        'type Query { ok: Boolean } type Tick { n: Int! label: String! viewer: String } type Subscription { ticks(label: String!): Tick! }',
      resolvers: {
        Subscription: { ticks: { subscribe: ticks, resolve: (tick: Tick, { label }: { label: string }) => ({ ...tick, label }) } },
        Tick: {
          n: (tick: Tick) => {
            executions++;
            return tick.n;
          },
          viewer: (_tick: Tick, _args: unknown, context: { viewer?: string }) => context.viewer ?? null,
        },
      },
    }),
  });
  const server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    listening: () => listeners.size,
    publish: (tick: Tick) => {
      for (const listener of listeners) listener(tick);
    },
    executions: () => executions,
    groups: () => plugin.groups(),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('useSharedSubscriptionExecution', () => {
  const using = useDisposables();

  it('executes a change once per distinct document and variables, and every subscriber gets it', async () => {
    const server = using(await tickServer(), (s) => s.close());
    const stop = using(new AbortController(), (c) => c.abort());
    const query = 'subscription ($label: String!) { ticks(label: $label) { n label } }';
    const subscribe = (label: string) =>
      subscribeSse<{ ticks: Tick & { label: string } }>(server.url, query, { label }, () => true, stop.signal);
    const streams = [...Array.from({ length: 5 }, () => subscribe('a')), subscribe('b'), subscribe('b')];
    await expect.poll(server.listening).toBe(7);

    server.publish({ n: 1 });
    const received = await Promise.all(streams);
    expect(received.map((messages) => messages[0]!.data!.ticks)).toEqual([
      ...Array.from({ length: 5 }, () => ({ n: 1, label: 'a' })),
      { n: 1, label: 'b' },
      { n: 1, label: 'b' },
    ]);
    expect(server.executions()).toBe(2);
  });

  it('executes separate changes separately, even with equal contents', async () => {
    const server = using(await tickServer(), (s) => s.close());
    const stop = using(new AbortController(), (c) => c.abort());
    const stream = subscribeSse(server.url, 'subscription { ticks(label: "x") { n } }', {}, (_m, all) => all.length === 2, stop.signal);
    await expect.poll(server.listening).toBe(1);
    server.publish({ n: 1 });
    server.publish({ n: 1 });
    expect((await stream).map((m) => m.data)).toEqual([{ ticks: { n: 1 } }, { ticks: { n: 1 } }]);
    expect(server.executions()).toBe(2);
  });

  it('keeps nothing once the subscribers are gone', async () => {
    const server = using(await tickServer(), (s) => s.close());
    const stop = new AbortController();
    const query = 'subscription ($label: String!) { ticks(label: $label) { n } }';
    const streams = ['a', 'a', 'b'].map((label) => subscribeSse(server.url, query, { label }, undefined, stop.signal));
    await expect.poll(server.listening).toBe(3);
    expect(server.groups()).toBe(2);
    for (let n = 0; n < 10; n++) server.publish({ n });
    stop.abort();
    await Promise.allSettled(streams);
    await expect.poll(server.groups).toBe(0);
  });

  it("runs shared executions without the first subscriber's context of who is asking", async () => {
    const server = using(await tickServer(), (s) => s.close());
    const stop = using(new AbortController(), (c) => c.abort());
    const stream = subscribeSse(server.url, 'subscription { ticks(label: "x") { viewer } }', {}, () => true, stop.signal);
    await expect.poll(server.listening).toBe(1);
    server.publish({ n: 1 });
    expect((await stream)[0]!.data).toEqual({ ticks: { viewer: null } });
  });

  it("with the gateway's shared context (withoutViewer), a field that reads the viewer fails loudly and the others resolve", async () => {
    const server = using(await tickServer((context) => withoutViewer(context as GraphQLContext)), (s) => s.close());
    const stop = using(new AbortController(), (c) => c.abort());
    const stream = subscribeSse(server.url, 'subscription { ticks(label: "x") { n viewer } }', {}, () => true, stop.signal);
    await expect.poll(server.listening).toBe(1);
    server.publish({ n: 7 });
    const [message] = await stream;
    expect(message!.data).toEqual({ ticks: { n: 7, viewer: null } });
    // An error (masked here, as yoga masks unexpected errors), never the first subscriber's viewer.
    expect(message!.errors).toEqual([expect.objectContaining({ path: ['ticks', 'viewer'] })]);
    const shared = withoutViewer({ viewer: { kind: 'open' }, requestId: 'r' } as unknown as GraphQLContext);
    expect(() => shared.viewer).toThrow(/depends on who reads it/);
    expect(shared.requestId).toBe('r');
  });
});
