import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { untilFeedsLive } from './support/feeds.js';
import { startGateway, type TestGateway } from './support/gateway.js';
import { gql, subscribeSse, subscribeWs, wsClient } from './support/graphql.js';
import {
  CancelVideoJob,
  GenerateVideo,
  NodeById,
  VideoJobs,
  VideoJobsUpdated,
  VideoJobUpdated,
  VideoJobWithEvents,
} from './support/operations.js';
import { minimalPika } from './support/pika.js';

// Each job belongs to the API key that made it; clients see only their own, admins see all.

let gateway: TestGateway;
const keys = { alice: '', bob: '', admin: '' };
const as = (key: string) => ({ authorization: `Bearer ${key}` });
let aliceJob = '';
let bobJob = '';

/** `npm run apikey -- create …` against the gateway's database, as an operator would run it. */
async function createKeyWithCli(args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)('npm', ['run', '-s', 'apikey', '--', 'create', ...args], {
    env: { PATH: process.env.PATH, DATABASE_URL: gateway.databaseUrl! },
  });
  return stdout.trim().split('\n').at(-1)!;
}

beforeAll(async () => {
  gateway = await startGateway('postgres');
  gateway.app.simulator!.setKnobs({ stepMs: 3_600_000 });
  keys.alice = await createKeyWithCli(['--name', 'alice']);
  keys.bob = await createKeyWithCli(['--name', 'bob']);
  keys.admin = await createKeyWithCli(['--name', 'ops', '--admin']);
  aliceJob = (await gql(gateway.url, GenerateVideo, { input: { pika: minimalPika('alice') } }, as(keys.alice))).data!.generateVideo.id;
  bobJob = (await gql(gateway.url, GenerateVideo, { input: { pika: minimalPika('bob') } }, as(keys.bob))).data!.generateVideo.id;
});
afterAll(() => gateway.stop());

describe('API keys', () => {
  it('the CLI prints the new key alone on its last line, and only its hash is stored', async () => {
    expect(keys.alice).toMatch(/^vgk_[\w-]{43}$/);
    const stored = await gateway.db.prisma.apiKey.findMany();
    expect(stored.map((k) => k.name).sort()).toEqual(['alice', 'bob', 'ops']);
    expect(JSON.stringify(stored)).not.toContain(keys.alice.slice(4));
  });

  it('once a key exists, a request without one, or with a wrong one, is UNAUTHENTICATED (401)', async () => {
    const missing = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health }' }),
    });
    expect(missing.status).toBe(401);
    expect((await missing.json()) as object).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    expect((await gql(gateway.url, '{ health }', {}, as('vgk_not-a-real-key'))).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await gql(gateway.url, '{ health }', {}, as(keys.bob))).toEqual({ data: { health: 'ok' } });
  });

  it('graphql-ws takes the key in connectionParams and refuses the connection without a valid one', async () => {
    const anonymous = wsClient(gateway.wsUrl);
    await expect(subscribeWs(anonymous, '{ health }').done).rejects.toMatchObject({ code: 4403 });
    await anonymous.dispose();
    const alice = wsClient(gateway.wsUrl, { authorization: `Bearer ${keys.alice}` });
    expect((await subscribeWs(alice, '{ health }').done)[0]).toEqual({ data: { health: 'ok' } });
    await alice.dispose();
  });
});

describe("a client cannot reach another client's job", () => {
  it('by id, by node, or by listing', async () => {
    expect((await gql(gateway.url, VideoJobWithEvents, { id: bobJob }, as(keys.alice))).data!.videoJob).toBeNull();
    expect((await gql(gateway.url, NodeById, { id: bobJob }, as(keys.alice))).data!.node).toBeNull();
    const listed = (await gql(gateway.url, VideoJobs, { first: 50 }, as(keys.alice))).data!.videoJobs.edges.map((e) => e.node.id);
    expect(listed).toEqual([aliceJob]);
    expect((await gql(gateway.url, VideoJobWithEvents, { id: aliceJob }, as(keys.alice))).data!.videoJob!.prompt).toBe('alice');
  });

  it('nor cancel it', async () => {
    const attempt = await gql(gateway.url, CancelVideoJob, { id: bobJob }, as(keys.alice));
    expect(attempt.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await gql(gateway.url, VideoJobWithEvents, { id: bobJob }, as(keys.bob))).data!.videoJob!.status).not.toBe('CANCELED');
  });

  it('nor subscribe to it, over graphql-ws or SSE; and the dashboard feed shows only its own jobs', async () => {
    const alice = wsClient(gateway.wsUrl, { authorization: `Bearer ${keys.alice}` });
    // graphql-ws answers an operation that fails before its first result with an `error` message.
    await expect(subscribeWs(alice, VideoJobUpdated, { id: bobJob }).done).rejects.toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'NOT_FOUND' }) }),
    ]);
    const overSse = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...as(keys.alice) },
      body: JSON.stringify({ query: 'subscription($id: ID!) { videoJobUpdated(id: $id) { id } }', variables: { id: bobJob } }),
    });
    expect(await overSse.text()).toMatch(/NOT_FOUND/);

    const aliceFeed = subscribeWs(alice, VideoJobsUpdated, {});
    const admin = wsClient(gateway.wsUrl, { authorization: `Bearer ${keys.admin}` });
    const adminFeed = subscribeWs(admin, VideoJobsUpdated, {});
    // Both feeds are live once each has seen one of alice's probe jobs.
    const probes = await untilFeedsLive([aliceFeed, adminFeed], async () => {
      return (await gql(gateway.url, GenerateVideo, { input: { pika: minimalPika('alice probe') } }, as(keys.alice))).data!.generateVideo
        .id;
    });
    const bobs = (await gql(gateway.url, GenerateVideo, { input: { pika: minimalPika('bob 2') } }, as(keys.bob))).data!.generateVideo.id;
    await gql(gateway.url, CancelVideoJob, { id: bobs }, as(keys.bob));
    await expect.poll(() => adminFeed.messages.filter((m) => m.data?.videoJobsUpdated.id === bobs).length).toBeGreaterThanOrEqual(2);
    const aliceSaw = new Set(aliceFeed.messages.map((m) => m.data!.videoJobsUpdated.id));
    expect(probes.some((probe) => aliceSaw.has(probe))).toBe(true);
    expect(aliceSaw.has(bobs)).toBe(false);
    await Promise.all([alice.dispose(), admin.dispose()]);
  });

  it('an admin key sees every job', async () => {
    const listed = (await gql(gateway.url, VideoJobs, { first: 50 }, as(keys.admin))).data!.videoJobs.edges.map((e) => e.node.id);
    expect(listed).toEqual(expect.arrayContaining([aliceJob, bobJob]));
    expect((await gql(gateway.url, VideoJobWithEvents, { id: bobJob }, as(keys.admin))).data!.videoJob!.prompt).toBe('bob');
    const followed = await subscribeSse(
      gateway.url,
      VideoJobUpdated,
      { id: aliceJob },
      (_m, all) => all.length === 1,
      undefined,
      as(keys.admin),
    );
    expect(followed[0]!.data!.videoJobUpdated.id).toBe(aliceJob);
  });
});

describe("a client cannot build on another client's job", () => {
  it("Luma's extend refuses another client's finished job as if it did not exist", async () => {
    gateway.app.simulator!.setKnobs({ stepMs: 20 });
    const bobs = (await gql(gateway.url, GenerateVideo, { input: { luma: { prompt: 'a river' } } }, as(keys.bob))).data!.generateVideo.id;
    const bob = wsClient(gateway.wsUrl, { authorization: `Bearer ${keys.bob}` });
    expect((await subscribeWs(bob, VideoJobUpdated, { id: bobs }).done).at(-1)!.data!.videoJobUpdated.status).toBe('SUCCEEDED');
    await bob.dispose();

    const byAlice = await gql(gateway.url, GenerateVideo, { input: { luma: { prompt: 'more river', extend: bobs } } }, as(keys.alice));
    expect(byAlice.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ path: ['input', 'luma', 'extend'], message: 'extend must name one of your finished Luma jobs: there is no such job' }],
    });
    const byBob = await gql(gateway.url, GenerateVideo, { input: { luma: { prompt: 'more river', extend: bobs } } }, as(keys.bob));
    expect(byBob.data!.generateVideo.status).toBe('QUEUED');
    gateway.app.simulator!.setKnobs({ stepMs: 3_600_000 });
  });
});
