import pg from 'pg';
import { callbackToken } from '../../src/jobs/callback-token.js';
import { benchHeaders, benchSecret, startBareServer, startGatewayStack } from '../support/gateway-stack.js';
import { compare, percentile, round, type CaseResult } from '../support/results.js';
import type { ServerProcess } from '../support/servers.js';
import { SubscriberGroup } from '../support/subscriber-process.js';

/** Subscribers per client process: 10,000 are spread over four. */
const PER_PROCESS = 2_500;
const ROUNDS = 15;
const now = () => performance.timeOrigin + performance.now();

type Subscription = { query: string; variables: Record<string, unknown>; path: string[] };

type Target = {
  server: ServerProcess;
  /** The value of the last change: each carries a new one (a job's progress only goes up, to 100). */
  sequence: number;
  subscribers: SubscriberGroup;
  subscription: Subscription;
  /** Whether the subscription sends something at once (a job's current state); a feed does not, so changes are made until each has seen one. */
  initial: boolean;
  /** Makes the change that every subscriber should receive, carrying `value`. */
  change: (value: number) => Promise<void>;
};

async function rssAfterGc(server: ServerProcess) {
  await server.collectGarbage();
  return server.rssBytes();
}

/**
 * Opens `count` subscriptions and resolves once each has had a first message. A feed sends nothing
 * until a change, so changes are made until every subscriber has seen one.
 */
async function open(target: Target, count: number) {
  const { opened } = await target.subscribers.open({
    url: `${target.server.url.replace(/^http/, 'ws')}/graphql`,
    connectionParams: benchHeaders,
    count,
    ...target.subscription,
  });
  let done = false;
  void opened.then(
    () => (done = true),
    () => (done = true),
  );
  while (!target.initial && !done) {
    await target.change(++target.sequence);
    await Promise.race([opened, new Promise((r) => setTimeout(r, 1_000))]);
  }
  await opened;
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

/** A fresh PROCESSING job in the gateway's database: a callback moves its progress (one change each). */
async function processingJob(databaseUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ id: string }>(`
    INSERT INTO "Job" ("id", "provider", "input", "status", "upstreamTaskId", "updatedAt")
    VALUES (gen_random_uuid(), 'PIKA', '{"prompt":"fan-out","ratio":"RATIO_16_9","options":{"frameRate":24}}', 'PROCESSING', 'fan-out-' || gen_random_uuid(), now())
    RETURNING "id"`);
  await client.end();
  return rows[0]!.id;
}

const jobFields = 'id status progress videoUrl posterUrl error { code message } updatedAt';

/** The gateway: one job's subscription (`feed` false) or the all-jobs feed, changed by callbacks on a fresh job. */
async function gatewayTarget(server: ServerProcess, databaseUrl: string, processes: number, feed: boolean): Promise<Target> {
  const id = await processingJob(databaseUrl);
  const task = (await pgValue(databaseUrl, `SELECT "upstreamTaskId" AS v FROM "Job" WHERE id = '${id}'`)) as string;
  return {
    server,
    sequence: 0,
    subscribers: new SubscriberGroup(processes),
    initial: !feed,
    subscription: feed
      ? { query: `subscription { videoJobsUpdated { ${jobFields} } }`, variables: {}, path: ['videoJobsUpdated', 'progress'] }
      : {
          query: `subscription ($id: ID!) { videoJobUpdated(id: $id) { ${jobFields} } }`,
          variables: { id: Buffer.from(`VideoJob:${id}`).toString('base64') },
          path: ['videoJobUpdated', 'progress'],
        },
    change: async (progress) => {
      const res = await fetch(`${server.url}/callbacks/duomi/${id}?token=${callbackToken(benchSecret, id)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ task_id: task, state: 'running', progress }),
      });
      if (res.status !== 200) throw new Error(`callback answered ${res.status}: ${await res.text()}`);
    },
  };
}

async function pgValue(databaseUrl: string, sql: string): Promise<unknown> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<{ v: unknown }>(sql)).rows[0]?.v;
  } finally {
    await client.end();
  }
}

function bareTarget(server: ServerProcess, processes: number): Target {
  return {
    server,
    sequence: 0,
    subscribers: new SubscriberGroup(processes),
    initial: true,
    subscription: { query: 'subscription { event { id seq } }', variables: {}, path: ['event', 'seq'] },
    change: async (seq) => {
      await (await fetch(`${server.url}/publish?seq=${seq}`, { method: 'POST' })).text();
    },
  };
}

const latencyFigures = (latencies: number[]) => ({
  'p50 ms': round(percentile(latencies, 50)),
  'p99 ms': round(percentile(latencies, 99)),
});

type Scenario = { name: string; count: number; feed: boolean; latencyTarget: CaseResult['target']; memory: boolean };

const scenarios: Scenario[] = [
  { name: 'one job, 1 subscriber', count: 1, feed: false, latencyTarget: {}, memory: false },
  { name: 'one job, 1,000 subscribers', count: 1_000, feed: false, latencyTarget: {}, memory: false },
  { name: 'one job, 10,000 subscribers', count: 10_000, feed: false, latencyTarget: { atMost: 1 }, memory: true },
  { name: 'all-jobs feed, 10,000 subscribers', count: 10_000, feed: true, latencyTarget: { atMost: 1 }, memory: true },
];

/**
 * 3. One change (a callback on a job) delivered to each subscriber, from the callback's start to
 * each receipt, next to a bare yoga + graphql-ws server publishing one event, for one job's
 * subscription and for the all-jobs feed, up to 10,000 subscribers in four client processes.
 * Rounds alternate between the two servers, so both see the machine in the same state.
 * 4. Server RSS growth per open subscription (each on its own WebSocket, after full GCs) at
 * 10,000, next to the bare server's, each scenario on fresh servers.
 */
export async function fanOutAndMemoryCases(): Promise<CaseResult[]> {
  const latencies: CaseResult[] = [];
  const memory: CaseResult[] = [];
  for (const scenario of scenarios) {
    console.error(`  fan-out: ${scenario.name}`);
    // Fresh servers for each: RSS growth is only meaningful on heaps without room freed by earlier subscriptions.
    const stack = await startGatewayStack('postgres');
    const bare = await startBareServer();
    const processes = Math.ceil(scenario.count / PER_PROCESS);
    const targets = [
      await gatewayTarget(stack.gateway, stack.databaseUrl!, processes, scenario.feed),
      bareTarget(bare, processes),
    ] as const;
    try {
      const bytes: number[] = [];
      for (const target of targets) {
        const before = await rssAfterGc(target.server);
        await open(target, scenario.count);
        bytes.push(((await rssAfterGc(target.server)) - before) / scenario.count);
      }
      const times: [number[], number[]] = [[], []];
      for (let r = 0; r < ROUNDS; r++) {
        for (const [i, target] of targets.entries()) times[i]!.push(...(await deliverOne(target)));
      }
      latencies.push(
        compare(
          `3. fan-out: ${scenario.name} vs bare yoga + graphql-ws`,
          'p99 ms',
          latencyFigures(times[0]),
          latencyFigures(times[1]),
          scenario.latencyTarget,
        ),
      );
      if (scenario.memory) {
        const kb = (b: number) => ({ 'KB/subscription': round(b / 1024) });
        memory.push(
          compare(`4. RSS per subscription: ${scenario.name} vs bare`, 'KB/subscription', kb(bytes[0]!), kb(bytes[1]!), { atMost: 1 }),
        );
      }
    } finally {
      for (const target of targets) {
        await target.subscribers.close();
        await target.subscribers.stop();
      }
      await bare.stop();
      await stack.stop();
    }
  }
  return [...latencies, ...memory];
}
