import { describe, expect, it } from 'vitest';
import { startSimulator } from '../src/provider/simulator/server.js';
import { useDisposables } from './support/disposables.js';
import { startGateway } from './support/gateway.js';
import { gql, rawJobId, subscribeWs, wsClient } from './support/graphql.js';
import { scrape, sample } from './support/metrics.js';
import { GenerateVideo, VideoJobUpdated } from './support/operations.js';
import { minimalPika } from './support/pika.js';

// What an operator watches on /metrics beyond the counters of test/metrics.test.ts: upstream
// answers as each provider reads them, the queue from the database, retries, rate limits,
// HTTP traffic by route; and who may read /metrics at all.

const kling = `mutation ($prompt: String!) { generateVideo(input: { kling: { prompt: $prompt } }) { id } }`;
const klingSubmit = '/api/video/kling/v1/videos/text2video';

describe('operator metrics', () => {
  const using = useDisposables();

  it("count Kling's code 0 answers as ok, submissions and feed queries alike, and its real refusals as refused", async () => {
    // No callbacks: the job moves only through the reconciler's feed queries.
    const gateway = using(await startGateway('postgres', { RECONCILE_AFTER_SECONDS: '0.2' }), (g) => g.stop());
    gateway.app.simulator!.setKnobs({ dropRate: 1, stepMs: 20 });
    const client = using(wsClient(gateway.wsUrl), (c) => c.dispose());
    const { data } = await gql<{ generateVideo: { id: string } }>(gateway.url, kling, { prompt: 'a lighthouse' });
    const updates = await subscribeWs(client, VideoJobUpdated, { id: data!.generateVideo.id }).done;
    expect(updates.at(-1)?.data?.videoJobUpdated.status).toBe('SUCCEEDED');
    const text = await scrape(gateway.url);
    expect(sample(text, 'gateway_upstream_calls_total', { endpoint: klingSubmit, result: 'ok' })).toBe(1);
    expect(sample(text, 'gateway_upstream_calls_total', { endpoint: klingSubmit, result: 'refused' })).toBeUndefined();
    const feed = `${klingSubmit}/${updates.at(-1)!.data!.videoJobUpdated.upstreamTaskId}`;
    expect(sample(text, 'gateway_upstream_calls_total', { endpoint: feed, result: 'ok' })).toBeGreaterThanOrEqual(1);
    expect(text).not.toMatch(/result="refused"/);

    // A DuomiAPI that refuses the key: Kling's refusal is counted as one.
    const upstream = using(await startSimulator({ apiKey: 'the-right-key' }), (s) => s.close());
    const refusing = using(await startGateway('postgres', { DUOMI_BASE_URL: upstream.url, DUOMI_API_KEY: 'a-wrong-key' }), (g) => g.stop());
    const refused = await gql<{ generateVideo: { id: string } }>(refusing.url, kling, { prompt: 'a storm' });
    await expect
      .poll(async () => (await refusing.db.prisma.job.findUnique({ where: { id: rawJobId(refused.data!.generateVideo.id) } }))?.status)
      .toBe('FAILED');
    expect(sample(await scrape(refusing.url), 'gateway_upstream_calls_total', { endpoint: klingSubmit, result: 'refused' })).toBe(1);
  });

  it('show the queue from the database: depth, age of the oldest waiting job, jobs by status, and submission retries', async () => {
    const gateway = using(await startGateway('postgres'), (g) => g.stop());
    const text0 = await scrape(gateway.url);
    expect(sample(text0, 'gateway_database_up')).toBe(1);
    expect(sample(text0, 'gateway_queue_depth')).toBe(0);
    expect(sample(text0, 'gateway_queue_oldest_age_seconds')).toBe(0);

    const client = using(wsClient(gateway.wsUrl), (c) => c.dispose());
    const done = (await gql(gateway.url, GenerateVideo, { input: { pika: minimalPika('done') } })).data!.generateVideo.id;
    await subscribeWs(client, VideoJobUpdated, { id: done }).done;
    // DuomiAPI answers every submission with HTTP 500 from now on: jobs wait, and are retried.
    gateway.app.simulator!.setKnobs({ submitErrorRate: 1 });
    const waiting = [];
    for (const prompt of ['first', 'second', 'third'])
      waiting.push((await gql(gateway.url, GenerateVideo, { input: { pika: minimalPika(prompt) } })).data!.generateVideo.id);
    await gateway.db.prisma.job.updateMany({ where: { id: rawJobId(waiting[0]!) }, data: { createdAt: new Date(Date.now() - 90_000) } });

    await expect
      .poll(async () => sample(await scrape(gateway.url), 'gateway_submission_retries_total', { provider: 'PIKA', fault: 'http_5xx' }))
      .toBeGreaterThanOrEqual(3);
    const text = await scrape(gateway.url);
    expect(sample(text, 'gateway_queue_depth')).toBe(3);
    expect(sample(text, 'gateway_queue_oldest_age_seconds')).toBeGreaterThanOrEqual(90);
    expect(sample(text, 'gateway_queue_oldest_age_seconds')).toBeLessThan(300);
    expect(sample(text, 'gateway_jobs', { status: 'QUEUED' })).toBe(3);
    expect(sample(text, 'gateway_jobs', { status: 'SUCCEEDED' })).toBe(1);
    expect(sample(text, 'gateway_jobs', { status: 'FAILED' })).toBe(0);
  });

  it('count rate-limit refusals and HTTP requests by route template and status', async () => {
    const gateway = using(await startGateway('postgres', { RATE_LIMIT_PER_MINUTE: '1', MAX_SUBSCRIPTIONS_PER_CONNECTION: '1' }), (g) =>
      g.stop(),
    );
    const first = await gql(gateway.url, GenerateVideo, { input: { pika: minimalPika() } });
    const second = await gql(gateway.url, GenerateVideo, { input: { pika: minimalPika() } });
    expect(second.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    const client = using(wsClient(gateway.wsUrl), (c) => c.dispose());
    const id = first.data!.generateVideo.id;
    const held = subscribeWs(client, VideoJobUpdated, { id });
    await expect(subscribeWs(client, VideoJobUpdated, { id }).done).rejects.toEqual([
      expect.objectContaining({ extensions: { code: 'RATE_LIMITED' } }),
    ]);
    await held.done;
    expect((await fetch(`${gateway.url}/callbacks/duomi/${rawJobId(id)}?token=forged`, { method: 'POST', body: '{}' })).status).toBe(401);
    expect((await fetch(`${gateway.url}/no/such/${rawJobId(id)}`)).status).toBe(404);

    const text = await scrape(gateway.url);
    expect(sample(text, 'gateway_rate_limited_total', { limit: 'generateVideo' })).toBe(1);
    expect(sample(text, 'gateway_rate_limited_total', { limit: 'subscriptions_per_connection' })).toBe(1);
    expect(sample(text, 'gateway_http_requests_total', { route: '/graphql', method: 'POST', status: '200' })).toBe(1);
    expect(sample(text, 'gateway_http_requests_total', { route: '/graphql', method: 'POST', status: '429' })).toBe(1);
    expect(
      sample(text, 'gateway_http_requests_total', { route: '/callbacks/duomi/:jobId', method: 'POST', status: '200' }),
    ).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'gateway_http_requests_total', { route: '/callbacks/duomi/:jobId', method: 'POST', status: '401' })).toBe(1);
    expect(sample(text, 'gateway_http_requests_total', { route: 'unmatched', method: 'GET', status: '404' })).toBe(1);
    // Route templates, never raw paths: no job id in any label.
    expect(text).not.toContain(rawJobId(id));
  });

  it('/metrics needs METRICS_TOKEN as a bearer token when set, and is closed in production without one', async () => {
    const token = 'a-metrics-token-of-some-length';
    const guarded = using(await startGateway('postgres', { METRICS_TOKEN: token }), (g) => g.stop());
    const get = (url: string, authorization?: string) => fetch(`${url}/metrics`, { headers: authorization ? { authorization } : {} });
    const refused = await get(guarded.url);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await get(guarded.url, 'Bearer not-the-token')).status).toBe(401);
    expect((await get(guarded.url, token)).status).toBe(401); // a bearer token, said so
    const allowed = await get(guarded.url, `Bearer ${token}`);
    expect(allowed.status).toBe(200);
    expect(await allowed.text()).toContain('# TYPE gateway_queue_depth gauge');

    const production = {
      NODE_ENV: 'production',
      PUBLIC_URL: 'http://127.0.0.1:1',
      CALLBACK_SECRET: 'c'.repeat(40),
      DUOMI_SIMULATOR: 'true',
    };
    const closed = using(await startGateway('postgres', production), (g) => g.stop());
    expect((await get(closed.url)).status).toBe(401);
    expect(await (await get(closed.url)).json()).toMatchObject({ message: expect.stringContaining('METRICS_TOKEN') });
    const open = using(await startGateway('postgres'), (g) => g.stop());
    expect((await get(open.url)).status).toBe(200);
  });
});
