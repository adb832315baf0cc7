import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { startSimulator } from '../src/provider/simulator/server.js';
import { freshDatabase } from './support/databases.js';
import { useDisposables } from './support/disposables.js';
import { gql, subscribeWs, wsClient } from './support/graphql.js';
import { freePort } from './support/ports.js';
import { spawnGateway, type GatewayProcess } from './support/process.js';
import { minimalPika } from './support/pika.js';
import { freshRedisPrefix, testRedisUrl as redisUrl } from './support/cluster.js';
const generate = `mutation($input: GenerateVideoInput!) { generateVideo(input: $input) { id } }`;
const follow = `subscription($id: ID!) { videoJobUpdated(id: $id) { status progress videoUrl } }`;

describe('two gateway processes on one Postgres and one Redis', () => {
  const using = useDisposables();
  const kill = (p: GatewayProcess) => using(p, (g) => g.child.exitCode === null && g.child.kill('SIGKILL'));

  it('a subscriber on one sees the job whose callbacks the other took; each job is submitted once', { timeout: 120_000 }, async () => {
    const database = using(await freshDatabase('postgres'), (d) => d.drop());
    const simulator = using(await startSimulator({ apiKey: 'two-key', knobs: { stepMs: 1_000 } }), (s) => s.close());
    const [portA, portB] = [await freePort(), await freePort()];
    const shared = {
      DATABASE_URL: database.url!,
      REDIS_URL: redisUrl,
      REDIS_PREFIX: freshRedisPrefix(),
      DUOMI_BASE_URL: simulator.url,
      DUOMI_API_KEY: 'two-key',
      CALLBACK_SECRET: 'two-instances-secret-0123456789abcdef',
      // Both build callback URLs to B: every callback lands on B.
      PUBLIC_URL: `http://127.0.0.1:${portB}`,
      RATE_LIMIT_PER_MINUTE: '10000',
    };
    const a = kill(spawnGateway({ ...shared, PORT: String(portA) }));
    const urlA = await a.ready;
    const b = kill(spawnGateway({ ...shared, PORT: String(portB) }));
    const urlB = await b.ready;
    expect(await (await fetch(`${urlA}/readyz`)).json()).toEqual({ status: 'ready', database: 'ok', redis: 'ok' });

    const client = using(wsClient(`${urlA.replace('http', 'ws')}/graphql`), (c) => c.dispose());
    // Each job is followed as soon as it exists, so none can finish before its subscriber is there, however loaded the machine.
    const followed = [];
    for (let i = 0; i < 10; i++) {
      const id = (
        await gql<{ generateVideo: { id: string } }>(i % 2 ? urlB : urlA, generate, { input: { pika: minimalPika(`pair ${i}`) } })
      ).data!.generateVideo.id;
      followed.push(
        subscribeWs<{ videoJobUpdated: { status: string; progress: number; videoUrl: string | null } }>(client, follow, { id }).done,
      );
    }
    const stories = await Promise.all(followed);
    for (const story of stories) {
      const statuses = story.map((m) => m.data!.videoJobUpdated.status);
      expect(statuses).toContain('PROCESSING');
      expect(statuses.at(-1)).toBe('SUCCEEDED');
    }
    // The callbacks all went to B, yet A's subscribers saw them.
    expect(a.output()).not.toMatch(/"path":"\/callbacks\/duomi/);
    expect(b.output()).toMatch(/"path":"\/callbacks\/duomi/);

    const db = using(new pg.Client({ connectionString: database.url }), (c) => c.end());
    await db.connect();
    const jobIds = (await db.query<{ id: string }>(`SELECT id FROM "Job"`)).rows.map((r) => r.id);
    const perJob = jobIds.map((id) => [...simulator.tasks.values()].filter((t) => t.callbackUrl.includes(id)).length);
    expect(perJob).toEqual(jobIds.map(() => 1));
  });
});
