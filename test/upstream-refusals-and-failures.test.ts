import { describe, expect, it } from 'vitest';
import { startSimulator } from '../src/provider/simulator/server.js';
import { useDisposables } from './support/disposables.js';
import { startGateway } from './support/gateway.js';
import { gql, subscribeWs, wsClient } from './support/graphql.js';
import { GenerateVideo, VideoJobUpdated, VideoJobWithEvents } from './support/operations.js';
import { minimalPika } from './support/pika.js';

describe('when DuomiAPI says no, or the task fails', () => {
  const using = useDisposables();

  it("a refusal (wrong key) leaves the job FAILED with the upstream's code and message, not a GraphQL error", async () => {
    const simulator = using(await startSimulator({ apiKey: 'the-right-key' }), (s) => s.close());
    const gateway = using(await startGateway('postgres', { DUOMI_BASE_URL: simulator.url, DUOMI_API_KEY: 'a-wrong-key-1234' }), (g) =>
      g.stop(),
    );
    const client = using(wsClient(gateway.wsUrl), (c) => c.dispose());
    const created = await gql(gateway.url, GenerateVideo, { input: { pika: minimalPika() } });
    expect(created.errors).toBeUndefined();
    const seen = await subscribeWs(client, VideoJobUpdated, { id: created.data!.generateVideo.id }).done;
    const last = seen.at(-1)!.data!.videoJobUpdated;
    expect(last).toMatchObject({ status: 'FAILED', error: { code: '401', message: 'key 无效' }, videoUrl: null, upstreamTaskId: null });
    expect(JSON.stringify(seen)).not.toContain('a-wrong-key-1234');
    expect(simulator.tasks.size).toBe(0);
  });

  it("an upstream `error` state ends the job FAILED with the provider's message", async () => {
    const gateway = using(await startGateway('postgres'), (g) => g.stop());
    const client = using(wsClient(gateway.wsUrl), (c) => c.dispose());
    const created = await gql(gateway.url, GenerateVideo, { input: { pika: minimalPika('a storm #fail') } });
    const seen = await subscribeWs(client, VideoJobUpdated, { id: created.data!.generateVideo.id }).done;
    const statuses = seen.map((m) => m.data!.videoJobUpdated.status);
    expect(statuses).toContain('PROCESSING');
    expect(seen.at(-1)!.data!.videoJobUpdated).toMatchObject({
      status: 'FAILED',
      error: { code: 'UPSTREAM_FAILED', message: 'generation failed: the model could not render this prompt' },
      finishedAt: expect.any(String),
    });
  });

  it('HTTP 5xx and 429 from DuomiAPI are retried until the task is accepted, once', async () => {
    const gateway = using(await startGateway('postgres'), (g) => g.stop());
    const simulator = gateway.app.simulator!;
    simulator.setKnobs({ submitErrorRate: 1 });
    const created = await gql(gateway.url, GenerateVideo, { input: { pika: minimalPika() } });
    const id = created.data!.generateVideo.id;
    await expect.poll(() => simulator.faults.http500, { timeout: 5_000 }).toBeGreaterThanOrEqual(1);
    simulator.setKnobs({ submitThrottleRate: 1 });
    await expect.poll(() => simulator.faults.http429, { timeout: 5_000 }).toBeGreaterThanOrEqual(1);
    expect((await gql(gateway.url, VideoJobWithEvents, { id })).data!.videoJob!.status).toBe('QUEUED');
    simulator.setKnobs({});
    const client = using(wsClient(gateway.wsUrl), (c) => c.dispose());
    const seen = await subscribeWs(client, VideoJobUpdated, { id }).done;
    expect(seen.at(-1)!.data!.videoJobUpdated.status).toBe('SUCCEEDED');
    expect(simulator.tasks.size).toBe(1);
  });
});
