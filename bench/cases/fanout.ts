import pg from 'pg';
import { callbackToken } from '../../src/jobs/callback-token.js';
import { benchHeaders, benchSecret, startBareServer, startGatewayStack } from '../support/gateway-stack.js';
import { compare, percentile, round, type CaseResult } from '../support/results.js';
import type { ServerProcess } from '../support/servers.js';
import { SubscriberProcess } from '../support/subscriber-process.js';

const COUNTS = [1, 100, 1_000];
const ROUNDS = 20;
const now = () => performance.timeOrigin + performance.now();

type Target = {
  server: ServerProcess;
  /** The value of the last change: each carries a new one (a job's progress only goes up, to 100). */
  sequence: number;
  subscribers: SubscriberProcess;
  subscription: { query: string; variables: Record<string, unknown>; path: string[] };
  /** Makes the change that every subscriber should receive, carrying `value`. */
  change: (value: number) => Promise<void>;
};

const open = (target: Target, count: number) =>
  target.subscribers.open({ url: `${target.server.url.replace(/^http/, 'ws')}/graphql`, connectionParams: benchHeaders, count, ...target.subscription });

async function rssAfterGc(target: Target) {
  await target.server.collectGarbage();
  return target.server.rssBytes();
}

/** One change to all of the target's subscribers: each one's delay from the change's start, in ms. */
function deliverOne(target: Target): Promise<number[]> {
  const value = ++target.sequence;
  return target.subscribers.deliver(value, async () => {
    const started = now();
    await target.change(value);
    return started;
  });
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
    sequence: 0,
    subscribers: new SubscriberProcess(),
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
    sequence: 0,
    subscribers: new SubscriberProcess(),
    subscription: { query: 'subscription { event { id seq } }', variables: {}, path: ['event', 'seq'] },
    change: async (seq) => {
      await (await fetch(`${server.url}/publish?seq=${seq}`, { method: 'POST' })).text();
    },
  };
}

const latencyFigures = (latencies: number[]) => ({ 'p50 ms': round(percentile(latencies, 50)), 'p99 ms': round(percentile(latencies, 99)) });

/** RSS growth per subscription: three steps of STEP more after a first STEP (one-time costs), after full GCs; the median step. */
const STEP = 500;
async function bytesPerSubscription(target: Target): Promise<number> {
  await open(target, STEP);
  const rss = [await rssAfterGc(target)];
  for (let step = 0; step < 3; step++) {
    await open(target, STEP);
    rss.push(await rssAfterGc(target));
  }
  await target.subscribers.close();
  return percentile(rss.slice(1).map((r, i) => (r - rss[i]!) / STEP), 50);
}

/**
 * 3. One job change (a callback) delivered to 1, 100 and 1,000 graphql-ws subscribers, from the
 * callback's arrival to each receipt, next to a bare yoga + graphql-ws server publishing one event.
 * Rounds alternate between the two, so both see the machine in the same state.
 * 4. Server RSS growth per open subscription (each on its own WebSocket), next to the bare server's.
 */
export async function fanOutAndMemoryCases(): Promise<CaseResult[]> {
  const stack = await startGatewayStack('postgres');
  const bare = await startBareServer();
  const targets = [await gatewayTarget(stack.gateway, stack.databaseUrl!), bareTarget(bare)] as const;
  try {
    // Memory first, while the heaps hold no freed room from earlier subscriptions.
    const kb = async (target: Target) => ({ 'KB/subscription': round((await bytesPerSubscription(target)) / 1024) });
    const memory = compare('4. RSS growth per open subscription vs bare yoga + graphql-ws', 'KB/subscription', await kb(targets[0]), await kb(targets[1]), { atMost: 1 });
    const results: CaseResult[] = [];
    for (const count of COUNTS) {
      for (const target of targets) await open(target, count);
      const latencies: [number[], number[]] = [[], []];
      for (let r = 0; r < ROUNDS; r++) {
        for (const [i, target] of targets.entries()) latencies[i]!.push(...(await deliverOne(target)));
      }
      for (const target of targets) await target.subscribers.close();
      const name = `3. fan-out to ${count} subscriber${count > 1 ? 's' : ''} vs bare yoga + graphql-ws`;
      results.push(compare(name, 'p99 ms', latencyFigures(latencies[0]), latencyFigures(latencies[1]), count === COUNTS.at(-1) ? { atMost: 1 } : {}));
    }
    return [...results, memory];
  } finally {
    for (const target of targets) await target.subscribers.stop();
    await bare.stop();
    await stack.stop();
  }
}
