import { describe, expect, it } from 'vitest';
import { callbackToken } from '../src/jobs/callback-token.js';
import { startSimulator } from '../src/provider/simulator/server.js';
import { freshRedisPrefix, startInstance, testRedisUrl, type Instance } from './support/cluster.js';
import { freshDatabase } from './support/databases.js';
import { useDisposables } from './support/disposables.js';
import { gql, rawJobId, subscribeSse, subscribeWs, wsClient, type GraphQLResponse } from './support/graphql.js';
import { freePort } from './support/ports.js';
import { minimalPika } from './support/pika.js';
import { startTcpProxy } from './support/tcp-proxy.js';

const secret = 'redis-outage-callback-secret-0123456789';
const generate = `mutation($input: GenerateVideoInput!) { generateVideo(input: $input) { id } }`;
const follow = `subscription($id: ID!) { videoJobUpdated(id: $id) { id status progress } }`;
const dashboard = `subscription { videoJobsUpdated { id status progress } }`;
type Seen = { id: string; status: string; progress: number };
type Story = { messages: Seen[]; done: Promise<unknown> };

describe('three instances through a Redis outage', () => {
  const using = useDisposables();

  it('local subscribers keep getting events while Redis is down; when it returns, every subscriber catches up, nothing twice', {
    timeout: 180_000,
  }, async () => {
    const redis = new URL(testRedisUrl);
    const proxy = using(await startTcpProxy({ host: redis.hostname, port: Number(redis.port || 6379) }), (p) => p.close());
    const database = using(await freshDatabase('postgres'), (d) => d.drop());
    // The simulator takes submissions and stays silent: the test sends the callbacks, to C.
    const simulator = using(await startSimulator({ apiKey: 'outage-key', knobs: { stepMs: 3_600_000 } }), (s) => s.close());
    const portC = await freePort();
    const env = {
      DATABASE_URL: database.url!,
      REDIS_URL: `redis://127.0.0.1:${proxy.port}`,
      REDIS_PREFIX: freshRedisPrefix(),
      DUOMI_BASE_URL: simulator.url,
      DUOMI_API_KEY: 'outage-key',
      CALLBACK_SECRET: secret,
      PUBLIC_URL: `http://127.0.0.1:${portC}`,
    };
    const start = async (port?: number, more: Record<string, string> = {}) =>
      using(await startInstance({ ...env, ...more }, port), (i) => i.stop());
    const a = await start();
    const b = await start();
    // C is taken out of rotation without Redis; A and B are not (the default).
    const c = await start(portC, { READY_REQUIRES_REDIS: 'true' });
    const all = [a, b, c];
    const readiness = async (i: Instance) => ((await (await fetch(`${i.url}/readyz`)).json()) as { redis?: string }).redis;
    expect(await Promise.all(all.map(readiness))).toEqual(['ok', 'ok', 'ok']);

    const ids: string[] = [];
    for (let n = 0; n < 4; n++)
      ids.push(
        (await gql<{ generateVideo: { id: string } }>(a.url, generate, { input: { pika: minimalPika(`outage ${n}`) } })).data!.generateVideo
          .id,
      );
    const jobIds = ids.map(rawJobId);
    await expect.poll(async () => (await c.db.prisma.job.findMany({ where: { status: 'SUBMITTED' } })).length, { timeout: 30_000 }).toBe(4);
    const tasks = new Map((await c.db.prisma.job.findMany()).map((job) => [job.id, job.upstreamTaskId!]));
    const callback = async (jobId: string, body: Record<string, unknown>) => {
      const started = performance.now();
      const res = await fetch(`${c.url}/callbacks/duomi/${jobId}?token=${callbackToken(secret, jobId)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ task_id: tasks.get(jobId), ...body }),
      });
      return { status: res.status, ms: performance.now() - started };
    };

    // Subscribers on A (graphql-ws, and a dashboard), on B (SSE) and on C (graphql-ws), each on every job.
    const wsStories = (instance: Instance): Story[] => {
      const client = using(wsClient(instance.wsUrl), (cl) => cl.dispose());
      return ids.map((id) => {
        const s = subscribeWs<{ videoJobUpdated: Seen }>(client, follow, { id });
        return {
          get messages() {
            return s.messages.map((m) => m.data!.videoJobUpdated);
          },
          done: s.done,
        };
      });
    };
    const sseStories = (instance: Instance): Story[] =>
      ids.map((id) => {
        const messages: Seen[] = [];
        const done = subscribeSse<{ videoJobUpdated: Seen }>(
          instance.url,
          follow,
          { id },
          (m: GraphQLResponse<{ videoJobUpdated: Seen }>) => {
            messages.push(m.data!.videoJobUpdated);
            return false;
          },
        );
        return { messages, done };
      });
    const onA = wsStories(a);
    const onB = sseStories(b);
    const onC = wsStories(c);
    const dashboardClient = using(wsClient(a.wsUrl), (cl) => cl.dispose());
    const board = subscribeWs<{ videoJobsUpdated: Seen }>(dashboardClient, dashboard);
    const boardSeen = () => board.messages.map((m) => m.data!.videoJobsUpdated);
    const everyone = [...onA, ...onB, ...onC];
    const lastOf = (story: Story) => story.messages.at(-1);
    await expect.poll(() => everyone.every((s) => lastOf(s)?.status === 'SUBMITTED'), { timeout: 30_000 }).toBe(true);

    // Redis works: a change C takes reaches everyone.
    for (const id of jobIds) expect((await callback(id, { state: 'running', progress: 30 })).status).toBe(200);
    await expect.poll(() => everyone.every((s) => lastOf(s)?.progress === 30), { timeout: 30_000 }).toBe(true);

    await proxy.cut();
    await expect.poll(() => Promise.all(all.map(readiness)), { timeout: 30_000 }).toEqual(['degraded', 'degraded', 'degraded']);
    // Degraded is not unready unless READY_REQUIRES_REDIS says so.
    expect((await fetch(`${a.url}/readyz`)).status).toBe(200);
    expect((await fetch(`${c.url}/readyz`)).status).toBe(503);
    // An instance started meanwhile serves, alone, and joins when Redis returns.
    const late = await start();
    expect(await readiness(late)).toBe('degraded');

    // While it is down, C answers its callbacks at once and its own subscribers get every change.
    const answers = [];
    for (const id of jobIds) answers.push(await callback(id, { state: 'running', progress: 60 }));
    for (const id of jobIds.slice(0, 2)) answers.push(await callback(id, { state: 'succeeded', video_url: 'https://cdn.example/v.mp4' }));
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.ms).toBeLessThan(5_000);
    }
    await expect
      .poll(() => onC.map((s) => lastOf(s)?.status), { timeout: 30_000 })
      .toEqual(['SUCCEEDED', 'SUCCEEDED', 'PROCESSING', 'PROCESSING']);
    expect(onC.slice(2).map((s) => lastOf(s)?.progress)).toEqual([60, 60]);
    // A and B cannot have heard of it.
    expect([...onA, ...onB].map((s) => lastOf(s)?.progress)).toEqual(Array(8).fill(30));

    await proxy.restore();
    await expect.poll(() => Promise.all([...all, late].map(readiness)), { timeout: 30_000 }).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect((await fetch(`${c.url}/readyz`)).status).toBe(200);
    // Every subscriber on A and B is brought up to date from the database.
    const caughtUp = (stories: Story[]) => stories.map((s) => `${lastOf(s)?.status} ${lastOf(s)?.progress}`);
    const expected = ['SUCCEEDED 100', 'SUCCEEDED 100', 'PROCESSING 60', 'PROCESSING 60'];
    await expect.poll(() => caughtUp(onA), { timeout: 30_000 }).toEqual(expected);
    await expect.poll(() => caughtUp(onB), { timeout: 30_000 }).toEqual(expected);

    // Cross-instance delivery has resumed.
    for (const id of jobIds.slice(2))
      expect((await callback(id, { state: 'succeeded', video_url: 'https://cdn.example/v.mp4' })).status).toBe(200);
    await Promise.all(everyone.map((s) => s.done));

    const statusesOf = (story: Story) => story.messages.map((m) => `${m.status} ${m.progress}`);
    for (const story of onC) expect(statusesOf(story)).toEqual(['SUBMITTED 0', 'PROCESSING 30', 'PROCESSING 60', 'SUCCEEDED 100']);
    // Those that finished during the outage are sent their final state once; what they missed is not replayed step by step.
    for (const story of [...onA.slice(0, 2), ...onB.slice(0, 2)])
      expect(statusesOf(story)).toEqual(['SUBMITTED 0', 'PROCESSING 30', 'SUCCEEDED 100']);
    for (const story of [...onA.slice(2), ...onB.slice(2)])
      expect(statusesOf(story)).toEqual(['SUBMITTED 0', 'PROCESSING 30', 'PROCESSING 60', 'SUCCEEDED 100']);

    // The dashboard on A got every job's final state, and no state twice.
    await expect.poll(() => boardSeen().filter((m) => m.status === 'SUCCEEDED').length, { timeout: 30_000 }).toBe(4);
    const seen = boardSeen().map((m) => `${m.id} ${m.status} ${m.progress}`);
    expect(new Set(seen).size).toBe(seen.length);
    board.stop();
  });
});
