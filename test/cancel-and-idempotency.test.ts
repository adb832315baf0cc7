import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callbackToken } from '../src/jobs/callback-token.js';
import { startGateway, type TestGateway } from './support/gateway.js';
import { gql, rawJobId, subscribeWs, wsClient } from './support/graphql.js';
import { CancelVideoJob, GenerateVideo, VideoJobUpdated, VideoJobWithEvents } from './support/operations.js';
import { minimalPika } from './support/pika.js';

const secret = 'cancel-and-idempotency-secret-0123456789';
let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startGateway('postgres', { CALLBACK_SECRET: secret });
  gateway.app.simulator!.setKnobs({ stepMs: 3_600_000 }); // jobs stay in flight until the test says otherwise
});
afterAll(() => gateway.stop());

describe('cancelVideoJob', () => {
  it('ends the job CANCELED for every follower; later callbacks are recorded and ignored', async () => {
    const job = (await gql(gateway.url, GenerateVideo, { input: { pika: minimalPika() } })).data!.generateVideo;
    const client = wsClient(gateway.wsUrl);
    const follow = subscribeWs(client, VideoJobUpdated, { id: job.id });
    await expect.poll(() => follow.messages.length).toBeGreaterThan(0);

    const canceled = await gql(gateway.url, CancelVideoJob, { id: job.id });
    expect(canceled.data!.cancelVideoJob).toMatchObject({
      status: 'CANCELED',
      error: { code: 'CANCELED' },
      finishedAt: expect.any(String),
    });
    expect((await follow.done).at(-1)!.data!.videoJobUpdated.status).toBe('CANCELED'); // and the subscription completed

    const id = rawJobId(job.id);
    const late = await fetch(`${gateway.url}/callbacks/duomi/${id}?token=${callbackToken(secret, id)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ state: 'succeeded', video_url: 'https://cdn/v.mp4' }),
    });
    expect(late.status).toBe(200);
    const stored = (await gql(gateway.url, VideoJobWithEvents, { id: job.id })).data!.videoJob!;
    expect(stored).toMatchObject({ status: 'CANCELED', videoUrl: null });
    const events = await gateway.db.prisma.jobEvent.findMany({ where: { jobId: id }, orderBy: { id: 'asc' } });
    expect(events.at(-1)).toMatchObject({
      source: 'CALLBACK',
      applied: false,
      toStatus: 'CANCELED',
      payload: { state: 'succeeded', video_url: 'https://cdn/v.mp4' },
    });
    await client.dispose();
  });

  it('leaves a final job as it is, and a QUEUED job is never submitted', async () => {
    gateway.app.simulator!.setKnobs({ stepMs: 3_600_000, submitLatencyMs: 300 });
    const job = (await gql(gateway.url, GenerateVideo, { input: { pika: minimalPika('never mind') } })).data!.generateVideo;
    const before = gateway.app.simulator!.received.length;
    await gql(gateway.url, CancelVideoJob, { id: job.id });
    const again = await gql(gateway.url, CancelVideoJob, { id: job.id });
    expect(again.data!.cancelVideoJob.status).toBe('CANCELED');
    gateway.app.simulator!.setKnobs({ stepMs: 3_600_000 });
    // Whatever the dispatcher was doing, the job stays CANCELED.
    const stored = await gateway.db.prisma.job.findUniqueOrThrow({ where: { id: rawJobId(job.id) } });
    expect(stored.status).toBe('CANCELED');
    expect(gateway.app.simulator!.received.length - before).toBeLessThanOrEqual(1);
  });
});

describe('generateVideo with an idempotencyKey', () => {
  it('returns the same job for the same key and input, with one upstream task', async () => {
    const input = { pika: minimalPika('retry me') };
    const [a, b] = await Promise.all([
      gql(gateway.url, GenerateVideo, { input, idempotencyKey: 'order-42' }),
      gql(gateway.url, GenerateVideo, { input, idempotencyKey: 'order-42' }),
    ]);
    const c = await gql(gateway.url, GenerateVideo, { input: { pika: { ...minimalPika('  retry me  ') } }, idempotencyKey: 'order-42' });
    expect(new Set([a, b, c].map((r) => r.data!.generateVideo.id)).size).toBe(1);
    const id = rawJobId(a.data!.generateVideo.id);
    await expect.poll(async () => (await gateway.db.prisma.job.findUniqueOrThrow({ where: { id } })).upstreamTaskId).toBeTruthy();
    expect(gateway.app.simulator!.received.filter((r) => r.body.prompt === 'retry me')).toHaveLength(1);
  });

  it('refuses the same key with a different input (IDEMPOTENCY_KEY_REUSED), storing nothing', async () => {
    await gql(gateway.url, GenerateVideo, { input: { pika: minimalPika('first') }, idempotencyKey: 'order-43' });
    const count = await gateway.db.prisma.job.count();
    const reused = await gql(gateway.url, GenerateVideo, { input: { pika: minimalPika('second') }, idempotencyKey: 'order-43' });
    expect(reused.errors?.[0]?.extensions?.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await gateway.db.prisma.job.count()).toBe(count);
  });
});
