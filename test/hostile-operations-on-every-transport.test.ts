import { randomUUID } from 'node:crypto';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type TestGateway } from './support/gateway.js';
import { subscribeWs, wsClient } from './support/graphql.js';
import { operate, transports, type Transport } from './support/transports.js';

// Every rule that holds over HTTP holds over graphql-ws and SSE: the same hostile operation gets
// the same refusal, with the same code, on all three, and nothing is stored.

let gateway: TestGateway;
let ws: Client;
const globalId = (raw: string) => Buffer.from(raw).toString('base64');
const videoJob = 'query($id: ID!) { videoJob(id: $id) { id } }';
const generate = 'mutation($input: GenerateVideoInput!, $key: String) { generateVideo(input: $input, idempotencyKey: $key) { id } }';
const pika = (prompt: string) => ({ pika: { prompt, ratio: 'RATIO_16_9', options: { frameRate: 24 } } });

beforeAll(async () => {
  gateway = await startGateway('postgres', {
    GRAPHQL_INTROSPECTION: 'false',
    MAX_QUERY_DEPTH: '6',
    MAX_ALIASES: '3',
    MAX_QUERY_COST: '60',
    MAX_LIST_ITEMS: '20',
  });
  gateway.app.simulator!.setKnobs({ stepMs: 3_600_000 });
  ws = wsClient(gateway.wsUrl);
});
afterAll(async () => {
  await ws.dispose();
  await gateway.stop();
});

type Case = { name: string; query: string; variables?: Record<string, unknown>; code: string; message?: RegExp };
const refused: Case[] = [
  { name: 'introspection', query: '{ __schema { queryType { name } } }', code: 'GRAPHQL_VALIDATION_FAILED', message: /introspection/i },
  {
    name: 'introspection by __type',
    query: '{ __type(name: "VideoJob") { name } }',
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /introspection/i,
  },
  {
    name: 'too deep',
    query: '{ videoJobs { edges { node { settings { ... on PikaVideoSettings { options { camera { pan } } } } } } } }',
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /depth/i,
  },
  {
    name: 'too many aliases',
    query: '{ a: health b: health c: health d: health }',
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /aliases/i,
  },
  {
    name: 'too costly',
    query:
      '{ videoJobs { edges { node { id status progress prompt videoUrl posterUrl createdAt updatedAt events { from to at source progress applied } } } } }',
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /cost/i,
  },
  { name: 'too many tokens', query: `{ health ${'__typename '.repeat(5_100)}}`, code: 'GRAPHQL_VALIDATION_FAILED', message: /token/i },
  {
    name: 'a global id that is not base64 of a type and id',
    query: videoJob,
    variables: { id: '!!!' },
    code: 'BAD_USER_INPUT',
    message: /not a valid id/,
  },
  {
    name: 'a VideoJob global id whose id is not a UUID',
    query: videoJob,
    variables: { id: globalId('VideoJob:019') },
    code: 'BAD_USER_INPUT',
    message: /not a valid id/,
  },
  {
    name: 'node() with a malformed VideoJob id',
    query: 'query($id: ID!) { node(id: $id) { id } }',
    variables: { id: globalId('VideoJob:x1') },
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a cursor that is not one of ours',
    query: '{ videoJobs(after: "x") { edges { cursor } } }',
    code: 'BAD_USER_INPUT',
    message: /after/,
  },
  {
    name: 'a backwards cursor that is not one of ours',
    query: '{ videoJobs(last: 2, before: "\'; drop") { edges { cursor } } }',
    code: 'BAD_USER_INPUT',
    message: /before/,
  },
  {
    name: 'nodes() over the list limit',
    query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }',
    variables: { ids: Array.from({ length: 21 }, () => globalId(`VideoJob:${randomUUID()}`)) },
    code: 'BAD_USER_INPUT',
    message: /at most 20/,
  },
  {
    name: 'a literal list over the limit',
    query: `{ videoJobs(filter: { status: [${Array(21).fill('QUEUED').join(' ')}] }) { edges { cursor } } }`,
    code: 'BAD_USER_INPUT',
    message: /at most 20/,
  },
  {
    name: 'a status list over the limit',
    query: 'query($f: VideoJobFilter) { videoJobs(filter: $f) { edges { cursor } } }',
    variables: { f: { status: Array(10_000).fill('QUEUED') } },
    code: 'BAD_USER_INPUT',
    message: /at most 20/,
  },
  { name: 'a prompt holding NUL', query: generate, variables: { input: pika('a\u0000b') }, code: 'BAD_USER_INPUT', message: /NUL/ },
  {
    name: 'an idempotency key holding a lone surrogate',
    query: generate,
    variables: { input: pika('fine'), key: 'k\ud800' },
    code: 'BAD_USER_INPUT',
    message: /surrogate/,
  },
  {
    name: 'a literal string holding NUL',
    query: 'mutation { generateVideo(input: { pika: { prompt: "a\\u0000b", ratio: RATIO_16_9, options: { frameRate: 24 } } }) { id } }',
    code: 'BAD_USER_INPUT',
    message: /NUL/,
  },
  {
    name: 'cancel with a malformed id',
    query: 'mutation($id: ID!) { cancelVideoJob(id: $id) { id } }',
    variables: { id: globalId('VideoJob:1 OR 1=1') },
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'cancel with the id of something else',
    query: 'mutation($id: ID!) { cancelVideoJob(id: $id) { id } }',
    variables: { id: globalId('ApiKey:1') },
    code: 'NOT_FOUND',
  },
  {
    name: 'cancel of an unknown job',
    query: 'mutation($id: ID!) { cancelVideoJob(id: $id) { id } }',
    variables: { id: globalId(`VideoJob:${randomUUID()}`) },
    code: 'NOT_FOUND',
  },
];

describe.each(transports)('over %s', (transport: Transport) => {
  const run = (query: string, variables?: Record<string, unknown>) => operate(transport, { url: gateway.url, ws }, query, variables);

  it.each(refused)('refuses $name with $code', async ({ query, variables, code, message }) => {
    const jobs = await gateway.db.prisma.job.count();
    const answer = await run(query, variables);
    // Nothing answered: no data at all, or null for the (nullable) field refused.
    expect(
      Object.values(answer.data ?? {}).filter((value) => value !== null),
      JSON.stringify(answer),
    ).toEqual([]);
    expect(answer.errors?.[0]?.extensions?.code, JSON.stringify(answer.errors)).toBe(code);
    if (message) expect(answer.errors?.map((e) => e.message).join('\n')).toMatch(message);
    expect(await gateway.db.prisma.job.count()).toBe(jobs);
  });

  it('hides "Did you mean" suggestions while introspection is off', async () => {
    const field = await run('{ healt }');
    expect(field.errors?.[0]?.message).toMatch(/Cannot query field "healt"/);
    const enumValue = await run('query($f: VideoJobFilter) { videoJobs(filter: $f) { edges { cursor } } }', { f: { status: ['QUEUEDD'] } });
    expect(enumValue.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    for (const error of [...field.errors!, ...enumValue.errors!]) expect(error.message).not.toMatch(/did you mean|QUEUED\b|health/i);
  });

  it('answers an id of another type, or of no job, with null', async () => {
    expect(await run(videoJob, { id: globalId('ApiKey:1') })).toEqual({ data: { videoJob: null } });
    expect(await run(videoJob, { id: globalId(`VideoJob:${randomUUID()}`) })).toEqual({ data: { videoJob: null } });
    expect(await run('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [globalId(`VideoJob:${randomUUID()}`)] })).toEqual({
      data: { nodes: [null] },
    });
  });
});

describe('over graphql-ws, a refused operation ends alone', () => {
  it('keeps the socket and its other subscriptions running', async () => {
    let closed = false;
    const client = wsClient(gateway.wsUrl);
    client.on('closed', () => (closed = true));
    const beats = subscribeWs(client, 'subscription { heartbeat(everyMs: 50) { beat } }');
    await expect.poll(() => beats.messages.length).toBeGreaterThan(0);
    for (const { query, variables } of refused) await operate('graphql-ws', { url: gateway.url, ws: client }, query, variables);
    const seen = beats.messages.length;
    await expect.poll(() => beats.messages.length).toBeGreaterThan(seen);
    expect(await operate('graphql-ws', { url: gateway.url, ws: client }, '{ health }')).toEqual({ data: { health: 'ok' } });
    expect(closed).toBe(false);
    beats.stop();
    await client.dispose();
  });
});
