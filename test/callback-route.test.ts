import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { callbackToken } from '../src/jobs/callback-token.js';
import { startGateway, type TestGateway } from './support/gateway.js';
import { gql } from './support/graphql.js';
import { GenerateVideo } from './support/operations.js';
import { minimalPika } from './support/pika.js';

// POST /callbacks/duomi/:jobId?token=… as DuomiAPI sends it, in every documented shape.

const secret = 'a-test-callback-secret-of-enough-length';
let gateway: TestGateway;
let jobId: string;
let taskId: string;

beforeAll(async () => {
  gateway = await startGateway('postgres', { CALLBACK_SECRET: secret });
  gateway.app.simulator!.setKnobs({ stepMs: 3_600_000 }); // the simulator stays silent: the test is DuomiAPI here
});
afterAll(() => gateway.stop());

beforeEach(async () => {
  const { data } = await gql(gateway.url, GenerateVideo, { input: { pika: minimalPika() } });
  jobId = Buffer.from(data!.generateVideo.id, 'base64').toString().split(':')[1]!;
  await expect.poll(async () => (await job()).upstreamTaskId).toBeTruthy();
  taskId = (await job()).upstreamTaskId!;
});

const job = async () => (await gateway.db.prisma.job.findUnique({ where: { id: jobId } }))!;

function post(
  body: unknown,
  { id = jobId, token = callbackToken(secret, id), raw }: { id?: string; token?: string | null; raw?: string } = {},
) {
  const query = token === null ? '' : `?token=${token}`;
  return fetch(`${gateway.url}/callbacks/duomi/${id}${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: raw ?? JSON.stringify(body),
  });
}

describe('the callback route maps every vocabulary onto the job', () => {
  it.each([
    ['state (newer)', () => ({ task_id: taskId, state: 'running', progress: '40' })],
    ['legacy numeric status', () => ({ task_id: taskId, status: '1', progress: 40 })],
    ["Pika's videos[] shape", () => ({ id: taskId, videos: [{ status: 'pending', progress: 40 }] })],
    ['wrapped in {code, msg, data}', () => ({ code: 200, msg: '成功', data: { task_id: taskId, state: 'running', progress: 40 } })],
  ])('%s', async (_shape, body) => {
    const res = await post(body());
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, applied: true, status: 'PROCESSING' });
    expect(await job()).toMatchObject({ status: 'PROCESSING', progress: 40 });
  });

  it.each([
    ['succeeded', { state: 'succeeded', video_url: 'https://cdn/v.mp4', poster: 'https://cdn/p.jpg' }, 'SUCCEEDED'],
    ['"success" (as the published feed example says)', { state: 'success', video_url: 'https://cdn/v.mp4' }, 'SUCCEEDED'],
    ['legacy "3"', { status: '3', video_url: 'https://cdn/v.mp4' }, 'SUCCEEDED'],
    [
      'Pika "finished"',
      { videos: [{ status: 'finished', resultUrl: 'https://cdn/v.mp4', videoPoster: 'https://cdn/p.jpg' }] },
      'SUCCEEDED',
    ],
    ['error', { state: 'error', fail_reason: 'content policy' }, 'FAILED'],
    ['legacy "2"', { status: '2', refund: '1' }, 'FAILED'],
    ['state wins over status', { state: 'succeeded', status: '2', video_url: 'https://cdn/v.mp4' }, 'SUCCEEDED'],
  ])('final state: %s', async (_case, body, status) => {
    expect((await post({ task_id: taskId, ...body })).status).toBe(200);
    const stored = await job();
    expect(stored.status).toBe(status);
    expect(stored.finishedAt).toBeInstanceOf(Date);
    if (status === 'SUCCEEDED') expect(stored).toMatchObject({ progress: 100, videoUrl: 'https://cdn/v.mp4' });
    else expect(stored.errorCode).toBe('UPSTREAM_FAILED');
  });
});

describe('the callback route changes nothing it cannot trust', () => {
  async function unchanged(res: Promise<Response>, status: number, error: string) {
    const before = await job();
    const answer = await res;
    expect(answer.status).toBe(status);
    expect(((await answer.json()) as { error: string }).error).toBe(error);
    expect(await job()).toEqual(before);
  }

  it('a wrong or missing token', async () => {
    await unchanged(
      post({ task_id: taskId, state: 'succeeded' }, { token: callbackToken('another-secret-another-secret-xx', jobId) }),
      401,
      'BAD_TOKEN',
    );
    await unchanged(post({ task_id: taskId, state: 'succeeded' }, { token: null }), 401, 'BAD_TOKEN');
  });

  it('an unknown job, even with a valid token for it', async () => {
    const ghost = '01939d1c-0000-7000-8000-000000000000';
    await unchanged(post({ state: 'succeeded' }, { id: ghost, token: callbackToken(secret, ghost) }), 404, 'UNKNOWN_JOB');
  });

  it('a task id that is not the job’s', async () => {
    await unchanged(post({ task_id: 'someone-elses-task', state: 'succeeded' }), 409, 'TASK_MISMATCH');
  });

  it('malformed JSON, an oversized body, an unknown state', async () => {
    await unchanged(post(null, { raw: '{"state": "running",' }), 400, 'MALFORMED_JSON');
    await unchanged(post({ task_id: taskId, state: 'running', junk: 'x'.repeat(70_000) }), 413, 'TOO_LARGE');
    await unchanged(post({ task_id: taskId, state: 'exploded' }), 422, 'UNKNOWN_STATE');
    await unchanged(post({ task_id: taskId }), 422, 'UNKNOWN_STATE');
  });

  it('repeats, stale reports and anything after a final state', async () => {
    await post({ task_id: taskId, state: 'running', progress: 60 });
    const atSixty = await job();
    for (const body of [
      { task_id: taskId, state: 'running', progress: 60 }, // repeat
      { task_id: taskId, state: 'running', progress: 30 }, // progress never goes back
      { task_id: taskId, state: 'pending' }, // out of order
    ]) {
      const res = await post(body);
      expect(await res.json()).toEqual({ ok: true, applied: false, status: 'PROCESSING' });
    }
    expect(await job()).toEqual(atSixty);
    await post({ task_id: taskId, state: 'succeeded', video_url: 'https://cdn/v.mp4' });
    const done = await job();
    expect((await post({ task_id: taskId, state: 'error' })).status).toBe(200);
    expect(await job()).toEqual(done);
    const events = await gateway.db.prisma.jobEvent.findMany({ where: { jobId }, orderBy: { id: 'asc' } });
    expect(events.map((e) => `${e.toStatus}:${e.progress}:${e.source}`)).toEqual([
      'QUEUED:0:API',
      'SUBMITTED:0:API',
      'PROCESSING:60:CALLBACK',
      'SUCCEEDED:100:CALLBACK',
    ]);
  });

  it('racing callbacks never lose an update', async () => {
    const answers = await Promise.all(
      [10, 20, 30, 40, 50, 60, 70, 80].map((progress) => post({ task_id: taskId, state: 'running', progress })),
    );
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect((await job()).progress).toBe(80);
  });
});

describe('hostile callbacks are 4xx, never 5xx, and store only what is safe', () => {
  it('an undecodable path names no job', async () => {
    const res = await fetch(`${gateway.url}/callbacks/duomi/%E0%A4%A?token=x`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(404);
  });

  it('a payload nested far deeper than any DuomiAPI sends', async () => {
    const before = await job();
    const res = await post(null, { raw: '['.repeat(20_000) + ']'.repeat(20_000) });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'TOO_DEEP' });
    expect(await job()).toEqual(before);
  });

  it('NUL characters and lone surrogates are stored as U+FFFD', async () => {
    const res = await post({ task_id: taskId, state: 'error', fail_reason: 'bad\u0000thing \ud800', extra: { 'k\u0000': 'v' } });
    expect(res.status).toBe(200);
    expect(await job()).toMatchObject({ status: 'FAILED', errorMessage: 'bad\ufffdthing \ufffd' });
    const last = await gateway.db.prisma.jobEvent.findFirst({ where: { jobId }, orderBy: { id: 'desc' } });
    expect(last!.payload).toMatchObject({ fail_reason: 'bad\ufffdthing \ufffd', extra: { 'k\ufffd': 'v' } });
  });

  it('result URLs that are not http(s) are dropped', async () => {
    expect(
      (await post({ task_id: taskId, state: 'succeeded', video_url: 'javascript:alert(1)', poster: 'data:text/html,<b>x</b>' })).status,
    ).toBe(200);
    expect(await job()).toMatchObject({ status: 'SUCCEEDED', videoUrl: null, posterUrl: null });
  });

  it("a task id that is another job's is 409; an early callback's task id is kept over the submit answer's", async () => {
    gateway.app.simulator!.setKnobs({ stepMs: 3_600_000, submitLatencyMs: 4_000 });
    try {
      const { data } = await gql(gateway.url, GenerateVideo, { input: { pika: minimalPika('answered late') } });
      const lateId = Buffer.from(data!.generateVideo.id, 'base64').toString().split(':')[1]!;
      const late = async () => (await gateway.db.prisma.job.findUnique({ where: { id: lateId } }))!;
      const before = await late();
      const taken = await post({ task_id: taskId, state: 'running' }, { id: lateId });
      expect(taken.status).toBe(409);
      expect(await taken.json()).toMatchObject({ error: 'TASK_TAKEN' });
      expect(await late()).toMatchObject({ status: before.status, upstreamTaskId: null });

      expect((await post({ task_id: 'early-task', state: 'running' }, { id: lateId })).status).toBe(200);
      await expect
        .poll(() => gateway.db.prisma.jobEvent.findMany({ where: { jobId: lateId, source: 'API', applied: false } }), { timeout: 20_000 })
        .toHaveLength(1);
      expect(await late()).toMatchObject({ status: 'PROCESSING', upstreamTaskId: 'early-task' });
    } finally {
      gateway.app.simulator!.setKnobs({ stepMs: 3_600_000 });
    }
  });
});
