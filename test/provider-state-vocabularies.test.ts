import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VideoProvider } from '../src/db/generated/enums.js';
import { callbackToken } from '../src/jobs/callback-token.js';
import { DuomiClient } from '../src/provider/duomi-client.js';
import { providerFor } from '../src/provider/registry.js';
import { startSimulator, type Simulator } from '../src/provider/simulator/server.js';
import { startGateway, type TestGateway } from './support/gateway.js';
import { gql } from './support/graphql.js';
import type { GenerateVideoInput } from './support/generated/graphql.js';
import { GenerateVideo } from './support/operations.js';

// Each provider's own state vocabulary, in callbacks (the gateway's callback route) and in feed
// answers (the real client against the simulator), maps onto the gateway's states.

const secret = 'a-test-callback-secret-of-enough-length';
const cdn = { video_url: 'https://cdn.example/v.mp4', poster: 'https://cdn.example/p.jpg' };

describe("callbacks in each provider's vocabulary", () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startGateway('postgres', { CALLBACK_SECRET: secret });
    gateway.app.simulator!.setKnobs({ stepMs: 3_600_000 }); // the simulator stays silent: the test is DuomiAPI here
  });
  afterAll(() => gateway.stop());

  /** A job DuomiAPI has accepted: its id and its task id. */
  async function submitted(input: GenerateVideoInput) {
    const { data } = await gql(gateway.url, GenerateVideo, { input });
    const jobId = Buffer.from(data!.generateVideo.id, 'base64').toString().split(':')[1]!;
    await expect.poll(async () => (await stored(jobId)).upstreamTaskId).toBeTruthy();
    return { jobId, taskId: (await stored(jobId)).upstreamTaskId! };
  }
  const stored = async (jobId: string) => (await gateway.db.prisma.job.findUnique({ where: { id: jobId } }))!;
  const post = (jobId: string, body: unknown) =>
    fetch(`${gateway.url}/callbacks/duomi/${jobId}?token=${callbackToken(secret, jobId)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  const kling = { kling: { prompt: 'x' } };
  const runway = { runway: { prompt: 'x' } };
  const luma = { luma: { prompt: 'x' } };
  const pix = { pix: { prompt: 'x' } };
  const klingVideos = { videos: [{ id: 'v1', url: cdn.video_url, duration: '5' }] };

  it.each<[string, GenerateVideoInput, (taskId: string) => unknown, Record<string, unknown>]>([
    ['Kling "submitted"', kling, (t) => ({ task_id: t, task_status: 'submitted' }), { status: 'SUBMITTED' }],
    ['Kling "processing"', kling, (t) => ({ task_id: t, task_status: 'processing' }), { status: 'PROCESSING' }],
    [
      'Kling "succeed" with task_result.videos[]',
      kling,
      (t) => ({ task_id: t, task_status: 'succeed', task_status_msg: '', task_result: klingVideos }),
      { status: 'SUCCEEDED', videoUrl: cdn.video_url, costPoints: null },
    ],
    [
      'Kling "failed" with task_status_msg',
      kling,
      (t) => ({ task_id: t, task_status: 'failed', task_status_msg: 'content risk' }),
      { status: 'FAILED', errorCode: 'UPSTREAM_FAILED', errorMessage: 'content risk' },
    ],
    [
      'Kling in its own code-0 envelope',
      kling,
      (t) => ({ code: 0, message: 'SUCCEED', request_id: 'r1', data: { task_id: t, task_status: 'succeed', task_result: klingVideos } }),
      { status: 'SUCCEEDED', videoUrl: cdn.video_url },
    ],
    ['Runway numeric status 1 alone', runway, (t) => ({ task_id: t, status: 1, progress: 30 }), { status: 'PROCESSING', progress: 30 }],
    [
      'Runway "3" with its fields',
      runway,
      (t) => ({ task_id: t, status: '3', ...cdn, last_frame: cdn.poster, prompt_en: 'x', point: '12', refund: '0' }),
      { status: 'SUCCEEDED', videoUrl: cdn.video_url, posterUrl: cdn.poster, costPoints: 12, costRefunded: false },
    ],
    [
      'Runway 2, refunded',
      runway,
      (t) => ({ task_id: t, status: 2, point: 12, refund: 1 }),
      { status: 'FAILED', errorCode: 'UPSTREAM_FAILED', costPoints: 12, costRefunded: true },
    ],
    [
      'Luma "succeeded"',
      luma,
      (t) => ({ task_id: t, state: 'succeeded', status: '3', ...cdn, point: '8', refund: '0' }),
      { status: 'SUCCEEDED', videoUrl: cdn.video_url, costPoints: 8, costRefunded: false },
    ],
    [
      'Luma "error", enveloped',
      luma,
      (t) => ({
        code: 200,
        msg: '成功',
        data: { task_id: t, state: 'error', status: '2', fail_reason: 'bad frame', point: '8', refund: '1' },
      }),
      { status: 'FAILED', errorMessage: 'bad frame', costRefunded: true },
    ],
    [
      'PIX state and status, with its animated preview',
      pix,
      (t) => ({ task_id: t, state: 'succeeded', status: '3', ...cdn, image_url: 'https://cdn.example/a.webp', point: '20', refund: '0' }),
      { status: 'SUCCEEDED', videoUrl: cdn.video_url, posterUrl: cdn.poster, costPoints: 20 },
    ],
    ['PIX "running"', pix, (t) => ({ task_id: t, state: 'running', status: '1', progress: '45' }), { status: 'PROCESSING', progress: 45 }],
  ])('%s', async (_case, input, body, expected) => {
    const { jobId, taskId } = await submitted(input);
    const res = await post(jobId, body(taskId));
    expect(res.status).toBe(200);
    expect(await stored(jobId)).toMatchObject(expected);
  });

  it('an unknown Kling status changes nothing (422)', async () => {
    const { jobId, taskId } = await submitted(kling);
    const before = await stored(jobId);
    const res = await post(jobId, { task_id: taskId, task_status: 'exploded' });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ error: 'UNKNOWN_STATE', message: 'unknown task task_status "exploded"' });
    expect(await stored(jobId)).toEqual(before);
  });
});

describe("feed answers in each provider's vocabulary", () => {
  let simulator: Simulator;
  let client: DuomiClient;
  beforeAll(async () => {
    simulator = await startSimulator({ apiKey: 'k-123', knobs: { stepMs: 20 } });
    client = new DuomiClient({ baseUrl: simulator.url, apiKey: 'k-123' });
  });
  afterAll(() => simulator.close());

  /** Submits `input` straight to the simulator and reads the feed until the task ends; returns the last answer. */
  async function runToTheEnd(provider: VideoProvider, raw: unknown) {
    const module = providerFor(provider);
    const input = module.normalize(raw);
    const outcome = module.parseSubmitAnswer(await client.call(module.buildSubmit(input, 'http://127.0.0.1:9/no-callbacks')));
    expect(outcome.kind).toBe('accepted');
    const taskId = (outcome as { taskId: string }).taskId;
    const feed = () => client.call(module.buildFeed(taskId, input));
    await expect.poll(async () => ['SUCCEEDED', 'FAILED'].includes(module.parseUpdate(await feed()).status)).toBe(true);
    const answer = await feed();
    return { taskId, answer, update: module.parseUpdate(answer) };
  }

  it.each<[string, VideoProvider, unknown, (taskId: string) => unknown]>([
    [
      'Kling text2video: task_status and task_result.videos[]',
      'KLING',
      { prompt: 'x' },
      (t) => ({
        code: 0,
        data: { task_id: t, task_status: 'succeed', task_result: { videos: [{ url: expect.stringContaining(t), duration: '5' }] } },
      }),
    ],
    [
      'Kling image2video, queried under its own endpoint',
      'KLING',
      { prompt: 'x', image: 'https://example.com/a.png' },
      (t) => ({ code: 0, data: { task_id: t, task_status: 'succeed' } }),
    ],
    [
      'Luma, a POST with the key in the body',
      'LUMA',
      { prompt: 'x' },
      (t) => ({ code: 200, data: { task_id: t, state: 'succeeded', status: '3', point: '10', refund: '0' } }),
    ],
    [
      'Runway: the numeric status alone',
      'RUNWAY',
      { prompt: 'x' },
      (t) => ({ code: 200, data: { task_id: t, status: '3', last_frame: expect.any(String), prompt_en: 'x', point: '10' } }),
    ],
    [
      'PIX: state, status and an animated preview',
      'PIX',
      { prompt: 'x' },
      (t) => ({ code: 200, data: { task_id: t, state: 'succeeded', status: '3', image_url: expect.stringContaining(t) } }),
    ],
    [
      'Pika',
      'PIKA',
      { prompt: 'x', ratio: 'RATIO_1_1', options: { frameRate: 10 } },
      (t) => ({ code: 200, data: { task_id: t, state: 'succeeded' } }),
    ],
  ])('%s', async (_case, provider, input, answer) => {
    const { taskId, answer: raw, update } = await runToTheEnd(provider, input);
    expect(raw).toMatchObject(answer(taskId) as object);
    if (provider === 'RUNWAY') expect((raw as { data: object }).data).not.toHaveProperty('state');
    expect(update).toMatchObject({ taskId, status: 'SUCCEEDED', videoUrl: expect.stringContaining(taskId) });
    // No provider's feed reports progress (shared/duomi-current-models.md); Kling reports no points either.
    expect((raw as { data: object }).data).not.toHaveProperty('progress');
    expect(update.progress).toBeUndefined();
    expect(update.points).toBe(provider === 'KLING' ? undefined : 10);
  });

  it.each<[VideoProvider, unknown, Record<string, unknown>]>([
    [
      'KLING',
      { prompt: 'a storm #fail' },
      { errorMessage: 'generation failed: the model could not render this prompt', refunded: undefined },
    ],
    [
      'RUNWAY',
      { prompt: 'a storm #fail' },
      { errorMessage: 'generation failed: the model could not render this prompt', points: 10, refunded: true },
    ],
    ['PIX', { prompt: 'a storm #fail' }, { points: 10, refunded: true }],
  ])('%s: a failed task reads as FAILED', async (provider, input, expected) => {
    const { update } = await runToTheEnd(provider, input);
    expect(update).toMatchObject({ status: 'FAILED', errorCode: 'UPSTREAM_FAILED', ...expected });
  });

  it("Kling's feed finds a task only under the endpoint that made it", async () => {
    const kling = providerFor('KLING');
    const { taskId } = await runToTheEnd('KLING', { prompt: 'x' });
    const wrong = await client.call({ method: 'GET', path: `/api/video/kling/v1/videos/image2video/${taskId}` });
    expect(wrong).toMatchObject({ code: 404 });
    expect(kling.buildFeed(taskId, { prompt: 'x' }).path).toBe(`/api/video/kling/v1/videos/text2video/${taskId}`);
  });
});
