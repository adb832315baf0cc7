import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type TestGateway } from './support/gateway.js';
import { gql, subscribeSse, subscribeWs, wsClient, type GraphQLResponse } from './support/graphql.js';
import { GenerateVideo } from './support/operations.js';
import { minimalPika } from './support/pika.js';

// `npm run apikey -- revoke <id>` in another process ends the key's access within a second or
// two on every instance: its requests, its open graphql-ws connections and its SSE streams.

const run = promisify(execFile);
let a: TestGateway;
let b: TestGateway;

async function apikey(gateway: TestGateway, ...args: string[]): Promise<string> {
  const { stdout } = await run('npm', ['run', '-s', 'apikey', '--', ...args], {
    env: { PATH: process.env.PATH, DATABASE_URL: gateway.databaseUrl! },
  });
  return stdout.trim();
}
const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
const heartbeat = 'subscription { heartbeat(everyMs: 100) { beat } }';
const lastError = (messages: GraphQLResponse[]) => messages.at(-1)?.errors?.[0];

beforeAll(async () => {
  a = await startGateway('postgres');
  // A second instance on the same database, as behind a load balancer.
  b = await startGateway('postgres', { DATABASE_URL: a.databaseUrl! });
  for (const g of [a, b]) g.app.simulator!.setKnobs({ stepMs: 3_600_000 });
});
afterAll(async () => {
  await b.stop();
  await a.stop();
});

describe('revoking a key', () => {
  it('refuses its requests and ends its connections and streams on every instance', async () => {
    await apikey(a, 'create', '--name', 'ops', '--admin');
    const created = await apikey(a, 'create', '--name', 'alice');
    const alice = created.split('\n').at(-1)!;
    const aliceId = /\(id ([\w-]+)\)/.exec(created)![1]!;
    expect(
      (await gql(a.url, GenerateVideo, { input: { pika: minimalPika('before') } }, bearer(alice))).data?.generateVideo.id,
    ).toBeTruthy();

    const client = wsClient(a.wsUrl, bearer(alice));
    const overWs = subscribeWs(client, heartbeat);
    const overSse = subscribeSse(b.url, heartbeat, {}, undefined, undefined, bearer(alice));
    await expect.poll(() => overWs.messages.length).toBeGreaterThan(0);

    expect(await apikey(a, 'revoke', aliceId)).toContain(`Revoked ${aliceId}`);

    const wsMessages = await overWs.done;
    expect(lastError(wsMessages)).toMatchObject({ message: 'this API key has been revoked', extensions: { code: 'UNAUTHENTICATED' } });
    expect(lastError(await overSse)).toMatchObject({ message: 'this API key has been revoked', extensions: { code: 'UNAUTHENTICATED' } });
    // Once an instance has noticed, a new connection with the key is refused at once (4403: clients do not retry it).
    const again = wsClient(b.wsUrl, bearer(alice));
    await expect(subscribeWs(again, '{ health }').done).rejects.toMatchObject({ code: 4403 });
    for (const gateway of [a, b]) {
      await expect
        .poll(
          async () =>
            (await gql(gateway.url, GenerateVideo, { input: { pika: minimalPika('after') } }, bearer(alice))).errors?.[0]?.extensions?.code,
          { timeout: 3_000 },
        )
        .toBe('UNAUTHENTICATED');
    }
    expect(await a.db.prisma.job.count({ where: { ownerId: aliceId } })).toBe(1);
    await client.dispose();
  });

  it('the first key ends the open access of connections made before it', async () => {
    const open = await startGateway('postgres');
    try {
      const client = wsClient(open.wsUrl);
      const beats = subscribeWs(client, heartbeat);
      await expect.poll(() => beats.messages.length).toBeGreaterThan(0);
      await apikey(open, 'create', '--name', 'first', '--admin');
      expect(lastError(await beats.done)).toMatchObject({
        message: expect.stringMatching(/API key is now required/),
        extensions: { code: 'UNAUTHENTICATED' },
      });
      await client.dispose();
    } finally {
      await open.stop();
    }
  });
});
