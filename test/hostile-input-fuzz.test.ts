import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callbackToken } from '../src/jobs/callback-token.js';
import { seededRandom } from '../src/provider/simulator/knobs.js';
import { startGateway, type TestGateway } from './support/gateway.js';
import type { Client } from 'graphql-ws';
import { gql, rawJobId, wsClient } from './support/graphql.js';
import { GenerateVideo } from './support/operations.js';
import { minimalPika } from './support/pika.js';
import { operate, transports } from './support/transports.js';

// Thousands of random callback bodies, GraphQL variables and operations over every transport:
// no 5xx, no internal error, no crash, no stored job changed, and other clients stay served.

const secret = 'fuzz-secret-0123456789abcdef-0123456789';
const random = seededRandom(2026);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
let gateway: TestGateway;
const jobIds: string[] = [];
let ws: Client;

/** Random JSON, biased towards the names and shapes the parsers look at, but never a known state. */
function junk(depth = 0): unknown {
  const scalars = [
    null,
    true,
    false,
    0,
    -1,
    1e308,
    Number.MAX_SAFE_INTEGER,
    '',
    'running?',
    'SUCCEEDED',
    '✓',
    'x'.repeat(300),
    '3.5',
    '-7',
    '{',
    '__proto__',
  ];
  if (depth > 3 || random() < 0.4) return pick(scalars);
  if (random() < 0.3) return Array.from({ length: Math.floor(random() * 4) }, () => junk(depth + 1));
  const keys = [
    'task_id',
    'id',
    'state',
    'status',
    'progress',
    'video_url',
    'videos',
    'data',
    'code',
    'msg',
    'error',
    'constructor',
    '__proto__',
    'x',
  ];
  return Object.fromEntries(Array.from({ length: Math.floor(random() * 6) }, () => [pick(keys), junk(depth + 1)]));
}

const knownStates = /^(pending|running|succeeded|success|error|queued|finished|[0-3])$/i;
function hasKnownState(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasKnownState);
  if (value && typeof value === 'object') {
    return Object.entries(value).some(([k, v]) => ((k === 'state' || k === 'status') && knownStates.test(String(v))) || hasKnownState(v));
  }
  return false;
}

beforeAll(async () => {
  // The reconciler would poll the silent targets (and touch their rows) while the fuzz runs.
  gateway = await startGateway('postgres', { CALLBACK_SECRET: secret, RATE_LIMIT_PER_MINUTE: '100000', RECONCILE_AFTER_SECONDS: '3600' });
  gateway.app.simulator!.setKnobs({ stepMs: 3_600_000 });
  for (let i = 0; i < 3; i++)
    jobIds.push(rawJobId((await gql(gateway.url, GenerateVideo, { input: { pika: minimalPika(`target ${i}`) } })).data!.generateVideo.id));
  while ((await gateway.db.prisma.job.count({ where: { status: 'SUBMITTED' } })) < 3) await new Promise((r) => setTimeout(r, 50));
  ws = wsClient(gateway.wsUrl);
});
afterAll(async () => {
  await ws.dispose();
  await gateway.stop();
});

const snapshot = () => gateway.db.prisma.job.findMany({ orderBy: { id: 'asc' } });

describe('hostile input', () => {
  it('random callback bodies, tokens and ids', async () => {
    const before = await snapshot();
    const statuses = new Map<number, number>();
    for (let i = 0; i < 2_000; i++) {
      const jobId =
        random() < 0.8 ? pick(jobIds) : pick(['not-a-uuid', '01939d1c-0000-7000-8000-000000000000', '..%2F..', 'x'.repeat(500)]);
      const token =
        random() < 0.6 ? callbackToken(secret, jobId) : pick(['', 'a', callbackToken('other-secret-other-secret-other-xx', jobId)]);
      let body: string;
      if (random() < 0.15) body = pick(['{', 'null', '[]', '"x"', '\u0000', '{"a":'.repeat(50)]);
      else {
        let value = junk();
        while (hasKnownState(value)) value = junk();
        body = JSON.stringify(value) ?? 'null';
      }
      const posted = await fetch(`${gateway.url}/callbacks/duomi/${jobId}?token=${encodeURIComponent(token)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      statuses.set(posted.status, (statuses.get(posted.status) ?? 0) + 1);
      await posted.body?.cancel();
    }
    expect([...statuses.keys()].every((s) => s < 500)).toBe(true);
    expect(await snapshot()).toEqual(before);
    expect((await fetch(`${gateway.url}/healthz`)).status).toBe(200);
  });

  it('random GraphQL variables for generateVideo', async () => {
    const before = await gateway.db.prisma.job.count();
    const codes = new Map<string, number>();
    for (let i = 0; i < 1_500; i++) {
      const pika: Record<string, unknown> = { ...minimalPika() };
      for (let k = 0; k < 1 + Math.floor(random() * 3); k++) {
        pika[pick(['prompt', 'ratio', 'style', 'options', 'image', 'video', 'model', 'sfx', 'extra'])] = junk();
      }
      // Keep one rule broken, whatever else came out, so nothing valid is stored.
      const options = pika.options && typeof pika.options === 'object' && !Array.isArray(pika.options) ? pika.options : {};
      pika.options = { ...options, frameRate: pick([0, 7, 25, 1e9, -3, 12.5, 'x']) };
      const res = await fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation($input: GenerateVideoInput!) { generateVideo(input: $input) { id } }',
          variables: pick([{ input: { pika } }, { input: pika }, { input: junk() }, junk()]),
        }),
      });
      expect(res.status).toBeLessThan(500);
      const answer = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
      const code = answer.errors?.[0]?.extensions?.code ?? 'none';
      codes.set(code, (codes.get(code) ?? 0) + 1);
    }
    expect(await gateway.db.prisma.job.count()).toBe(before);
    // BAD_REQUEST: yoga's answer when `variables` is not an object at all.
    expect([...codes.keys()].sort()).toEqual(['BAD_REQUEST', 'BAD_USER_INPUT']);
  });

  it('random ids, cursors, strings, deep and large variables over HTTP, graphql-ws and SSE, while another client reads', async () => {
    const before = await snapshot();
    const globalId = (raw: string) => Buffer.from(raw).toString('base64');
    const nested = (levels: number): unknown => (levels === 0 ? 'x' : { a: nested(levels - 1) });
    const hostileString = () =>
      pick(['\u0000', 'a\u0000b', '\ud800', 'x\udfff', 'é'.repeat(3000), '\'; drop table "Job"; --', '%E0%A4%A', '']);
    const hostileId = () =>
      pick([
        globalId(`VideoJob:${hostileString()}`),
        globalId('VideoJob:019'),
        globalId(`Other:${rawJobId(globalId('x:y'))}`),
        globalId('01939d1c-0000-7000-8000-000000000000'),
        hostileString(),
        '!!!',
        'VmlkZW9Kb2I6',
      ]);
    const operations: [string, () => Record<string, unknown>][] = [
      ['query($id: ID!) { videoJob(id: $id) { id status } }', () => ({ id: hostileId() })],
      ['query($id: ID!) { node(id: $id) { id } }', () => ({ id: hostileId() })],
      ['query($ids: [ID!]!) { nodes(ids: $ids) { id } }', () => ({ ids: Array.from({ length: pick([1, 50, 150]) }, hostileId) })],
      [
        'query($a: String, $b: String) { videoJobs(after: $a, before: $b, last: 2) { edges { cursor } } }',
        () => ({ a: hostileString(), b: hostileId() }),
      ],
      [
        'query($f: VideoJobFilter) { videoJobs(filter: $f) { edges { cursor } } }',
        () => ({ f: pick([{ status: Array(20_000).fill('QUEUED') }, nested(40), { status: [hostileString()] }]) }),
      ],
      ['mutation($id: ID!) { cancelVideoJob(id: $id) { id } }', () => ({ id: hostileId() })],
      [
        'mutation($input: GenerateVideoInput!, $k: String) { generateVideo(input: $input, idempotencyKey: $k) { id } }',
        () => ({ input: { pika: { ...minimalPika(hostileString()), options: { frameRate: 99 } } }, k: hostileString() }),
      ],
      ['subscription($id: ID!) { videoJobUpdated(id: $id) { id } }', () => ({ id: hostileId() })],
    ];
    const allowed = ['BAD_USER_INPUT', 'BAD_REQUEST', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'NOT_FOUND'];
    const mine = globalId(`VideoJob:${jobIds[0]}`);
    let hostile = true;
    let slowest = 0;
    const victim = (async () => {
      while (hostile) {
        const started = performance.now();
        const { data } = await gql<{ videoJob: { id: string } | null }>(gateway.url, 'query($id: ID!) { videoJob(id: $id) { id } }', {
          id: mine,
        });
        slowest = Math.max(slowest, performance.now() - started);
        expect(data?.videoJob?.id).toBe(mine);
      }
    })();
    try {
      for (let i = 0; i < 600; i++) {
        const [query, variables] = pick(operations);
        // Subscriptions need a streaming transport (plain HTTP answers them 406).
        const transport = query.startsWith('subscription') ? pick(transports.filter((t) => t !== 'http')) : pick(transports);
        const answer = await operate(transport, { url: gateway.url, ws }, query, variables());
        for (const error of answer.errors ?? []) expect(allowed, `${query} ${error.message}`).toContain(error.extensions?.code);
      }
    } finally {
      hostile = false;
      await victim;
    }
    expect(await snapshot()).toEqual(before);
    // Generous for a loaded machine; a stalled read batch took 20 s here before.
    expect(slowest).toBeLessThan(5_000);
  });
});
