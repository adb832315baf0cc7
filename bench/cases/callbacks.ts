import pg from 'pg';
import { callbackToken } from '../../src/jobs/callback-token.js';
import { benchSecret, startGatewayStack } from '../support/gateway-stack.js';
import { load, measureHttp } from '../support/http-load.js';
import { counter } from '../support/metrics.js';
import { compare, percentile, round, type CaseResult } from '../support/results.js';

// Fewer jobs than callbacks: each gets several, as real jobs do (progress 1, 2, 3 …).
const JOBS = 5_000;

/** PROCESSING jobs straight into the table, as if DuomiAPI had taken them: ids and task ids. */
async function seedJobs(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ id: string; task: string }>(`
    INSERT INTO "Job" ("id", "provider", "input", "status", "upstreamTaskId", "updatedAt")
    SELECT gen_random_uuid(), 'PIKA', '{"prompt":"bench","ratio":"RATIO_16_9","options":{"frameRate":24}}', 'PROCESSING', 'task-' || n, now()
    FROM generate_series(1, ${JOBS}) AS n
    RETURNING "id", "upstreamTaskId" AS "task"`);
  await client.end();
  return rows;
}

/** Single-row UPDATEs from `concurrency` connections for `seconds`: per-statement latency in ms. */
async function rawUpdates(databaseUrl: string, ids: string[], concurrency: number, seconds: number): Promise<number[]> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: concurrency });
  const latencies: number[] = [];
  const until = performance.now() + seconds * 1000;
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const i = next++;
        const started = performance.now();
        await pool.query('UPDATE "Job" SET "progress" = $1, "version" = "version" + 1, "updatedAt" = now() WHERE "id" = $2', [
          1 + Math.floor(i / ids.length),
          ids[i % ids.length],
        ]);
        latencies.push(performance.now() - started);
      }
    }),
  );
  await pool.end();
  return latencies;
}

/**
 * 2. Callbacks applied per second (each one a real change: a job's progress going up), next to
 * raw single-row UPDATEs through `pg` from as many connections, on the same database.
 */
export async function callbacksCase(): Promise<CaseResult> {
  const stack = await startGatewayStack('postgres');
  const databaseUrl = stack.databaseUrl!;
  try {
    const jobs = (await seedJobs(databaseUrl)).map((job) => ({ ...job, token: callbackToken(benchSecret, job.id) }));
    const applied = () => counter(stack.gateway.url, 'gateway_callbacks_total', { outcome: 'applied' });
    let before = 0;
    let sent = 0;
    const figures = await measureHttp({
      url: stack.gateway.url,
      afterWarmup: async () => {
        before = await applied();
      },
      setupRequest: (request) => {
        const i = sent++;
        const job = jobs[i % jobs.length]!;
        const progress = 1 + Math.floor(i / jobs.length);
        return {
          ...request,
          path: `/callbacks/duomi/${job.id}?token=${job.token}`,
          body: JSON.stringify({ task_id: job.task, state: 'running', progress }),
        };
      },
    });
    const appliedPerSecond = Math.round(((await applied()) - before) / load.seconds);
    await stack.stopServers();

    const ids = jobs.map((j) => j.id);
    await rawUpdates(databaseUrl, ids, load.connections, load.warmupSeconds);
    const latencies = await rawUpdates(databaseUrl, ids, load.connections, load.seconds);
    const baseline = {
      'applied/s': Math.round(latencies.length / load.seconds),
      'p50 ms': round(percentile(latencies, 50)),
      'p99 ms': round(percentile(latencies, 99)),
    };
    return compare(
      '2. callbacks applied vs raw pg single-row UPDATEs',
      'applied/s',
      { 'applied/s': appliedPerSecond, 'p50 ms': figures['p50 ms'], 'p99 ms': figures['p99 ms'] },
      baseline,
      { atLeast: 0.3 },
    );
  } finally {
    await stack.stop();
  }
}
