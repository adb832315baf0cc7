import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VideoProvider } from '../src/db/generated/enums.js';
import { providerFor } from '../src/provider/registry.js';
import { startSimulator, type Simulator } from '../src/provider/simulator/server.js';
import type { UpstreamRequest } from '../src/provider/types.js';

// The DuomiAPI simulator speaks every provider's endpoints: the key in the body, the URL or the
// header; faults from the knobs on every route; callbacks in each provider's vocabulary; a poster
// and a video per task.

const key = 'sim-key';
let simulator: Simulator;
let receiver: Server;
let callbackUrl: string;
/** Callback bodies received, by task id. */
const callbacks = new Map<string, Record<string, unknown>[]>();

beforeAll(async () => {
  simulator = await startSimulator({ apiKey: key, knobs: { stepMs: 20 } });
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString()) as Record<string, unknown>;
      const data = (body.data ?? body) as Record<string, unknown>;
      const taskId = String(data.task_id ?? data.id ?? body.id);
      callbacks.set(taskId, [...(callbacks.get(taskId) ?? []), body]);
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  callbackUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/cb`;
});
afterAll(async () => {
  await simulator.close();
  await new Promise((resolve) => receiver.close(resolve));
});

const inputs: Record<VideoProvider, unknown> = {
  PIKA: { prompt: 'x', ratio: 'RATIO_16_9', options: { frameRate: 12 } },
  KLING: { prompt: 'x' },
  LUMA: { prompt: 'x' },
  RUNWAY: { prompt: 'x' },
  PIX: { prompt: 'x' },
  SORA: { prompt: 'x' },
  VEO: { prompt: 'x' },
  GROK: { prompt: 'x' },
};
/** The unified video API (Sora, Veo, Grok) takes the key in `Authorization` only, and answers `{code, message}`. */
const unified = new Set<VideoProvider>(['SORA', 'VEO', 'GROK']);
const providers = Object.keys(inputs) as VideoProvider[];
const submitOf = (provider: VideoProvider) =>
  providerFor(provider).buildSubmit(providerFor(provider).normalize(inputs[provider]), callbackUrl);

/** Sends a request with the key where `keyIn` says, as a raw HTTP call. */
async function call(request: UpstreamRequest, keyIn: 'body' | 'url' | 'header' | 'none', withKey = key) {
  const url = new URL(simulator.url + request.path);
  for (const [k, v] of Object.entries(request.query ?? {})) url.searchParams.set(k, v);
  if (keyIn === 'url') url.searchParams.set('key', withKey);
  const body = request.method === 'POST' ? JSON.stringify({ ...request.body, ...(keyIn === 'body' ? { key: withKey } : {}) }) : undefined;
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(keyIn === 'header' ? { authorization: withKey } : {}) };
  const res = await fetch(url, { method: request.method, headers, body });
  return {
    status: res.status,
    answer: (await res.json().catch(() => undefined)) as { code: number; data?: { task_id?: string } } | undefined,
  };
}

/** Where each provider takes the key: Kling's official format only in the header. */
const keyPlaces = (provider: VideoProvider) => (provider === 'KLING' ? (['header'] as const) : (['body', 'url', 'header'] as const));
const ownKeyPlace = (provider: VideoProvider) => keyPlaces(provider)[0];

describe('the simulator', () => {
  it.each(providers.filter((p) => !unified.has(p)))(
    '%s: takes the key where the provider does, and refuses a wrong, missing or misplaced one',
    async (provider) => {
      for (const keyIn of keyPlaces(provider)) {
        const { answer } = await call(submitOf(provider), keyIn);
        expect(providerFor(provider).parseSubmitAnswer(answer).kind, keyIn).toBe('accepted');
      }
      // Kling's header-only endpoints answer HTTP 401 in Kling's own format; the others DuomiAPI's 200 with a code.
      const [wrong, missing] =
        provider === 'KLING'
          ? [{ code: 401 }, { code: 401 }]
          : [
              { code: 401, msg: 'key 无效' },
              { code: 401, msg: '缺少 key' },
            ];
      expect((await call(submitOf(provider), ownKeyPlace(provider), 'wrong')).answer).toMatchObject(wrong);
      expect((await call(submitOf(provider), 'none')).answer).toMatchObject(missing);
      if (provider === 'KLING')
        for (const misplaced of ['body', 'url'] as const)
          expect((await call(submitOf(provider), misplaced)).answer).toMatchObject({ code: 401 });
    },
  );

  it.each([...unified])('%s: takes the key in the header only, and refuses it anywhere else (HTTP 401)', async (provider) => {
    const { answer } = await call(submitOf(provider), 'header');
    expect(providerFor(provider).parseSubmitAnswer(answer).kind).toBe('accepted');
    for (const keyIn of ['body', 'url', 'none'] as const) expect((await call(submitOf(provider), keyIn)).status, keyIn).toBe(401);
    const wrong = await fetch(simulator.url + submitOf(provider).path, {
      method: 'POST',
      headers: { authorization: 'wrong' },
      body: JSON.stringify(submitOf(provider).body),
    });
    expect({ status: wrong.status, body: await wrong.json() }).toEqual({ status: 401, body: { code: 401, message: 'invalid key' } });
  });

  it.each(providers)('%s: the fault knobs apply (HTTP 500, 429 with Retry-After)', async (provider) => {
    simulator.setKnobs({ submitErrorRate: 1 });
    expect((await call(submitOf(provider), 'body')).status).toBe(500);
    simulator.setKnobs({ submitThrottleRate: 1 });
    expect((await call(submitOf(provider), 'body')).status).toBe(429);
    simulator.setKnobs({ stepMs: 20 });
  });

  it.each<[VideoProvider, (body: Record<string, unknown>) => unknown]>([
    ['PIKA', (b) => b.state],
    ['KLING', (b) => b.task_status],
    ['LUMA', (b) => b.state],
    ['RUNWAY', (b) => ('state' in b ? 'has state' : b.status)],
    ['PIX', (b) => b.state],
    ['SORA', (b) => b.state],
    ['VEO', (b) => b.state],
    ['GROK', (b) => b.state],
  ])('%s: calls back in its own vocabulary, and serves a poster and a video for the task', async (provider, stateOf) => {
    const { answer } = await call(submitOf(provider), unified.has(provider) ? 'header' : ownKeyPlace(provider));
    const outcome = providerFor(provider).parseSubmitAnswer(answer);
    const taskId = (outcome as { taskId: string }).taskId;
    await expect.poll(() => callbacks.get(taskId)?.length ?? 0).toBe(5); // pending, three running steps, succeeded
    const states = callbacks.get(taskId)!.map(stateOf);
    const expected = {
      PIKA: 'succeeded',
      KLING: 'succeed',
      LUMA: 'succeeded',
      RUNWAY: '3',
      PIX: 'succeeded',
      SORA: 'succeeded',
      VEO: 'succeeded',
      GROK: 'succeeded',
    }[provider];
    expect(states).toContain(expected);
    expect(states).not.toContain('has state');
    for (const file of [`${taskId}.mp4`, `${taskId}.svg`]) expect((await fetch(`${simulator.url}/files/${file}`)).status).toBe(200);
  });
});
