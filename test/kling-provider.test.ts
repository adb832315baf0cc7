import { describe, expect, it } from 'vitest';
import type { Client } from 'graphql-ws';
import { generateAndFollow, receivedBody } from './support/follow-job.js';
import { useSharedGateway, type TestGateway } from './support/gateway.js';
import { gql, rawJobId } from './support/graphql.js';
import type { KlingVideoInput } from './support/generated/graphql.js';
import { KlingSettings } from './support/operations.js';

// Kling behind generateVideo, through DuomiAPI's "official format": Kling's own body and answers.

let gateway: TestGateway;
let client: Client;
useSharedGateway((g, c) => ([gateway, client] = [g, c]));

describe('a Kling job, followed over graphql-ws to SUCCEEDED', () => {
  it.each<[string, KlingVideoInput, 'TEXT' | 'IMAGE', string, Record<string, unknown>]>([
    [
      'text-to-video, defaults filled and sent',
      { prompt: 'a lighthouse in a storm' },
      'TEXT',
      '/api/video/kling/v1/videos/text2video',
      { model_name: 'kling-v1', prompt: 'a lighthouse in a storm', cfg_scale: 0.5, mode: 'std', duration: '5', aspect_ratio: '16:9' },
    ],
    [
      'text-to-video with every field, a SIMPLE camera sending all six axes',
      {
        prompt: 'a lighthouse in a storm',
        negativePrompt: 'blur',
        model: 'KLING_V1_6',
        mode: 'PRO',
        duration: 'SECONDS_10',
        ratio: 'RATIO_9_16',
        cfgScale: 0.8,
        camera: { type: 'SIMPLE', zoom: -5 },
      },
      'TEXT',
      '/api/video/kling/v1/videos/text2video',
      {
        model_name: 'kling-v1-6',
        prompt: 'a lighthouse in a storm',
        negative_prompt: 'blur',
        cfg_scale: 0.8,
        mode: 'pro',
        duration: '10',
        aspect_ratio: '9:16',
        camera_control: { type: 'simple', config: { horizontal: 0, vertical: 0, pan: 0, tilt: 0, roll: 0, zoom: -5 } },
      },
    ],
    [
      'image-to-video, with a last frame',
      {
        prompt: 'the cat wakes up',
        image: 'https://example.com/cat.png',
        imageTail: 'https://example.com/cat-awake.png',
        model: 'KLING_V1_5',
      },
      'IMAGE',
      '/api/video/kling/v1/videos/image2video',
      {
        model_name: 'kling-v1-5',
        prompt: 'the cat wakes up',
        cfg_scale: 0.5,
        mode: 'std',
        duration: '5',
        image: 'https://example.com/cat.png',
        image_tail: 'https://example.com/cat-awake.png',
      },
    ],
    [
      'image-to-video with a preset camera move (Kling takes no last frame with it)',
      { prompt: 'the cat wakes up', image: 'https://example.com/cat.png', camera: { type: 'FORWARD_UP' } },
      'IMAGE',
      '/api/video/kling/v1/videos/image2video',
      {
        model_name: 'kling-v1',
        prompt: 'the cat wakes up',
        cfg_scale: 0.5,
        mode: 'std',
        duration: '5',
        camera_control: { type: 'forward_up' },
        image: 'https://example.com/cat.png',
      },
    ],
  ])('%s', async (_case, kling, mode, path, body) => {
    const { job, statuses, last, submission } = await generateAndFollow(gateway, client, { kling });
    expect(job).toMatchObject({ provider: 'KLING', mode, status: 'QUEUED', prompt: kling.prompt });
    expect(statuses).toContain('PROCESSING');
    // Kling's answers carry the video under task_result.videos[], and no points.
    expect(last).toMatchObject({ status: 'SUCCEEDED', progress: 100, error: null, cost: null });
    expect(last.videoUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/files\/.+\.mp4$/);
    expect((await fetch(last.videoUrl!)).status).toBe(200);
    expect(submission!.path).toBe(path);
    // The key travels in Authorization, raw (no Bearer), never in the body.
    expect(submission).toMatchObject({ keyIn: 'header' });
    expect(receivedBody(submission)).toEqual({ ...body, external_task_id: rawJobId(job.id) });
  });

  it('reads back the settings it was made with, defaults filled in', async () => {
    const { job } = await generateAndFollow(gateway, client, { kling: { prompt: 'dunes', camera: { type: 'SIMPLE', pan: 3 } } });
    const { data } = await gql(gateway.url, KlingSettings, { id: job.id });
    expect(data!.videoJob).toEqual({
      mode: 'TEXT',
      settings: {
        prompt: 'dunes',
        negativePrompt: null,
        model: 'KLING_V1',
        mode: 'STD',
        duration: 'SECONDS_5',
        ratio: 'RATIO_16_9',
        cfgScale: 0.5,
        image: null,
        imageTail: null,
        camera: { type: 'SIMPLE', horizontal: null, vertical: null, pan: 3, tilt: null, roll: null, zoom: null },
      },
    });
  });
});
