import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuomiClient } from '../src/provider/duomi-client.js';
import { startSimulator, type Simulator } from '../src/provider/simulator/server.js';
import { parseUnifiedSubmitAnswer, parseUnifiedTask, unifiedFeed, unifiedSubmit } from '../src/provider/unified-video.js';

// The unified video API's wire, as working clients speak it: the real client against the
// simulator over a socket, the raw key in `Authorization`, `{id}` back, tasks polled by id.

const key = 'unified-key';
let simulator: Simulator;
let client: DuomiClient;
let receiver: Server;
let callbackUrl: string;
const callbacks: Record<string, unknown>[] = [];

beforeAll(async () => {
  simulator = await startSimulator({ apiKey: key, knobs: { stepMs: 20 } });
  client = new DuomiClient({ baseUrl: simulator.url, apiKey: key });
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      callbacks.push(JSON.parse(Buffer.concat(chunks).toString()) as Record<string, unknown>);
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  callbackUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/cb`;
});
afterAll(async () => {
  await client.close();
  await simulator.close();
  await new Promise((resolve) => receiver.close(resolve));
});

const grok = { model: 'grok-video', prompt: 'a fox in the snow', aspect_ratio: '16:9', duration: 10, quality: '720p' };

async function raw(path: string, init: { method: string; authorization?: string; body?: unknown }) {
  const res = await fetch(simulator.url + path, {
    method: init.method,
    headers: { 'content-type': 'application/json', ...(init.authorization ? { authorization: init.authorization } : {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('the unified video API', () => {
  it('creates with the raw key in Authorization and none in the body, answers {id}, and the task is read by id to its video', async () => {
    const answer = await client.call(unifiedSubmit({ ...grok, callback_url: callbackUrl }));
    const outcome = parseUnifiedSubmitAnswer(answer);
    expect(outcome).toEqual({ kind: 'accepted', taskId: expect.any(String) });
    expect(answer).toEqual({ id: (outcome as { taskId: string }).taskId });
    const received = simulator.received.at(-1)!;
    expect(received).toMatchObject({ path: '/v1/videos/generations', keyIn: 'header', body: { ...grok, callback_url: callbackUrl } });
    const taskId = (outcome as { taskId: string }).taskId;
    await expect.poll(async () => parseUnifiedTask(await client.call(unifiedFeed(taskId))).status).toBe('SUCCEEDED');
    const done = await client.call(unifiedFeed(taskId));
    expect(done).toEqual({
      id: taskId,
      state: 'succeeded',
      progress: 100,
      message: '',
      data: { videos: [{ url: `${simulator.url}/files/${taskId}.mp4` }] },
    });
    expect(parseUnifiedTask(done)).toEqual({
      taskId,
      status: 'SUCCEEDED',
      progress: 100,
      videoUrl: `${simulator.url}/files/${taskId}.mp4`,
    });
  });

  it('takes `Bearer <key>` too, and refuses a key in the body, a wrong one or none (HTTP 401)', async () => {
    expect((await raw('/v1/videos/generations', { method: 'POST', authorization: `Bearer ${key}`, body: grok })).body).toEqual({
      id: expect.any(String),
    });
    expect(simulator.received.at(-1)!.keyIn).toBe('bearer');
    expect(await raw('/v1/videos/generations', { method: 'POST', body: { ...grok, key } })).toEqual({
      status: 401,
      body: { code: 401, message: 'missing Authorization' },
    });
    expect(await raw('/v1/videos/generations', { method: 'POST', authorization: 'wrong', body: grok })).toEqual({
      status: 401,
      body: { code: 401, message: 'invalid key' },
    });
    const wrong = new DuomiClient({ baseUrl: simulator.url, apiKey: 'wrong' });
    expect(parseUnifiedSubmitAnswer(await wrong.call(unifiedSubmit(grok)))).toEqual({
      kind: 'refused',
      code: '401',
      message: 'invalid key',
    });
    await wrong.close();
  });

  it('a 403 (no balance or no permission) is a refusal with its message; bad bodies are refused with code 400', async () => {
    const answer = await client.call(unifiedSubmit({ ...grok, prompt: 'a fox #403' }));
    expect(parseUnifiedSubmitAnswer(answer)).toEqual({
      kind: 'refused',
      code: '403',
      message: 'insufficient balance or no permission for this model',
    });
    expect(parseUnifiedSubmitAnswer(await client.call(unifiedSubmit({ ...grok, duration: 7 })))).toEqual({
      kind: 'refused',
      code: '400',
      message: 'duration must be one of 6, 10, 15, 20, 25, 30',
    });
  });

  it("calls back in the task answer's shape (`id`), or enveloped with `task_id`; both read alike", async () => {
    for (const shape of ['state', 'enveloped'] as const) {
      simulator.setKnobs({ stepMs: 20, callbackShape: shape });
      const { taskId } = parseUnifiedSubmitAnswer(await client.call(unifiedSubmit({ ...grok, callback_url: callbackUrl }))) as {
        taskId: string;
      };
      const ofTask = () => callbacks.filter((c) => c.id === taskId || (c.data as { task_id?: string } | undefined)?.task_id === taskId);
      await expect.poll(() => ofTask().length).toBe(5);
      const updates = ofTask().map(parseUnifiedTask);
      expect(updates.map((u) => u.status)).toEqual(['SUBMITTED', 'PROCESSING', 'PROCESSING', 'PROCESSING', 'SUCCEEDED']);
      expect(updates.every((u) => u.taskId === taskId)).toBe(true);
      expect(updates.at(-1)!.videoUrl).toMatch(/\.mp4$/);
    }
    simulator.setKnobs({ stepMs: 20 });
  });

  it('a Veo task created without image_urls never leaves pending, as a client reports', async () => {
    const veo = { model: 'veo3.1-fast', prompt: 'waves', generation_type: 'TEXT', aspect_ratio: '16:9', duration: 8, quality: '720p' };
    const stuck = parseUnifiedSubmitAnswer(await client.call(unifiedSubmit(veo))) as { taskId: string };
    const moving = parseUnifiedSubmitAnswer(await client.call(unifiedSubmit({ ...veo, image_urls: [] }))) as { taskId: string };
    await expect.poll(async () => parseUnifiedTask(await client.call(unifiedFeed(moving.taskId))).status).toBe('SUCCEEDED');
    expect(parseUnifiedTask(await client.call(unifiedFeed(stuck.taskId))).status).toBe('SUBMITTED');
  });

  it('reads the create answer leniently: `data.task_id`, and refusals by code or OpenAI-style error', () => {
    expect(parseUnifiedSubmitAnswer({ code: 200, data: { task_id: 't-1' } })).toEqual({ kind: 'accepted', taskId: 't-1' });
    expect(parseUnifiedSubmitAnswer({ code: 403, msg: '余额不足' })).toEqual({ kind: 'refused', code: '403', message: '余额不足' });
    expect(parseUnifiedSubmitAnswer({ error: { message: 'model not allowed', code: 'forbidden' } })).toEqual({
      kind: 'refused',
      code: 'forbidden',
      message: 'model not allowed',
    });
    expect(parseUnifiedSubmitAnswer({ ok: true })).toMatchObject({ kind: 'refused', code: 'MALFORMED_ANSWER' });
    expect(parseUnifiedTask({ id: 'grok-task-1', state: 'error', message: 'reference image rejected', data: { videos: [] } })).toEqual({
      taskId: 'grok-task-1',
      status: 'FAILED',
      progress: undefined,
      videoUrl: undefined,
      errorCode: 'UPSTREAM_FAILED',
      errorMessage: 'reference image rejected',
    });
    expect(() => parseUnifiedTask({ code: 404, message: 'task not found' })).toThrow(/names no task state/);
  });
});
