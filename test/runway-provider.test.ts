import { describe, expect, it } from 'vitest';
import type { Client } from 'graphql-ws';
import { generateAndFollow, receivedBody } from './support/follow-job.js';
import { useSharedGateway, type TestGateway } from './support/gateway.js';
import { gql } from './support/graphql.js';
import type { RunwayVideoInput, VideoMode } from './support/generated/graphql.js';
import { RunwaySettings } from './support/operations.js';

// Runway behind generateVideo: generate, video-to-video and Act-One endpoints; its feed and
// callbacks speak the numeric `status` alone.

let gateway: TestGateway;
let client: Client;
useSharedGateway((g, c) => ([gateway, client] = [g, c]));

describe('a Runway job, followed over graphql-ws to SUCCEEDED', () => {
  it.each<[string, RunwayVideoInput, VideoMode, string, Record<string, unknown>]>([
    [
      'text-to-video, defaults sent',
      { prompt: 'a neon city at night' },
      'TEXT',
      '/api/video/runway/pro/generate',
      { prompt: 'a neon city at night', model: 'gen3', ratio: '16:9' },
    ],
    [
      'text-to-video with Gen-2 motion, style, seconds and flip',
      {
        prompt: 'a neon city',
        model: 'GEN2',
        ratio: 'RATIO_21_9',
        seconds: 'SECONDS_10',
        style: 'cinematic',
        flip: true,
        motion: { x: 2.5, bgYPan: -1 },
      },
      'TEXT',
      '/api/video/runway/pro/generate',
      {
        prompt: 'a neon city',
        model: 'gen2',
        ratio: '21:9',
        style: 'cinematic',
        options: { seconds: 10, motion_vector: { x: 2.5, y: 0, z: 0, r: 0, bg_x_pan: 0, bg_y_pan: -1 }, flip: true },
      },
    ],
    [
      'image-to-video with a last frame',
      {
        image: 'https://example.com/street.png',
        lastImage: 'https://example.com/street-end.png',
        model: 'GEN4_TURBO',
        ratio: 'RATIO_1_1',
        seconds: 'SECONDS_5',
      },
      'IMAGE',
      '/api/video/runway/pro/generate',
      {
        model: 'gen4_turbo',
        ratio: '1:1',
        image: 'https://example.com/street.png',
        last_image: 'https://example.com/street-end.png',
        options: { seconds: 5 },
      },
    ],
    [
      'image-to-video, the image as the end frame',
      { prompt: 'arriving', image: 'https://example.com/door.png', imageAsEndFrame: true, model: 'GEN4' },
      'IMAGE',
      '/api/video/runway/pro/generate',
      { prompt: 'arriving', model: 'gen4', ratio: '16:9', image: 'https://example.com/door.png', options: { image_as_end_frame: true } },
    ],
    [
      'video-to-video',
      { video: 'https://example.com/walk.mp4', prompt: 'as a watercolour', structureTransformation: 0.4, flip: false },
      'VIDEO',
      '/api/video/runway/pro/video2video',
      {
        video: 'https://example.com/walk.mp4',
        model: 'gen3',
        prompt: 'as a watercolour',
        options: { structure_transformation: 0.4, flip: false },
      },
    ],
    [
      'Act-One: the performance drives the character',
      { video: 'https://example.com/performance.mp4', character: 'https://example.com/knight.png', ratio: 'RATIO_16_9' },
      'ACT_ONE',
      '/api/video/runway/pro/act_one',
      { video: 'https://example.com/performance.mp4', image: 'https://example.com/knight.png' },
    ],
  ])('%s', async (_case, runway, mode, path, body) => {
    const { job, statuses, last, submission } = await generateAndFollow(gateway, client, { runway });
    expect(job).toMatchObject({ provider: 'RUNWAY', mode, prompt: runway.prompt ?? null });
    expect(statuses).toContain('PROCESSING');
    expect(last).toMatchObject({ status: 'SUCCEEDED', progress: 100, cost: { points: 10, refunded: false } });
    expect(last.videoUrl).toMatch(/\/files\/.+\.mp4$/);
    expect(submission!.path).toBe(path);
    expect(receivedBody(submission)).toEqual(body);
  });

  it('reads back the settings it was made with, defaults filled in', async () => {
    const { job } = await generateAndFollow(gateway, client, { runway: { prompt: 'fog', model: 'GEN2', motion: { z: 3 } } });
    const { data } = await gql(gateway.url, RunwaySettings, { id: job.id });
    expect(data!.videoJob).toEqual({
      mode: 'TEXT',
      settings: {
        prompt: 'fog',
        model: 'GEN2',
        ratio: 'RATIO_16_9',
        seconds: null,
        style: null,
        image: null,
        lastImage: null,
        imageAsEndFrame: null,
        flip: null,
        video: null,
        structureTransformation: null,
        character: null,
        edit: null,
        referenceImage: null,
        motion: { x: 0, y: 0, z: 3, r: 0, bgXPan: 0, bgYPan: 0 },
      },
    });
  });
});
