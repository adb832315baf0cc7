import pg from 'pg';
import { callbackToken } from '../../src/jobs/callback-token.js';
import { benchSecret, startBareServer, startGatewayStack } from '../support/gateway-stack.js';
import { compare, percentile, round, type CaseResult } from '../support/results.js';
import type { ServerProcess } from '../support/servers.js';
import { SubscriberProcess } from '../support/subscriber-process.js';

const COUNTS = [1, 100, 1_000];
const ROUNDS = 5;
const now = () => performance.timeOrigin + performance.now();
/** Each change carries a new value (a job's progress only goes up): 1, 2, 3 … across all runs. */
let sequence = 0;

type Target = {
  server: ServerProcess;
  subscription: { query: string; variables: Record<string, unknown>; path: string[] };
  /** Makes the change that every subscriber should receive, carrying `value`. */
  change: (value: number) => Promise<void>;
};

type Run = { latencies: number[]; bytesPerSubscription?: number };

/** `count` subscribers in another process; ROUNDS changes; the delay of each receipt. At the largest count, memory too. */
async function fanOut(target: Target, subscribers: SubscriberProcess, count: number, measureMemory: boolean): Promise<Run> {
  if (measureMemory) await target.server.collectGarbage();
  const rssBefore = await target.server.rssBytes();
  await subscribers.open({ url: `${target.server.url.replace(/^http/, 'ws')}/graphql`, count, ...target.subscription });
  let bytesPerSubscription: number | undefined;
  if (measureMemory) {
    await target.server.collectGarbage();
    bytesPerSubscription = ((await target.server.rssBytes()) - rssBefore) / count;
  }
  const latencies: number[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const value = ++sequence;
    latencies.push(
      ...(await subscribers.deliver(value, async () => {
        const started = now();
        await target.change(value);
        return started;
      })),
    );
  }
  await subscribers.close();
  return { latencies, bytesPerSubscription };
}

/** A PROCESSING job in the gateway's database, and a callback that moves its progress. */
async function gatewayTarget(server: ServerProcess, databaseUrl: string): Promise<Target> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ id: string }>(`
    INSERT INTO "Job" ("id", "provider", "input", "status", "upstreamTaskId", "updatedAt")
    VALUES (gen_random_uuid(), 'PIKA', '{"prompt":"fan-out","ratio":"RATIO_16_9","options":{"frameRate":24}}', 'PROCESSING', 'fan-out-task', now())
    RETURNING "id"`);
  await client.end();
  const id = rows[0]!.id;
  return {
    server,
    subscription: {
      query: 'subscription ($id: ID!) { videoJobUpdated(id: $id) { id status progress videoUrl posterUrl error { code message } updatedAt } }',
      variables: { id: Buffer.from(`VideoJob:${id}`).toString('base64') },
      path: ['videoJobUpdated', 'progress'],
    },
    change: async (progress) => {
      const res = await fetch(`${server.url}/callbacks/duomi/${id}?token=${callbackToken(benchSecret, id)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ task_id: 'fan-out-task', state: 'running', progress }),
      });
      if (res.status !== 200) throw new Error(`callback answered ${res.status}`);
    },
  };
}

function bareTarget(server: ServerProcess): Target {
  return {
    server,
    subscription: { query: 'subscription { event { id seq } }', variables: {}, path: ['event', 'seq'] },
    change: async (seq) => {
      await (await fetch(`${server.url}/publish?seq=${seq}`, { method: 'POST' })).text();
    },
  };
}

const latencyFigures = (run: Run) => ({ 'p50 ms': round(percentile(run.latencies, 50)), 'p99 ms': round(percentile(run.latencies, 99)) });

/**
 * 3. One job change (a callback) delivered to 1, 100 and 1,000 graphql-ws subscribers, from the
 * callback's arrival to each receipt, next to a bare yoga + graphql-ws server publishing one event.
 * 4. The server's RSS growth per open subscription (each on its own WebSocket), next to the bare server's.
 */
export async function fanOutAndMemoryCases(): Promise<CaseResult[]> {
  const stack = await startGatewayStack('postgres');
  const bare = await startBareServer();
  const subscribers = new SubscriberProcess();
  try {
    const gateway = await gatewayTarget(stack.gateway, stack.databaseUrl!);
    const baseline = bareTarget(bare);
    const results: CaseResult[] = [];
    let memory: [Run, Run] | undefined;
    for (const count of COUNTS) {
      const largest = count === COUNTS.at(-1);
      const ours = await fanOut(gateway, subscribers, count, largest);
      const theirs = await fanOut(baseline, subscribers, count, largest);
      results.push(compare(`3. fan-out to ${count} subscriber${count > 1 ? 's' : ''} vs bare yoga + graphql-ws`, 'p99 ms', latencyFigures(ours), latencyFigures(theirs), count === 1_000 ? { atMost: 1 } : {}));
      if (largest) memory = [ours, theirs];
    }
    const kb = (run: Run) => ({ 'KB/subscription': round(run.bytesPerSubscription! / 1024) });
    results.push(compare(`4. RSS per open subscription (${COUNTS.at(-1)}) vs bare yoga + graphql-ws`, 'KB/subscription', kb(memory![0]), kb(memory![1]), { atMost: 1 }));
    return results;
  } finally {
    await subscribers.stop();
    await bare.stop();
    await stack.stop();
  }
}
