import { describe, expect, it } from 'vitest';
import { startSimulator } from '../src/provider/simulator/server.js';
import { freshDatabase } from './support/databases.js';
import { useDisposables } from './support/disposables.js';
import { gql } from './support/graphql.js';
import { freePort } from './support/ports.js';
import { spawnGateway, type GatewayProcess } from './support/process.js';
import { minimalPika } from './support/pika.js';
import pg from 'pg';

const generate = `mutation($input: GenerateVideoInput!) { generateVideo(input: $input) { id } }`;

describe('a gateway killed with SIGKILL', () => {
  const using = useDisposables();
  const kill = (p: GatewayProcess) => using(p, (g) => g.child.exitCode === null && g.child.kill('SIGKILL'));

  it('loses no job and submits none twice once restarted', { timeout: 120_000 }, async () => {
    const database = using(await freshDatabase('postgres'), (d) => d.drop());
    // Slow answers keep submissions in flight at the kill; slow steps keep callbacks coming after
    // the restart, which adopt the jobs whose answers were lost (they are not sent again).
    const simulator = using(await startSimulator({ apiKey: 'crash-key', knobs: { submitLatencyMs: 400, stepMs: 3_000 } }), (s) =>
      s.close(),
    );
    const port = String(await freePort());
    const env = {
      PORT: port,
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      DATABASE_URL: database.url!,
      DUOMI_BASE_URL: simulator.url,
      DUOMI_API_KEY: 'crash-key',
      CALLBACK_SECRET: 'crash-recovery-secret-0123456789abcdef',
      UPSTREAM_TIMEOUT_MS: '1000',
      UPSTREAM_CONCURRENCY: '4',
      RECONCILE_AFTER_SECONDS: '1',
      RATE_LIMIT_PER_MINUTE: '10000',
      // A job claimed at the kill whose request never reached the simulator waits this long (no
      // task will call back), then is sent; a job whose task exists hears from it well before.
      SUBMIT_UNCERTAIN_GRACE_SECONDS: '30',
    };
    const first = kill(spawnGateway(env));
    const url = await first.ready;
    for (let i = 0; i < 24; i++) await gql(url, generate, { input: { pika: minimalPika(`crash ${i}`) } });
    await expect.poll(() => simulator.received.length).toBeGreaterThanOrEqual(4); // some accepted, some in flight, most queued
    first.child.kill('SIGKILL');
    await first.exited;

    const db = using(new pg.Client({ connectionString: database.url }), (c) => c.end());
    await db.connect();
    const atCrash = await db.query<{ status: string; n: number }>(`SELECT status, count(*)::int AS n FROM "Job" GROUP BY status`);
    expect(atCrash.rows.find((r) => r.status === 'QUEUED')?.n).toBeGreaterThan(0);

    const second = kill(spawnGateway(env));
    await second.ready;
    await expect
      .poll(async () => (await db.query(`SELECT 1 FROM "Job" WHERE status NOT IN ('SUCCEEDED', 'FAILED', 'CANCELED')`)).rowCount, {
        timeout: 90_000,
        interval: 500,
      })
      .toBe(0);

    const jobs = (await db.query<{ id: string; status: string; upstreamTaskId: string }>(`SELECT id, status, "upstreamTaskId" FROM "Job"`))
      .rows;
    expect(jobs).toHaveLength(24);
    expect(jobs.every((j) => j.status === 'SUCCEEDED')).toBe(true);
    const tasksPerJob = new Map<string, number>();
    for (const task of simulator.tasks.values()) {
      const jobId = /\/callbacks\/duomi\/([^?]+)/.exec(task.callbackUrl)![1]!;
      tasksPerJob.set(jobId, (tasksPerJob.get(jobId) ?? 0) + 1);
    }
    expect(jobs.map((j) => tasksPerJob.get(j.id))).toEqual(jobs.map(() => 1));
  });
});
