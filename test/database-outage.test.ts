import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../src/app.js';
import { loadConfig } from '../src/config/env.js';
import { openDatabase, type Database } from '../src/db/database.js';
import { createLogger } from '../src/observability/logger.js';
import { freshDatabase, postgresServerUrl } from './support/databases.js';
import { gql, subscribeWs, wsClient, type GraphQLResponse } from './support/graphql.js';
import { GenerateVideo, VideoJobsUpdated, VideoJobUpdated, VideoJobWithEvents } from './support/operations.js';
import { minimalPika } from './support/pika.js';
import { startTcpProxy } from './support/tcp-proxy.js';

// The gateway's Postgres goes away (a TCP proxy in front of it drops every connection) and
// comes back. Clients get answers they can act on, the background loops say so once, and
// everything works again afterwards without a restart.

type LogLine = { level: number; msg: string; requestId?: string; reason?: string; err?: unknown };

describe('while the database is unreachable', () => {
  const lines: LogLine[] = [];
  let proxy: Awaited<ReturnType<typeof startTcpProxy>>;
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let db: Database;
  let app: App;
  let url: string;
  let client: ReturnType<typeof wsClient>;

  beforeAll(async () => {
    database = await freshDatabase('postgres');
    const server = new URL(postgresServerUrl);
    proxy = await startTcpProxy({ host: server.hostname, port: Number(server.port || 5432) });
    const proxied = new URL(database.url!);
    proxied.host = `127.0.0.1:${proxy.port}`;
    // Development, not test: errors are masked as in production.
    const config = loadConfig({
      NODE_ENV: 'development',
      LOG_LEVEL: 'info',
      HOST: '127.0.0.1',
      PORT: '0',
      DATABASE_URL: proxied.toString(),
      RECONCILE_AFTER_SECONDS: '1',
    });
    const logger = createLogger(config.log, { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) });
    db = await openDatabase(config.database);
    app = await buildApp({ config, logger, db });
    url = await app.listen();
    client = wsClient(`${url.replace('http', 'ws')}/graphql`);
  });

  afterAll(async () => {
    await client?.dispose();
    await app?.stop();
    await db?.close();
    await proxy?.close();
    await database?.drop();
  });

  const post = (query: string, variables: Record<string, unknown> = {}) =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  const generate = 'mutation ($input: GenerateVideoInput!) { generateVideo(input: $input) { id status } }';

  it('answers 503 with Retry-After and SERVICE_UNAVAILABLE over HTTP and graphql-ws, logs one line per loop, and recovers', async () => {
    // A dashboard's subscription keeps one graphql-ws connection open across the outage.
    const dashboard = subscribeWs(client, VideoJobsUpdated, {});
    const before = (await gql(url, GenerateVideo, { input: { pika: minimalPika('before the outage') } })).data!.generateVideo.id;
    await subscribeWs(client, VideoJobUpdated, { id: before }).done;

    proxy.cut();
    const lost = await post(generate, { input: { pika: minimalPika('during the outage') } });
    expect(lost.status).toBe(503);
    expect(lost.headers.get('retry-after')).toBe('5');
    const lostBody = (await lost.json()) as GraphQLResponse;
    expect(lostBody.errors).toEqual([expect.objectContaining({ extensions: { code: 'SERVICE_UNAVAILABLE' } })]);
    expect(lostBody.errors![0]!.message).toMatch(/try again later/i);

    const read = await post('query ($id: ID!) { videoJob(id: $id) { status } }', { id: before });
    expect([read.status, read.headers.get('retry-after')]).toEqual([503, '5']);
    expect(((await read.json()) as GraphQLResponse).errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect((await fetch(`${url}/readyz`)).status).toBe(503);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);

    // Over graphql-ws: the error, with the same code, for a query and for a subscription...
    // (as a `next` with errors, or the protocol's `error` message: either way the client sees the code)
    const firstError = (op: Promise<GraphQLResponse[]>) =>
      op.then(
        ([message]) => message?.errors?.[0],
        (errors: GraphQLResponse['errors']) => errors?.[0],
      );
    expect((await firstError(subscribeWs(client, VideoJobWithEvents, { id: before }).done))?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect((await firstError(subscribeWs(client, VideoJobUpdated, { id: before }).done))?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    // ...and a connection whose key cannot be checked now is closed with 1013 (try again later), which clients retry.
    const fresh = wsClient(`${url.replace('http', 'ws')}/graphql`, { authorization: `Bearer vgk_${'x'.repeat(43)}` });
    await expect(subscribeWs(fresh, VideoJobsUpdated, {}).done).rejects.toMatchObject({ code: 1013 });
    await fresh.dispose();

    // The dispatcher and the webhook worker (every second) and the reconciler (every 250 ms) keep trying, for several polls each...
    await expect.poll(() => proxy.refused, { timeout: 60_000 }).toBeGreaterThanOrEqual(30);
    await expect.poll(() => lines.filter((l) => /unreachable/.test(l.msg)).length).toBe(3);

    proxy.restore();
    await expect
      .poll(
        () =>
          lines
            .filter((l) => /the database is back/.test(l.msg))
            .map((l) => l.msg)
            .sort(),
        { timeout: 30_000 },
      )
      .toEqual(['dispatcher: the database is back', 'reconciler: the database is back', 'webhook worker: the database is back']);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    const after = await post(generate, { input: { pika: minimalPika('after the outage') } });
    expect(after.status).toBe(200);
    const id = ((await after.json()) as GraphQLResponse<{ generateVideo: { id: string } }>).data!.generateVideo.id;
    const updates = await subscribeWs(client, VideoJobUpdated, { id }).done;
    expect(updates.at(-1)?.data?.videoJobUpdated.status).toBe('SUCCEEDED');
    await expect.poll(() => dashboard.messages.some((m) => m.data?.videoJobsUpdated.id === id)).toBe(true);
    dashboard.stop();

    // ...and said so once each, at error level, without a stack; clients' 503s are warnings with their request id.
    const errors = lines.filter((l) => l.level >= 50);
    expect(errors.map((l) => l.msg).sort()).toEqual([
      'dispatcher: the database is unreachable; retrying until it is back',
      'reconciler: the database is unreachable; retrying until it is back',
      'webhook worker: the database is unreachable; retrying until it is back',
    ]);
    expect(errors.every((l) => l.err === undefined && typeof l.reason === 'string')).toBe(true);
    const unavailable = lines.filter((l) => l.msg === 'service unavailable: a backend cannot be reached');
    expect(unavailable.length).toBeGreaterThanOrEqual(2);
    expect(unavailable.every((l) => l.level === 40 && typeof l.requestId === 'string')).toBe(true);
    // Nothing is logged per poll: no message with a stack comes twice in the whole outage.
    const withStacks = lines.filter((l) => l.err !== undefined).map((l) => l.msg);
    expect(withStacks).toEqual([...new Set(withStacks)]);
  });
});
