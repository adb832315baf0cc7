import { describe, expect, it } from 'vitest';
import { useDisposables } from './support/disposables.js';
import { startGateway } from './support/gateway.js';
import { gql, subscribeWs, wsClient } from './support/graphql.js';
import { operate } from './support/transports.js';

// What stock clients tripped on: yoga's HTTP details in graphql-ws errors, NOT_FOUND messages
// naming the stored UUID, Pika alone requiring ratio and frame rate, Pothos's connection names.

// A well-formed VideoJob id of no job: base64("VideoJob:<uuid>").
const missingId = Buffer.from('VideoJob:01939d1c-0000-7000-8000-0000000000ff').toString('base64');

describe('small API frictions', () => {
  const using = useDisposables();

  it('graphql-ws errors carry no extensions.http; HTTP still answers with its status', async () => {
    const gateway = using(await startGateway('postgres', { RATE_LIMIT_PER_MINUTE: '1' }), (g) => g.stop());
    const ws = using(wsClient(gateway.wsUrl), (c) => c.dispose());
    const generate = 'mutation { generateVideo(input: { luma: { prompt: "a paper boat" } }) { id } }';
    expect((await operate('graphql-ws', { url: gateway.url, ws }, generate)).errors).toBeUndefined();
    const [limited] = await subscribeWs(ws, generate).done;
    expect(limited!.errors).toEqual([
      {
        message: expect.stringMatching(/too many videos requested/),
        path: ['generateVideo'],
        locations: expect.any(Array),
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) },
      },
    ]);
    const overHttp = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: generate }),
    });
    expect(overHttp.status).toBe(429);
    expect(overHttp.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('NOT_FOUND names the id the client sent, on every transport', async () => {
    const gateway = using(await startGateway('postgres'), (g) => g.stop());
    const ws = using(wsClient(gateway.wsUrl), (c) => c.dispose());
    const cancel = `mutation { cancelVideoJob(id: "${missingId}") { id } }`;
    const follow = `subscription { videoJobUpdated(id: "${missingId}") { id } }`;
    const expected = [expect.objectContaining({ message: `no video job with id ${missingId}`, extensions: { code: 'NOT_FOUND' } })];
    for (const transport of ['http', 'graphql-ws', 'sse'] as const) {
      expect((await operate(transport, { url: gateway.url, ws }, cancel)).errors, transport).toEqual(expected);
      if (transport !== 'http') expect((await operate(transport, { url: gateway.url, ws }, follow)).errors, transport).toEqual(expected);
    }
  });

  it('Pika fills in ratio 16:9 and 24 frames per second, reads them back and sends them upstream', async () => {
    const gateway = using(await startGateway('postgres'), (g) => g.stop());
    const created = await gql<{ generateVideo: { id: string; settings: { ratio: string; options: { frameRate: number } } } }>(
      gateway.url,
      'mutation { generateVideo(input: { pika: { prompt: "a kite over a beach" } }) { id settings { ... on PikaVideoSettings { ratio options { frameRate } } } } }',
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.generateVideo.settings).toEqual({ ratio: 'RATIO_16_9', options: { frameRate: 24 } });
    await expect.poll(() => gateway.app.simulator!.received.length, { timeout: 10_000 }).toBe(1);
    expect(gateway.app.simulator!.received[0]!.body).toMatchObject({ ratio: '16:9', options: { frameRate: 24 } });
    const catalogue = await gql<{ videoProviders: { provider: string; defaultRatio: string | null }[] }>(
      gateway.url,
      '{ videoProviders { provider defaultRatio } }',
    );
    expect(catalogue.data!.videoProviders.find((p) => p.provider === 'PIKA')!.defaultRatio).toBe('RATIO_16_9');
  });

  it('names the job list VideoJobConnection with VideoJobEdge', async () => {
    const gateway = using(await startGateway('postgres'), (g) => g.stop());
    const answer = await gql(
      gateway.url,
      '{ videoJobs(first: 1) { __typename edges { __typename } } __type(name: "VideoJobConnection") { name } }',
    );
    expect(answer).toEqual({
      data: { videoJobs: { __typename: 'VideoJobConnection', edges: [] }, __type: { name: 'VideoJobConnection' } },
    });
  });
});
