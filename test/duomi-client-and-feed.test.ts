import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuomiClient, UpstreamFault } from '../src/provider/duomi-client.js';
import { pika } from '../src/provider/pika.js';
import { startSimulator, type Simulator } from '../src/provider/simulator/server.js';

// The real client against the simulator over a socket.

let simulator: Simulator;
beforeAll(async () => {
  simulator = await startSimulator({ apiKey: 'k-123', knobs: { stepMs: 20 } });
});
afterAll(() => simulator.close());

const input = { prompt: 'x', ratio: 'RATIO_1_1', options: { frameRate: 10 } } as const;
const body = pika.buildSubmit(input, 'http://127.0.0.1:9/nowhere');

describe('DuomiClient', () => {
  it('submits with the key in the body and follows the task through feed (key in Authorization)', async () => {
    const client = new DuomiClient({ baseUrl: simulator.url, apiKey: 'k-123' });
    const outcome = pika.parseSubmitAnswer(await client.call(body));
    expect(outcome).toEqual({ kind: 'accepted', taskId: expect.any(String) });
    const taskId = (outcome as { taskId: string }).taskId;
    await expect
      .poll(async () => pika.parseUpdate(await client.call(pika.buildFeed(taskId, input))).status, { timeout: 10_000 })
      .toBe('SUCCEEDED');
    expect(pika.parseUpdate(await client.call(pika.buildFeed(taskId, input)))).toMatchObject({
      taskId,
      status: 'SUCCEEDED',
      videoUrl: expect.stringContaining(taskId),
    });
  });

  it('reads refusals as final, with the upstream code and message', async () => {
    const wrong = new DuomiClient({ baseUrl: simulator.url, apiKey: 'nope' });
    expect(pika.parseSubmitAnswer(await wrong.call(body))).toEqual({ kind: 'refused', code: '401', message: 'key 无效' });
    const client = new DuomiClient({ baseUrl: simulator.url, apiKey: 'k-123' });
    const noPrompt = { ...body, body: { ...body.body, prompt: '' } };
    expect(pika.parseSubmitAnswer(await client.call(noPrompt))).toEqual({ kind: 'refused', code: '400', message: 'prompt 必填' });
  });

  it('throws UpstreamFault for what may pass: 5xx, 429 with Retry-After, a closed port, a time-out', async () => {
    const client = new DuomiClient({ baseUrl: simulator.url, apiKey: 'k-123', limits: { totalMs: 200 } });
    simulator.setKnobs({ submitErrorRate: 1 });
    await expect(client.call(body)).rejects.toThrow(new UpstreamFault('POST /api/video/pika/pro/generate: HTTP 500', 'http_5xx'));
    simulator.setKnobs({ submitThrottleRate: 1 });
    await expect(client.call(body)).rejects.toMatchObject({ name: 'UpstreamFault', retryAfterSeconds: 1 });
    simulator.setKnobs({ submitLatencyMs: 1_000 });
    await expect(client.call(body)).rejects.toMatchObject({
      kind: 'timeout',
      message: expect.stringMatching(/no whole answer within 200 ms/),
    });
    simulator.setKnobs({ stepMs: 20 });
    const closed = new DuomiClient({ baseUrl: 'http://127.0.0.1:59999', apiKey: 'k-123' });
    await expect(closed.call(body)).rejects.toThrow(/ECONNREFUSED/);
  });
});
