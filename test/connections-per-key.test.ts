import { describe, expect, it } from 'vitest';
import { holdSse, holdSseStream, holdWs, type HeldConnection } from './support/connections.js';
import { useDisposables } from './support/disposables.js';
import { startGateway } from './support/gateway.js';

describe('MAX_CONNECTIONS_PER_KEY on one instance (no Redis)', () => {
  const using = useDisposables();
  const hold = <T extends HeldConnection>(held: T) => using(held, (h) => h.close());

  it('counts graphql-ws connections and SSE streams of one key together, refuses the one over, and frees a place when one closes', async () => {
    const gateway = using(await startGateway('postgres', { MAX_CONNECTIONS_PER_KEY: '2' }), (g) => g.stop());
    const alice = (await gateway.app.apiKeys.create('alice', false)).key;
    const bob = (await gateway.app.apiKeys.create('bob', false)).key;

    const socket = hold(await holdWs(gateway.wsUrl, alice));
    const stream = hold(await holdSse(gateway.url, alice));
    expect([socket.outcome, stream.outcome]).toEqual([{ open: true }, { open: true }]);

    // A third, on either transport, is refused with a clear reason.
    const overWs = hold(await holdWs(gateway.wsUrl, alice));
    expect(overWs.outcome).toEqual({ open: false, code: 4429, reason: 'too many open connections for this API key (at most 2)' });
    const overSse = hold(await holdSse(gateway.url, alice));
    expect(overSse.outcome).toMatchObject({ open: false, reason: 'too many open connections for this API key (at most 2)' });
    expect(overSse.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');

    // Another key is not affected.
    expect(hold(await holdWs(gateway.wsUrl, bob)).outcome).toEqual({ open: true });

    // Closing a connection, or ending a stream, frees its place.
    await socket.close();
    await expect.poll(async () => hold(await holdWs(gateway.wsUrl, alice)).outcome).toEqual({ open: true });
    await stream.close();
    await expect.poll(async () => hold(await holdSse(gateway.url, alice)).outcome).toEqual({ open: true });
  });

  it("counts graphql-sse's single connection stream once, however many operations it carries", async () => {
    const gateway = using(await startGateway('postgres', { MAX_CONNECTIONS_PER_KEY: '2' }), (g) => g.stop());
    const alice = (await gateway.app.apiKeys.create('alice', false)).key;

    const socket = hold(await holdWs(gateway.wsUrl, alice));
    const stream = hold(await holdSseStream(gateway.url, alice));
    expect([socket.outcome, stream.outcome]).toEqual([{ open: true }, { open: true }]);

    // At the limit, operations still run over the stream already counted.
    expect(await stream.start('subscription { heartbeat(everyMs: 50) { beat } }')).toMatchObject({
      data: { heartbeat: { beat: 1 } },
    });
    expect(await stream.start('{ __typename }')).toEqual({ data: { __typename: 'Query' } });

    // A second stream is a third connection: refused.
    expect(hold(await holdSseStream(gateway.url, alice)).outcome).toEqual({
      open: false,
      code: 429,
      reason: 'too many open connections for this API key (at most 2)',
    });

    // Closing the stream frees its place.
    await stream.close();
    await expect.poll(async () => hold(await holdSseStream(gateway.url, alice)).outcome).toEqual({ open: true });
  });
});
