import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ApiKeys } from '../src/auth/api-keys.js';
import { startInstance } from './support/cluster.js';
import { freshDatabase } from './support/databases.js';
import { useDisposables } from './support/disposables.js';
import { startGateway, type TestGateway } from './support/gateway.js';
import { gql, type GraphQLResponse } from './support/graphql.js';
import { minimalPika } from './support/pika.js';

// Each key may carry quotas: unfinished jobs at once and jobs per UTC day, counted in the database
// under a lock on the key, so they hold for concurrent creates and across instances.

const generate = `mutation($input: GenerateVideoInput!) { generateVideo(input: $input) { id } }`;
const cancel = `mutation($id: ID!) { cancelVideoJob(id: $id) { status } }`;
const viewer = `{ viewer { name admin limits { maxConcurrent maxPerDay } usage { jobsToday unfinished pointsSpent pointsRefunded } } }`;
const everyKey = `{ viewer { keys { name limits { maxConcurrent maxPerDay } usage { jobsToday unfinished } } } }`;
const as = (key: string) => ({ authorization: `Bearer ${key}` });
type Generated = GraphQLResponse<{ generateVideo: { id: string } }>;

const run = promisify(execFile);
/** `npm run apikey -- …` against the gateway's database, as an operator would run it; its stdout lines. */
async function apikey(gateway: TestGateway, args: string[]): Promise<string[]> {
  const { stdout } = await run('npm', ['run', '-s', 'apikey', '--', ...args], {
    env: { PATH: process.env.PATH, DATABASE_URL: gateway.databaseUrl! },
  });
  return stdout.trim().split('\n');
}

describe('per-key quotas', () => {
  const using = useDisposables();

  it('refuse a job over a limit before storing anything, say which limit and when it frees up, and show usage', {
    timeout: 120_000,
  }, async () => {
    const gateway = using(await startGateway('postgres'), (g) => g.stop());
    gateway.app.simulator!.setKnobs({ stepMs: 3_600_000 }); // jobs stay unfinished
    const created = await apikey(gateway, ['create', '--name', 'capped', '--max-concurrent', '2', '--max-per-day', '3']);
    expect(created[0]).toMatch(/max concurrent 2, max per day 3/);
    expect(created[1]).toMatch(/webhook signing secret \(shown only now; rotateWebhookSecret replaces it\): whsec_[\w+/]+={0,2}$/);
    const key = created.at(-1)!;
    const admin = (await new ApiKeys(gateway.db.prisma).create('ops', true)).key;
    const make = (prompt: string) => gql(gateway.url, generate, { input: { pika: minimalPika(prompt) } }, as(key)) as Promise<Generated>;
    const stored = () => gateway.db.prisma.job.count();

    const first = (await make('one')).data!.generateVideo.id;
    expect((await make('two')).errors).toBeUndefined();
    const third = await make('three');
    expect(third.errors![0]!.message).toMatch(/at most 2 unfinished jobs at once/);
    expect(third.errors![0]!.extensions).toMatchObject({ code: 'QUOTA_EXCEEDED', limit: 'maxConcurrent', max: 2, freesAt: null });
    expect(await stored()).toBe(2);

    // A finished job frees its slot; the day's count stays.
    expect((await gql(gateway.url, cancel, { id: first }, as(key))).errors).toBeUndefined();
    expect((await make('three again')).errors).toBeUndefined();
    const fourth = await make('four');
    const tomorrow = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() + 1));
    expect(fourth.errors![0]!.extensions).toMatchObject({
      code: 'QUOTA_EXCEEDED',
      limit: 'maxPerDay',
      max: 3,
      freesAt: tomorrow.toISOString(),
    });
    expect(fourth.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(0);
    expect(await stored()).toBe(3);

    const own = await gql(gateway.url, viewer, {}, as(key));
    expect(own.data).toEqual({
      viewer: {
        name: 'capped',
        admin: false,
        limits: { maxConcurrent: 2, maxPerDay: 3 },
        usage: { jobsToday: 3, unfinished: 2, pointsSpent: 0, pointsRefunded: 0 },
      },
    });
    expect((await gql(gateway.url, everyKey, {}, as(key))).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await gql(gateway.url, everyKey, {}, as(admin))).data!.viewer).toEqual({
      keys: [
        { name: 'capped', limits: { maxConcurrent: 2, maxPerDay: 3 }, usage: { jobsToday: 3, unfinished: 2 } },
        { name: 'ops', limits: { maxConcurrent: null, maxPerDay: null }, usage: { jobsToday: 0, unfinished: 0 } },
      ],
    });

    // The operator lifts the daily limit and widens the other; instances see it within the key cache's seconds.
    const id = (await gateway.db.prisma.apiKey.findFirstOrThrow({ where: { name: 'capped' } })).id;
    expect(await apikey(gateway, ['limits', id, '--max-per-day', 'none', '--max-concurrent', '3'])).toEqual([
      `${id}: max concurrent 3, max per day none`,
    ]);
    await expect.poll(async () => (await make('five')).errors, { timeout: 15_000, interval: 500 }).toBeUndefined();
    expect((await make('six')).errors![0]!.extensions).toMatchObject({ limit: 'maxConcurrent', max: 3 });
  });

  it('count the points of the day, refunds apart', { timeout: 60_000 }, async () => {
    const gateway = using(await startGateway('postgres'), (g) => g.stop());
    gateway.app.simulator!.setKnobs({ stepMs: 20 });
    const key = (await new ApiKeys(gateway.db.prisma).create('spender', false, { maxConcurrent: 5, maxPerDay: 5 })).key;
    await gql(gateway.url, generate, { input: { pika: minimalPika('made') } }, as(key));
    await gql(gateway.url, generate, { input: { pika: minimalPika('#fail refunded') } }, as(key));
    await expect
      .poll(async () => (await gql<{ viewer: { usage: unknown } }>(gateway.url, viewer, {}, as(key))).data!.viewer.usage)
      .toEqual({ jobsToday: 2, unfinished: 0, pointsSpent: 20, pointsRefunded: 10 });
  });

  it('let exactly one of many concurrent creates take the last slot', { timeout: 60_000 }, async () => {
    const gateway = using(await startGateway('postgres'), (g) => g.stop());
    gateway.app.simulator!.setKnobs({ stepMs: 3_600_000 });
    const key = (await new ApiKeys(gateway.db.prisma).create('racer', false, { maxConcurrent: 1, maxPerDay: null })).key;
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => gql(gateway.url, generate, { input: { pika: minimalPika(`race ${i}`) } }, as(key))),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'QUOTA_EXCEEDED')).toHaveLength(11);
    expect(await gateway.db.prisma.job.count()).toBe(1);
  });

  it('hold across two instances on one database', { timeout: 60_000 }, async () => {
    const database = using(await freshDatabase('postgres'), (d) => d.drop());
    const instances = [
      using(await startInstance(database.env), (i) => i.stop()),
      using(await startInstance(database.env), (i) => i.stop()),
    ];
    for (const instance of instances) instance.app.simulator!.setKnobs({ stepMs: 3_600_000 });
    const key = (await new ApiKeys(instances[0]!.db.prisma).create('shared', false, { maxConcurrent: null, maxPerDay: 4 })).key;
    const results = await Promise.all(
      Array.from({ length: 16 }, (_, i) => gql(instances[i % 2]!.url, generate, { input: { pika: minimalPika(`both ${i}`) } }, as(key))),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(4);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.limit === 'maxPerDay')).toHaveLength(12);
    expect(await instances[0]!.db.prisma.job.count()).toBe(4);
  });
});
