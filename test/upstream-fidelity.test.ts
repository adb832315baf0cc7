import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from 'graphql-ws';
import { callbackToken } from '../src/jobs/callback-token.js';
import { DuomiClient } from '../src/provider/duomi-client.js';
import { kling } from '../src/provider/kling.js';
import { startSimulator, type Simulator } from '../src/provider/simulator/server.js';
import { useDisposables } from './support/disposables.js';
import { generateAndFollow, receivedBody } from './support/follow-job.js';
import { startGateway, useSharedGateway, type TestGateway } from './support/gateway.js';
import { gql, rawJobId, wsClient } from './support/graphql.js';
import type { GenerateVideoInput } from './support/generated/graphql.js';
import { GenerateVideo, PixSettings } from './support/operations.js';

// What the real DuomiAPI would break (shared/duomi-current-models.md, "Corrections"): each fix with
// the exact upstream request the simulator received, and answers in the provider's own dialect.

const secret = 'a-test-callback-secret-of-enough-length';
let gateway: TestGateway;
let client: Client;
useSharedGateway((g, c) => ([gateway, client] = [g, c]), { CALLBACK_SECRET: secret });

const refusal = async (input: GenerateVideoInput) => {
  const { errors } = await gql(gateway.url, GenerateVideo, { input });
  expect(errors).toHaveLength(1);
  return { code: errors![0]!.extensions!.code, fields: errors![0]!.extensions!.fields };
};

describe('PIX effects', () => {
  it('takes a 15-digit effect id and sends it as a JSON number', async () => {
    const { job, last, submission } = await generateAndFollow(gateway, client, {
      pix: { prompt: 'we are venom', effect: 303624537709312 },
    });
    expect(last.status).toBe('SUCCEEDED');
    expect(receivedBody(submission)).toEqual({ model: 'auto', prompt: 'we are venom', ratio: '16:9', template_id: 303624537709312 });
    const { data } = await gql(gateway.url, PixSettings, { id: job.id });
    expect(data!.videoJob!.settings).toMatchObject({ effect: 303624537709312, cameraMovement: null });
  });

  it('sends a camera movement, and refuses one together with an effect, naming the rule', async () => {
    const { submission } = await generateAndFollow(gateway, client, { pix: { prompt: 'a dolly', cameraMovement: 'SUPER_DOLLY_OUT' } });
    expect(receivedBody(submission)).toMatchObject({ camera_movement: 'super_dolly_out' });
    expect(await refusal({ pix: { prompt: 'x', effect: 302325299692608, cameraMovement: 'ZOOM_IN' } })).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ path: ['input', 'pix', 'cameraMovement'], message: 'PIX takes a camera movement or an effect, not both' }],
    });
  });
});

describe("Kling's key", () => {
  it('goes in the Authorization header, raw, never in the body', async () => {
    const { last, submission } = await generateAndFollow(gateway, client, { kling: { prompt: 'a storm at sea' } });
    expect(last.status).toBe('SUCCEEDED');
    expect(submission!.keyIn).toBe('header'); // raw: 'bearer' would be `Bearer <key>`
    expect(submission!.body).not.toHaveProperty('key');
  });

  describe('against the simulator alone', () => {
    let simulator: Simulator;
    beforeAll(async () => {
      simulator = await startSimulator({ apiKey: 'k-kling-1', knobs: { stepMs: 10 } });
    });
    afterAll(() => simulator.close());

    it('is what the query sends too; a key in the body alone is refused', async () => {
      const duomi = new DuomiClient({ baseUrl: simulator.url, apiKey: 'k-kling-1' });
      const input = kling.normalize({ prompt: 'x' });
      const created = kling.parseSubmitAnswer(await duomi.call(kling.buildSubmit(input, 'http://127.0.0.1:9/none'), kling.successCodes));
      expect(created.kind).toBe('accepted');
      const taskId = (created as { taskId: string }).taskId;
      await expect
        .poll(async () => kling.parseUpdate(await duomi.call(kling.buildFeed(taskId, input), kling.successCodes)).status)
        .toBe('SUCCEEDED');
      // The same request with the key in the body, as the gateway sent it before.
      const inBody = await duomi.call({ ...kling.buildSubmit(input, 'http://127.0.0.1:9/none'), keyIn: 'body' });
      expect(inBody).toMatchObject({ code: 401 });
      const feedInBody = await fetch(`${simulator.url}${kling.buildFeed(taskId, input).path}?key=k-kling-1`);
      expect(await feedInBody.json()).toMatchObject({ code: 401 });
      await duomi.close();
    });
  });
});

describe('failure messages, in each dialect', () => {
  /** A job the simulator has accepted (and leaves alone), and a way to post its callbacks. */
  async function acceptedJob(input: GenerateVideoInput) {
    const { data } = await gql(gateway.url, GenerateVideo, { input });
    const jobId = rawJobId(data!.generateVideo.id);
    await expect.poll(async () => (await stored(jobId))?.upstreamTaskId, { timeout: 20_000 }).toBeTruthy();
    const taskId = (await stored(jobId))!.upstreamTaskId!;
    const post = (body: unknown) =>
      fetch(`${gateway.url}/callbacks/duomi/${jobId}?token=${callbackToken(secret, jobId)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    return { jobId, taskId, post };
  }
  const stored = (jobId: string) => gateway.db.prisma.job.findUnique({ where: { id: jobId } });

  it.each<[string, GenerateVideoInput, (taskId: string) => unknown, string]>([
    [
      "DuomiAPI's data.msg before fail_reason",
      { luma: { prompt: 'x' } },
      (t) => ({ code: 200, msg: '成功', data: { task_id: t, state: 'error', msg: 'NSFW content', fail_reason: 'older field' } }),
      'NSFW content',
    ],
    [
      "Kling's task_status_msg before fail_reason",
      { kling: { prompt: 'x' } },
      (t) => ({ task_id: t, task_status: 'failed', task_status_msg: 'risk control', fail_reason: 'older field' }),
      'risk control',
    ],
    [
      "the unified API's message before fail_reason",
      { pix: { prompt: 'x' } },
      (t) => ({ id: t, state: 'error', message: 'reference image rejected', fail_reason: 'older field' }),
      'reference image rejected',
    ],
    [
      'fail_reason when nothing else says',
      { runway: { prompt: 'x' } },
      (t) => ({ task_id: t, status: '2', msg: '', fail_reason: 'out of credits' }),
      'out of credits',
    ],
  ])('%s', async (_case, input, body, message) => {
    gateway.app.simulator!.setKnobs({ stepMs: 3_600_000 });
    try {
      const { jobId, taskId, post } = await acceptedJob(input);
      expect((await post(body(taskId))).status).toBe(200);
      expect(await stored(jobId)).toMatchObject({ status: 'FAILED', errorCode: 'UPSTREAM_FAILED', errorMessage: message });
    } finally {
      gateway.app.simulator!.setKnobs({});
    }
  });

  it("the simulator's failures say why in data.msg, and the job shows it", async () => {
    const { last } = await generateAndFollow(gateway, client, { luma: { prompt: 'a storm #fail' } });
    expect(last.error).toEqual({ code: 'UPSTREAM_FAILED', message: 'generation failed: the model could not render this prompt' });
  });
});

describe('progress', () => {
  it('is not invented: the providers of DuomiAPI report none, so a job goes from 0 to 100', async () => {
    const { statuses, last } = await generateAndFollow(gateway, client, { runway: { prompt: 'a neon city' } });
    expect(statuses).toContain('PROCESSING');
    expect(last.progress).toBe(100);
    const events = await gateway.db.prisma.jobEvent.findMany({ where: { jobId: rawJobId(last.id) }, orderBy: { id: 'asc' } });
    expect(events.filter((e) => e.toStatus !== 'SUCCEEDED').map((e) => e.progress)).toEqual(
      events.filter((e) => e.toStatus !== 'SUCCEEDED').map(() => 0),
    );
    const callbacks = events.filter((e) => e.source === 'CALLBACK').map((e) => e.payload as Record<string, unknown>);
    expect(callbacks.length).toBeGreaterThan(0);
    for (const payload of callbacks) expect(payload).not.toHaveProperty('progress');
  });

  it('is reported when the knob turns it on', async () => {
    gateway.app.simulator!.setKnobs({ reportProgress: true });
    try {
      const { last } = await generateAndFollow(gateway, client, { pix: { prompt: 'a robot' } });
      const events = await gateway.db.prisma.jobEvent.findMany({ where: { jobId: rawJobId(last.id), toStatus: 'PROCESSING' } });
      expect(events.map((e) => e.progress)).toContain(75);
    } finally {
      gateway.app.simulator!.setKnobs({});
    }
  });
});

describe('outputs', () => {
  it("keeps Runway's last frame as lastFrameUrl", async () => {
    const { last } = await generateAndFollow(gateway, client, { runway: { prompt: 'a neon city' } });
    expect(last).toMatchObject({
      status: 'SUCCEEDED',
      lastFrameUrl: expect.stringMatching(/\/files\/[\w-]+-last\.svg$/),
      previewUrl: null,
    });
    expect((await fetch(last.lastFrameUrl!)).status).toBe(200);
  });

  it("keeps PIX's animated preview as previewUrl", async () => {
    const { last } = await generateAndFollow(gateway, client, { pix: { prompt: 'a robot' } });
    expect(last).toMatchObject({
      status: 'SUCCEEDED',
      previewUrl: expect.stringMatching(/\/files\/[\w-]+-preview\.webp$/),
      lastFrameUrl: null,
    });
    const preview = await fetch(last.previewUrl!);
    expect(preview.headers.get('content-type')).toBe('image/webp');
  });

  it("reads no poster from Kling, whose videos are {id, url, duration}, and keeps the video's id", async () => {
    const { last } = await generateAndFollow(gateway, client, { kling: { prompt: 'x' } });
    expect(last).toMatchObject({ status: 'SUCCEEDED', posterUrl: null, lastFrameUrl: null, previewUrl: null });
    expect((await gateway.db.prisma.job.findUnique({ where: { id: rawJobId(last.id) } }))!.upstreamVideoId).toBe(
      `${last.upstreamTaskId}-v0`,
    );
  });
});

describe('Kling refuses a last frame with a camera move', () => {
  it('and so does the gateway, first, naming the rule', async () => {
    expect(
      await refusal({
        kling: { prompt: 'x', image: 'https://example.com/a.png', imageTail: 'https://example.com/b.png', camera: { type: 'DOWN_BACK' } },
      }),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ path: ['input', 'kling', 'imageTail'], message: 'Kling takes a last frame (imageTail) or a camera move, not both' }],
    });
  });
});

describe("Runway video-to-video's endpoint", () => {
  const using = useDisposables();

  it.each([
    ['by default, /pro/video2video', {}, '/api/video/runway/pro/video2video'],
    [
      'with RUNWAY_VIDEO_TO_VIDEO_ENDPOINT=generate, /pro/generate',
      { RUNWAY_VIDEO_TO_VIDEO_ENDPOINT: 'generate' },
      '/api/video/runway/pro/generate',
    ],
  ])('%s', async (_case, env, path) => {
    const own = using(await startGateway('postgres', env), (g) => g.stop());
    const ownClient = using(wsClient(own.wsUrl), (c) => c.dispose());
    const { last, submission } = await generateAndFollow(own, ownClient, {
      runway: { video: 'https://example.com/walk.mp4', prompt: 'as a watercolour' },
    });
    expect(last.status).toBe('SUCCEEDED');
    expect(submission!.path).toBe(path);
    expect(receivedBody(submission)).toEqual({ video: 'https://example.com/walk.mp4', model: 'gen3', prompt: 'as a watercolour' });
  });
});
