import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeys } from '../src/auth/api-keys.js';
import { openDatabase } from '../src/db/database.js';
import { startSimulator, type Simulator } from '../src/provider/simulator/server.js';
import { freshRedisPrefix, testRedisUrl } from './support/cluster.js';
import { holdSse, holdWs, type HeldConnection } from './support/connections.js';
import { freshDatabase } from './support/databases.js';
import { gql } from './support/graphql.js';
import { sample, scrape } from './support/metrics.js';
import { freePort } from './support/ports.js';
import { minimalPika } from './support/pika.js';
import { spawnGateway, type GatewayProcess } from './support/process.js';
import { startTcpProxy } from './support/tcp-proxy.js';

// Three gateway processes on one Postgres and one Redis (behind a proxy the test can cut),
// RATE_LIMIT_PER_MINUTE=30 and MAX_CONNECTIONS_PER_KEY=3 for each key, in total.

const generate = `mutation($input: GenerateVideoInput!) { generateVideo(input: $input) { id } }`;
const cleanups: (() => Promise<unknown> | unknown)[] = [];
let proxy: Awaited<ReturnType<typeof startTcpProxy>>;
let simulator: Simulator;
let databaseUrl: string;
const gateways: GatewayProcess[] = [];
let urls: string[] = [];
const held: HeldConnection[] = [];

/** A fresh API key, made in the shared database as `npm run apikey` would. */
async function newKey(name: string): Promise<string> {
  const db = await openDatabase({ kind: 'postgres', url: databaseUrl });
  try {
    return (await new ApiKeys(db.prisma).create(name, false)).key;
  } finally {
    await db.close();
  }
}

/** Sends `count` generateVideo calls with `key`, spread over `targets` round robin, all at once; returns how many were accepted per target. */
async function burst(key: string, count: number, targets: string[]): Promise<number[]> {
  const answers = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      gql(targets[i % targets.length]!, generate, { input: { pika: minimalPika(`burst ${i}`) } }, { authorization: `Bearer ${key}` }).then(
        (r) => ({
          target: i % targets.length,
          ok: Boolean(r.data?.generateVideo),
          code: r.errors?.[0]?.extensions?.code,
        }),
      ),
    ),
  );
  for (const a of answers) if (!a.ok) expect(a.code).toBe('RATE_LIMITED');
  return targets.map((_, t) => answers.filter((a) => a.target === t && a.ok).length);
}

const redisState = async (url: string) => ((await (await fetch(`${url}/readyz`)).json()) as { redis?: string }).redis;
const total = (counts: number[]) => counts.reduce((a, b) => a + b, 0);

beforeAll(async () => {
  const redis = new URL(testRedisUrl);
  proxy = await startTcpProxy({ host: redis.hostname, port: Number(redis.port || 6379) });
  cleanups.push(() => proxy.close());
  const database = await freshDatabase('postgres');
  cleanups.push(() => database.drop());
  databaseUrl = database.url!;
  await (await openDatabase({ kind: 'postgres', url: databaseUrl })).close(); // applies the migrations once
  simulator = await startSimulator({ apiKey: 'limits-key', knobs: { stepMs: 3_600_000 } });
  cleanups.push(() => simulator.close());
  const shared = {
    DATABASE_URL: databaseUrl,
    REDIS_URL: `redis://127.0.0.1:${proxy.port}`,
    REDIS_PREFIX: freshRedisPrefix(),
    DUOMI_BASE_URL: simulator.url,
    DUOMI_API_KEY: 'limits-key',
    CALLBACK_SECRET: 'cluster-limits-secret-0123456789abcdef',
    RATE_LIMIT_PER_MINUTE: '30',
    MAX_CONNECTIONS_PER_KEY: '3',
  };
  for (let i = 0; i < 3; i++) {
    const port = await freePort();
    const gateway = spawnGateway({ ...shared, PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}` });
    cleanups.push(() => gateway.child.exitCode === null && gateway.child.kill('SIGKILL'));
    gateways.push(gateway);
  }
  urls = await Promise.all(gateways.map((g) => g.ready));
}, 120_000);

afterAll(async () => {
  for (const connection of held) await connection.close();
  while (cleanups.length > 0) await cleanups.pop()!();
});

describe('limits over three gateway processes sharing Redis', () => {
  it('holds the rate per key in total across the instances', { timeout: 60_000 }, async () => {
    expect(await Promise.all(urls.map(redisState))).toEqual(['ok', 'ok', 'ok']);
    const accepted = await burst(await newKey('spread'), 60, urls);
    expect(total(accepted)).toBe(30);
  });

  it('falls back to counting per instance while Redis is unreachable, says so once, and shares the count again when it returns', {
    timeout: 90_000,
  }, async () => {
    await proxy.cut();
    await expect.poll(() => Promise.all(urls.map(redisState)), { timeout: 30_000 }).toEqual(['degraded', 'degraded', 'degraded']);
    // Neither everything refused nor everything allowed: each instance allows the rate on its own.
    const accepted = await burst(await newKey('during outage'), 120, urls);
    expect(accepted).toEqual([30, 30, 30]);
    for (const url of urls) {
      const metrics = await scrape(url);
      expect(sample(metrics, 'gateway_redis_up')).toBe(0);
      expect(sample(metrics, 'gateway_limit_local_decisions_total', { limit: 'generate' })).toBe(40);
    }
    // One log line per outage, not one per request.
    for (const gateway of gateways) expect(gateway.output().match(/Redis unreachable/g)).toHaveLength(1);

    await proxy.restore();
    await expect.poll(() => Promise.all(urls.map(redisState)), { timeout: 30_000 }).toEqual(['ok', 'ok', 'ok']);
    for (const gateway of gateways) expect(gateway.output()).toMatch(/Redis is back after/);
    expect(total(await burst(await newKey('after outage'), 60, urls))).toBe(30);
  });

  it('caps connections per key across the instances, and forgets those of an instance that died', { timeout: 90_000 }, async () => {
    const key = await newKey('connections');
    const hold = async (connection: Promise<HeldConnection>) => {
      const c = await connection;
      held.push(c);
      return c.outcome;
    };
    const ws = (i: number) => `${urls[i]!.replace(/^http/, 'ws')}/graphql`;
    expect(await hold(holdWs(ws(0), key))).toEqual({ open: true });
    expect(await hold(holdWs(ws(1), key))).toEqual({ open: true });
    expect(await hold(holdSse(urls[2]!, key))).toEqual({ open: true });
    // The fourth, on any instance and either transport, is one too many.
    expect(await hold(holdWs(ws(0), key))).toMatchObject({ open: false, code: 4429 });
    expect(await hold(holdSse(urls[1]!, key))).toMatchObject({ open: false, reason: /too many open connections/ });

    // Instance C dies with its stream open: within the count's lifetime (15 s) the place is free again.
    gateways[2]!.child.kill('SIGKILL');
    await gateways[2]!.exited;
    expect(await hold(holdWs(ws(1), key))).toMatchObject({ open: false, code: 4429 });
    await expect.poll(() => hold(holdWs(ws(1), key)), { timeout: 40_000, interval: 2_000 }).toEqual({ open: true });
  });
});
