import { describe, expect, it } from 'vitest';
import type { Client } from 'graphql-ws';
import { generateAndFollow, receivedBody } from './support/follow-job.js';
import { useSharedGateway, type TestGateway } from './support/gateway.js';
import { gql, rawJobId } from './support/graphql.js';
import type { LumaVideoInput } from './support/generated/graphql.js';
import { GenerateVideo, LumaSettings, VideoJobWithEvents } from './support/operations.js';
import { minimalPika } from './support/pika.js';

// Luma behind generateVideo: `user_prompt`, frames, and extending one of the caller's finished Luma jobs.

let gateway: TestGateway;
let client: Client;
useSharedGateway((g, c) => ([gateway, client] = [g, c]));

const jobCount = () => gateway.db.prisma.job.count();

describe('a Luma job, followed over graphql-ws to SUCCEEDED', () => {
  it.each<[string, LumaVideoInput, 'TEXT' | 'IMAGE', Record<string, unknown>]>([
    [
      'text-to-video, defaults sent',
      { prompt: 'a paper boat on a river' },
      'TEXT',
      { user_prompt: 'a paper boat on a river', expand_prompt: true, loop: false },
    ],
    [
      'image-to-video from first and last frames',
      {
        prompt: 'the boat sails away',
        image: 'https://example.com/first.png',
        imageEnd: 'https://example.com/last.png',
        expandPrompt: false,
        loop: true,
      },
      'IMAGE',
      {
        user_prompt: 'the boat sails away',
        image_url: 'https://example.com/first.png',
        image_end_url: 'https://example.com/last.png',
        expand_prompt: false,
        loop: true,
      },
    ],
  ])('%s', async (_case, luma, mode, body) => {
    const { job, statuses, last, submission } = await generateAndFollow(gateway, client, { luma });
    expect(job).toMatchObject({ provider: 'LUMA', mode, prompt: luma.prompt });
    expect(statuses).toContain('PROCESSING');
    expect(last).toMatchObject({ status: 'SUCCEEDED', progress: 100, cost: { points: 10, refunded: false } });
    expect(last.videoUrl).toMatch(/\/files\/.+\.mp4$/);
    expect(last.posterUrl).toMatch(/\/files\/.+\.svg$/);
    expect(submission!.path).toBe('/api/video/luma/pro/generate');
    expect(receivedBody(submission)).toEqual(body);
  });

  it("extend: sends the finished job's upstream task id to Luma's extend endpoint", async () => {
    const first = await generateAndFollow(gateway, client, { luma: { prompt: 'a paper boat' } });
    const { job, last, submission } = await generateAndFollow(gateway, client, {
      luma: { prompt: 'it reaches the sea', extend: first.job.id },
    });
    expect(job).toMatchObject({ provider: 'LUMA', mode: 'EXTEND' });
    expect(last).toMatchObject({ status: 'SUCCEEDED', videoUrl: expect.stringMatching(/\.mp4$/) });
    expect(submission!.path).toBe('/api/video/luma/pro/extend');
    expect(receivedBody(submission)).toEqual({
      task_id: first.last.upstreamTaskId,
      user_prompt: 'it reaches the sea',
      expand_prompt: true,
    });
    const { data } = await gql(gateway.url, LumaSettings, { id: job.id });
    expect(data!.videoJob).toEqual({
      mode: 'EXTEND',
      settings: { prompt: 'it reaches the sea', image: null, imageEnd: null, expandPrompt: true, loop: null, extend: first.job.id },
    });
    // The id is decoded at the edge: the job stores the id of the job it extends, and reads it back as the client's id.
    const stored = await gateway.db.prisma.job.findUniqueOrThrow({ where: { id: rawJobId(job.id) } });
    expect(stored.input).toMatchObject({ extend: rawJobId(first.job.id) });
  });
});

describe('extend names one of your finished Luma jobs, or nothing is stored', () => {
  async function refused(extend: string, message: string) {
    const before = await jobCount();
    const response = await gql(gateway.url, GenerateVideo, { input: { luma: { prompt: 'more', extend } } });
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ path: ['input', 'luma', 'extend'], message: `extend must name one of your finished Luma jobs: ${message}` }],
    });
    expect(await jobCount()).toBe(before);
  }

  it('an unknown job, or an id that is no job id at all', async () => {
    await refused(Buffer.from('VideoJob:01939d1c-0000-7000-8000-000000000000').toString('base64'), 'there is no such job');
    await refused('not-a-global-id', 'there is no such job');
    await refused(Buffer.from('Heartbeat:01939d1c-0000-7000-8000-000000000000').toString('base64'), 'there is no such job');
  });

  it('a job of another provider', async () => {
    const { job } = await generateAndFollow(gateway, client, { pika: minimalPika() });
    await refused(job.id, 'that one is a PIKA job');
  });

  it('an unfinished Luma job, or a failed one', async () => {
    gateway.app.simulator!.setKnobs({ stepMs: 3_600_000 }); // the task stays pending
    const pending = await gql(gateway.url, GenerateVideo, { input: { luma: { prompt: 'slow' } } });
    const id = pending.data!.generateVideo.id;
    await expect.poll(async () => (await gql(gateway.url, VideoJobWithEvents, { id })).data!.videoJob!.status).toBe('SUBMITTED');
    await refused(id, 'that one is SUBMITTED');
    gateway.app.simulator!.setKnobs({});
    const failed = await generateAndFollow(gateway, client, { luma: { prompt: 'a storm #fail' } });
    expect(failed.last.status).toBe('FAILED');
    await refused(failed.job.id, 'that one is FAILED');
  });
});
