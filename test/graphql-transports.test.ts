import { describe, expect, it } from 'vitest';
import { useDisposables } from './support/disposables.js';
import { startGateway } from './support/gateway.js';
import { gql, subscribeSse, subscribeWs, wsClient } from './support/graphql.js';

const heartbeat = 'subscription Beat($everyMs: Int!) { heartbeat(everyMs: $everyMs) { beat at } }';
type Beat = { heartbeat: { beat: number; at: string } };

describe('one schema over HTTP, SSE and graphql-ws on /graphql', () => {
  const using = useDisposables();

  it('answers queries over HTTP POST and GET', async () => {
    const { url } = using(await startGateway('postgres'), (g) => g.stop());
    expect(await gql(url, '{ health }')).toEqual({ data: { health: 'ok' } });
    const get = await fetch(`${url}/graphql?query=${encodeURIComponent('{ health }')}`);
    expect(await get.json()).toEqual({ data: { health: 'ok' } });
  });

  it('streams a subscription to the real graphql-ws client', async () => {
    const gateway = using(await startGateway('postgres'), (g) => g.stop());
    const client = using(wsClient(gateway.wsUrl), (c) => c.dispose());
    const beats = await subscribeWs<Beat>(client, heartbeat, { everyMs: 50 }, (_m, all) => all.length === 3).done;
    expect(beats.map((m) => m.data?.heartbeat.beat)).toEqual([1, 2, 3]);
    expect(new Date(beats[0]!.data!.heartbeat.at).getTime()).toBeLessThanOrEqual(Date.now());
  });

  it('streams the same subscription over SSE', async () => {
    const { url } = using(await startGateway('postgres'), (g) => g.stop());
    const beats = await subscribeSse<Beat>(url, heartbeat, { everyMs: 50 }, (_m, all) => all.length === 2);
    expect(beats.map((m) => m.data?.heartbeat.beat)).toEqual([1, 2]);
  });

  it('validates subscription arguments with the same rules on every transport', async () => {
    const gateway = using(await startGateway('postgres'), (g) => g.stop());
    const client = using(wsClient(gateway.wsUrl), (c) => c.dispose());
    const expected = {
      message: 'Invalid input: everyMs must be at least 50',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ path: ['everyMs'], message: 'must be at least 50' }] },
    };
    const [overWs] = await subscribeWs(client, heartbeat, { everyMs: 1 }).done;
    expect(overWs?.errors).toEqual([expect.objectContaining(expected)]);
    const [overSse] = await subscribeSse(gateway.url, heartbeat, { everyMs: 1 });
    expect(overSse?.errors).toEqual([expect.objectContaining(expected)]);
    const http = await gql(gateway.url, 'query { nope }');
    expect(http.errors?.[0]?.message).toMatch(/Cannot query field "nope"/);
  });

  it('ends open subscriptions without a `complete` when the server stops: graphql-ws closes with 1012, SSE streams are cut', async () => {
    const gateway = using(await startGateway('postgres'), (g) => g.stop());
    const client = using(wsClient(gateway.wsUrl), (c) => c.dispose());
    const ws = subscribeWs<Beat>(client, heartbeat, { everyMs: 50 });
    const sse = subscribeSse<Beat>(gateway.url, heartbeat, { everyMs: 50 });
    const wsEnd = ws.done.then(
      () => 'complete',
      (error: { code?: number }) => error.code,
    );
    const sseEnd = sse.then(
      () => 'complete',
      () => 'cut',
    );
    await expect.poll(() => ws.messages.length).toBeGreaterThan(1);
    const started = performance.now();
    await gateway.app.stop();
    expect(performance.now() - started).toBeLessThan(2_000);
    // A retrying client reconnects after both; neither says the subscription is over.
    expect(await wsEnd).toBe(1012);
    expect(await sseEnd).toBe('cut');
    expect(ws.messages.length).toBeGreaterThan(1);
  });
});
