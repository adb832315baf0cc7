import { describe, expect, it } from 'vitest';
import { callbackToken } from '../src/jobs/callback-token.js';
import { useDisposables } from './support/disposables.js';
import { startGateway } from './support/gateway.js';
import { gql, subscribeWs, wsClient } from './support/graphql.js';
import { scrape, sample } from './support/metrics.js';
import { GenerateVideo, VideoJobsUpdated, VideoJobUpdated } from './support/operations.js';
import { minimalPika } from './support/pika.js';

const secret = 'a-test-callback-secret-of-enough-length';
const rawId = (globalId: string) => Buffer.from(globalId, 'base64').toString().split(':')[1]!;

describe('/metrics', () => {
  const using = useDisposables();

  it('counts jobs, upstream calls, operation durations and open subscriptions after real jobs', async () => {
    const gateway = using(await startGateway('postgres'), (g) => g.stop());
    gateway.app.simulator!.setKnobs({ reportProgress: true }); // so each `running` callback is news
    const client = using(wsClient(gateway.wsUrl), (c) => c.dispose());
    const dashboard = subscribeWs(client, VideoJobsUpdated, {});
    await expect.poll(async () => sample(await scrape(gateway.url), 'gateway_subscriptions_open', { field: 'videoJobsUpdated' })).toBe(1);

    const ok = (await gql(gateway.url, GenerateVideo, { input: { pika: minimalPika('a lighthouse') } })).data!.generateVideo.id;
    const failing = (await gql(gateway.url, GenerateVideo, { input: { pika: minimalPika('a storm #fail') } })).data!.generateVideo.id;
    for (const id of [ok, failing]) await subscribeWs(client, VideoJobUpdated, { id }).done;

    const text = await scrape(gateway.url);
    expect(sample(text, 'gateway_jobs_created_total', { provider: 'PIKA' })).toBe(2);
    expect(sample(text, 'gateway_jobs_finished_total', { provider: 'PIKA', status: 'SUCCEEDED' })).toBe(1);
    expect(sample(text, 'gateway_jobs_finished_total', { provider: 'PIKA', status: 'FAILED' })).toBe(1);
    expect(sample(text, 'gateway_job_time_to_final_seconds_count', { provider: 'PIKA', status: 'SUCCEEDED' })).toBe(1);
    expect(sample(text, 'gateway_job_time_to_final_seconds_sum', { provider: 'PIKA', status: 'SUCCEEDED' })).toBeGreaterThan(0);
    // Each job took three `running` callbacks and a final one at least.
    expect(sample(text, 'gateway_callbacks_total', { outcome: 'applied' })).toBeGreaterThanOrEqual(8);
    const submit = { endpoint: '/api/video/pika/pro/generate', result: 'ok' };
    expect(sample(text, 'gateway_upstream_calls_total', submit)).toBe(2);
    expect(sample(text, 'gateway_upstream_call_duration_seconds_count', submit)).toBe(2);
    expect(
      sample(text, 'gateway_graphql_operation_duration_seconds_count', { type: 'mutation', fields: 'generateVideo', outcome: 'ok' }),
    ).toBe(2);
    expect(sample(text, 'gateway_subscriptions_open', { field: 'videoJobsUpdated' })).toBe(1);
    expect(sample(text, 'gateway_subscriptions_open', { field: 'videoJobUpdated' })).toBe(0); // completed after the final state
    expect(text).toContain('# TYPE gateway_reconciliation_polls_total counter');
    expect(text).toContain('# TYPE process_resident_memory_bytes gauge');

    dashboard.stop();
    await expect.poll(async () => sample(await scrape(gateway.url), 'gateway_subscriptions_open', { field: 'videoJobsUpdated' })).toBe(0);
  });

  it('counts each callback by outcome: applied, duplicate, stale, rejected with its reason', async () => {
    const gateway = using(await startGateway('postgres', { CALLBACK_SECRET: secret }), (g) => g.stop());
    gateway.app.simulator!.setKnobs({ stepMs: 3_600_000 }); // silent: the test is DuomiAPI here
    const id = rawId((await gql(gateway.url, GenerateVideo, { input: { pika: minimalPika() } })).data!.generateVideo.id);
    await expect.poll(async () => (await gateway.db.prisma.job.findUnique({ where: { id } }))?.status).toBe('SUBMITTED');
    const post = (body: unknown, token = callbackToken(secret, id)) =>
      fetch(`${gateway.url}/callbacks/duomi/${id}?token=${token}`, { method: 'POST', body: JSON.stringify(body) }).then((r) => r.status);

    expect(await post({ state: 'running', progress: 40 })).toBe(200); // applied
    expect(await post({ state: 'running', progress: 40 })).toBe(200); // duplicate
    expect(await post({ state: 'running', progress: 20 })).toBe(200); // stale
    expect(await post({ state: 'pending' })).toBe(200); // stale
    expect(await post({ state: 'succeeded', video_url: 'https://cdn/v.mp4' })).toBe(200); // applied
    expect(await post({ state: 'succeeded', video_url: 'https://cdn/v.mp4' })).toBe(200); // duplicate
    expect(await post({ state: 'running', progress: 90 })).toBe(200); // stale
    expect(await post({ state: 'running' }, 'forged')).toBe(401);
    expect(await post({ state: 'melting' })).toBe(422);

    const text = await scrape(gateway.url);
    expect(sample(text, 'gateway_callbacks_total', { outcome: 'applied' })).toBe(2);
    expect(sample(text, 'gateway_callbacks_total', { outcome: 'duplicate' })).toBe(2);
    expect(sample(text, 'gateway_callbacks_total', { outcome: 'stale' })).toBe(3);
    expect(sample(text, 'gateway_callbacks_total', { outcome: 'rejected', reason: 'bad_token' })).toBe(1);
    expect(sample(text, 'gateway_callbacks_total', { outcome: 'rejected', reason: 'unknown_state' })).toBe(1);
  });

  it('are kept per app, in the Prometheus text format: two gateways in one process count apart', async () => {
    const [a, b] = await Promise.all([startGateway('postgres'), startGateway('postgres')]);
    using(a, (g) => g.stop());
    using(b, (g) => g.stop());
    await gql(a.url, GenerateVideo, { input: { pika: minimalPika() } });
    expect(sample(await scrape(a.url), 'gateway_jobs_created_total', { provider: 'PIKA' })).toBe(1);
    expect(sample(await scrape(b.url), 'gateway_jobs_created_total', { provider: 'PIKA' })).toBeUndefined();
    expect((await fetch(`${a.url}/metrics`)).headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  });
});
