import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { useDisposables } from './support/disposables.js';
import { startGateway } from './support/gateway.js';
import { gql, subscribeWs, wsClient } from './support/graphql.js';
import { GenerateVideo } from './support/operations.js';
import { minimalPika } from './support/pika.js';

describe('limits that keep one client from hurting the others', () => {
  const using = useDisposables();

  it('rate-limits generateVideo per client, with a retry hint', async () => {
    const gateway = using(await startGateway('postgres', { RATE_LIMIT_PER_MINUTE: '2' }), (g) => g.stop());
    gateway.app.simulator!.setKnobs({ stepMs: 3_600_000 });
    const results = [];
    for (let i = 0; i < 3; i++) results.push(await gql(gateway.url, GenerateVideo, { input: { pika: minimalPika(`take ${i}`) } }));
    expect(results.slice(0, 2).every((r) => r.data?.generateVideo)).toBe(true);
    expect(results[2]!.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/try again in \d+ s/),
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) },
    });
    expect(await gateway.db.prisma.job.count()).toBe(2);
  });

  it('refuses queries too deep, with too many aliases, or too costly', async () => {
    const gateway = using(await startGateway('postgres', { MAX_QUERY_DEPTH: '4', MAX_ALIASES: '3' }), (g) => g.stop());
    const deep = await gql(
      gateway.url,
      '{ videoJobs { edges { node { settings { ... on PikaVideoSettings { options { camera { pan } } } } } } } }',
    );
    expect(deep.errors?.[0]?.message).toMatch(/depth/i);
    const aliases = await gql(gateway.url, '{ a: health b: health c: health d: health e: health }');
    expect(aliases.errors?.[0]?.message).toMatch(/aliases/i);
    expect(await gql(gateway.url, '{ a: health b: health }')).toEqual({ data: { a: 'ok', b: 'ok' } });
    const cheap = using(await startGateway('postgres', { MAX_QUERY_COST: '40' }), (g) => g.stop());
    const costly = await gql(
      cheap.url,
      '{ videoJobs { edges { node { id status progress prompt videoUrl posterUrl createdAt updatedAt events { to at } } } } }',
    );
    expect(costly.errors?.[0]?.message).toMatch(/cost/i);
  });

  it('refuses request bodies over the limit before reading them', async () => {
    const gateway = using(await startGateway('postgres', { MAX_BODY_BYTES: '2048' }), (g) => g.stop());
    const res = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health }', variables: { pad: 'x'.repeat(5000) } }),
    });
    expect(res.status).toBe(413);
  });

  it('closes a graphql-ws socket whose frame is over the body limit (1009), before authentication, and keeps serving', async () => {
    const gateway = using(await startGateway('postgres', { MAX_BODY_BYTES: '4096' }), (g) => g.stop());
    const socket = new WebSocket(gateway.wsUrl, 'graphql-transport-ws');
    await new Promise((resolve) => socket.once('open', resolve));
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    socket.send(JSON.stringify({ type: 'connection_init', payload: { pad: 'x'.repeat(10_000) } }));
    expect(await closed).toBe(1009);
    const client = using(wsClient(gateway.wsUrl), (c) => c.dispose());
    expect((await subscribeWs(client, '{ health }').done)[0]).toEqual({ data: { health: 'ok' } });
  });

  it('caps the operations one graphql-ws connection may run at once', async () => {
    const gateway = using(await startGateway('postgres', { MAX_SUBSCRIPTIONS_PER_CONNECTION: '2' }), (g) => g.stop());
    const client = using(wsClient(gateway.wsUrl), (c) => c.dispose());
    const beat = 'subscription { heartbeat(everyMs: 1000) { beat } }';
    const first = subscribeWs(client, beat);
    const second = subscribeWs(client, beat);
    await expect.poll(() => first.messages.length + second.messages.length).toBe(2);
    await expect(subscribeWs(client, beat).done).rejects.toEqual([
      expect.objectContaining({ message: 'at most 2 operations at once on one connection' }),
    ]);
    first.stop();
    second.stop();
  });

  it('turns introspection off in production, or when told to', async () => {
    const gateway = using(await startGateway('postgres', { GRAPHQL_INTROSPECTION: 'false' }), (g) => g.stop());
    const answer = await gql(gateway.url, '{ __schema { queryType { name } } }');
    expect(answer.errors?.[0]?.message).toMatch(/introspection/i);
    expect(await gql(gateway.url, '{ health }')).toEqual({ data: { health: 'ok' } });
  });
});
