import { describe, expect, it } from 'vitest';
import { callbackToken } from '../src/jobs/callback-token.js';
import { useDisposables } from './support/disposables.js';
import { startGateway } from './support/gateway.js';
import { gql, rawJobId, subscribeWs, wsClient } from './support/graphql.js';
import { GenerateVideo, VideoJobUpdated } from './support/operations.js';
import { minimalPika } from './support/pika.js';

describe('jobs whose callbacks never come', () => {
  const using = useDisposables();

  it("are settled through the provider's feed", async () => {
    const gateway = using(await startGateway('postgres', { RECONCILE_AFTER_SECONDS: '0.3' }), (g) => g.stop());
    gateway.app.simulator!.setKnobs({ stepMs: 50, dropRate: 1 }); // every callback lost
    const client = using(wsClient(gateway.wsUrl), (c) => c.dispose());
    const job = (await gql(gateway.url, GenerateVideo, { input: { pika: minimalPika() } })).data!.generateVideo;
    const seen = await subscribeWs(client, VideoJobUpdated, { id: job.id }).done;
    expect(seen.at(-1)!.data!.videoJobUpdated).toMatchObject({ status: 'SUCCEEDED', videoUrl: expect.stringMatching(/\.mp4$/) });
    const events = await gateway.db.prisma.jobEvent.findMany({ where: { jobId: rawJobId(job.id) }, orderBy: { id: 'asc' } });
    expect(events.at(-1)).toMatchObject({ source: 'POLL', toStatus: 'SUCCEEDED' });
    expect(gateway.app.simulator!.sentCallbacks).toHaveLength(0);
  });

  it('fail with TIMEOUT past their deadline; a real result that comes later still wins', async () => {
    const secret = 'deadline-test-secret-0123456789abcdef';
    const gateway = using(
      await startGateway('postgres', { RECONCILE_AFTER_SECONDS: '0.2', JOB_DEADLINE_SECONDS: '0.5', CALLBACK_SECRET: secret }),
      (g) => g.stop(),
    );
    gateway.app.simulator!.setKnobs({ stepMs: 3_600_000 }); // the provider never finishes
    const client = using(wsClient(gateway.wsUrl), (c) => c.dispose());
    const job = (await gql(gateway.url, GenerateVideo, { input: { pika: minimalPika() } })).data!.generateVideo;
    const seen = await subscribeWs(client, VideoJobUpdated, { id: job.id }).done;
    expect(seen.at(-1)!.data!.videoJobUpdated).toMatchObject({ status: 'FAILED', error: { code: 'TIMEOUT' } });

    const id = rawJobId(job.id);
    const late = await fetch(`${gateway.url}/callbacks/duomi/${id}?token=${callbackToken(secret, id)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ state: 'succeeded', video_url: 'https://cdn/late.mp4' }),
    });
    expect(await late.json()).toMatchObject({ applied: true, status: 'SUCCEEDED' });
    expect(await gateway.db.prisma.job.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'SUCCEEDED',
      errorCode: null,
      videoUrl: 'https://cdn/late.mp4',
    });
  });
});
