import { describe, expect, it } from 'vitest';
import { useDisposables } from './support/disposables.js';
import { startGateway, type TestGateway } from './support/gateway.js';
import { gql, subscribeSse, subscribeWs, wsClient, type GraphQLResponse } from './support/graphql.js';
import { GenerateVideo, VideoJobUpdated, VideoJobWithEvents } from './support/operations.js';
import type { PikaVideoInput, VideoJobUpdatedSubscription } from './support/generated/graphql.js';
import { minimalPika } from './support/pika.js';
import { databaseKinds } from './support/databases.js';

type Update = GraphQLResponse<VideoJobUpdatedSubscription>;

/**
 * A gateway whose simulator moves slowly enough that a follower sees each step even on a loaded
 * machine, and reports progress (DuomiAPI's feeds do not; the knob exercises the path that would).
 */
async function startSlowGateway(kind: 'postgres' | 'pglite') {
  const gateway = await startGateway(kind);
  gateway.app.simulator!.setKnobs({ stepMs: 400, reportProgress: true });
  return gateway;
}

/** The states a follower sees: the first message (the state at subscription time) may be any of the early ones. */
function expectFullLifecycle(messages: Update[]) {
  const jobs = messages.map((m) => {
    expect(m.errors).toBeUndefined();
    return m.data!.videoJobUpdated;
  });
  const statuses = jobs.map((j) => j.status);
  expect(['QUEUED', 'SUBMITTED']).toContain(statuses[0]);
  expect(statuses.at(-1)).toBe('SUCCEEDED');
  expect(statuses).toContain('PROCESSING');
  const progress = jobs.map((j) => j.progress);
  expect(progress).toEqual([...progress].sort((a, b) => a - b)); // never goes back
  expect(new Set(jobs.filter((j) => j.status === 'PROCESSING').map((j) => j.progress)).size).toBeGreaterThan(1);
  const last = jobs.at(-1)!;
  expect(last).toMatchObject({ progress: 100, error: null, finishedAt: expect.any(String) });
  expect(last.videoUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/files\/.+\.mp4$/);
  return last;
}

async function expectStoredLikeSeen(gateway: TestGateway, id: string, seen: Update[]) {
  const { data } = await gql(gateway.url, VideoJobWithEvents, { id });
  const job = data!.videoJob!;
  expect(job).toMatchObject({ ...seen.at(-1)!.data!.videoJobUpdated, events: expect.any(Array) });
  const history = job.events.map((e) => e.to);
  expect(history[0]).toBe('QUEUED');
  expect(history.slice(1, 2)).toEqual(['SUBMITTED']);
  expect(history.at(-1)).toBe('SUCCEEDED');
  // Each stored event is one real change: its (status, progress) is new.
  const keys = job.events.map((e) => `${e.to}:${e.progress}`);
  expect(new Set(keys).size).toBe(keys.length);
  expect(job.events.map((e) => e.source)).toEqual(['API', 'API', ...job.events.slice(2).map(() => 'CALLBACK')]);
  // The video the job points to is really served.
  const video = await fetch(job.videoUrl!);
  expect(video.status).toBe(200);
  expect(video.headers.get('content-type')).toBe('video/mp4');
}

describe.each(databaseKinds)('generateVideo, followed live to the end (%s)', (kind) => {
  const using = useDisposables();

  it.each<[string, PikaVideoInput, 'TEXT' | 'IMAGE' | 'VIDEO']>([
    ['text', minimalPika('a red fox in the snow'), 'TEXT'],
    ['image', { ...minimalPika('animate this photo'), image: 'https://example.com/cat.png' }, 'IMAGE'],
    ['video', { ...minimalPika('extend this clip'), video: 'https://example.com/clip.mp4' }, 'VIDEO'],
  ])('over graphql-ws: %s-to-video', async (_mode, pika, mode) => {
    const gateway = using(await startSlowGateway(kind), (g) => g.stop());
    const client = using(wsClient(gateway.wsUrl), (c) => c.dispose());
    const [created] = await subscribeWs(client, GenerateVideo, { input: { pika } }).done;
    const job = created!.data!.generateVideo;
    expect(job).toMatchObject({ status: 'QUEUED', progress: 0, provider: 'PIKA', prompt: pika.prompt, settings: { mode } });

    const seen = await subscribeWs(client, VideoJobUpdated, { id: job.id }).done; // completes after the final state
    expectFullLifecycle(seen);
    await expectStoredLikeSeen(gateway, job.id, seen);
  });
});

describe('generateVideo, followed over SSE', () => {
  const using = useDisposables();

  it('sends the current state, every change, and completes after SUCCEEDED', async () => {
    const gateway = using(await startSlowGateway('postgres'), (g) => g.stop());
    const { data } = await gql(gateway.url, GenerateVideo, { input: { pika: minimalPika() } });
    const seen = await subscribeSse(gateway.url, VideoJobUpdated, { id: data!.generateVideo.id });
    expectFullLifecycle(seen);
    await expectStoredLikeSeen(gateway, data!.generateVideo.id, seen);
  });

  it('sends a finished job once and completes at once', async () => {
    const gateway = using(await startGateway('postgres'), (g) => g.stop());
    const client = using(wsClient(gateway.wsUrl), (c) => c.dispose());
    const { data } = await gql(gateway.url, GenerateVideo, { input: { pika: minimalPika() } });
    await subscribeWs(client, VideoJobUpdated, { id: data!.generateVideo.id }).done;
    const again = await subscribeSse(gateway.url, VideoJobUpdated, { id: data!.generateVideo.id });
    expect(again.map((m) => m.data?.videoJobUpdated.status)).toEqual(['SUCCEEDED']);
  });
});
