import { describe, expect, it } from 'vitest';
import type { Client } from 'graphql-ws';
import { generateAndFollow, receivedBody } from './support/follow-job.js';
import { useSharedGateway, type TestGateway } from './support/gateway.js';
import { gql } from './support/graphql.js';
import type { GrokVideoInput } from './support/generated/graphql.js';
import { GenerateVideo, GrokSettings } from './support/operations.js';
import { unifiedApiOutcomes } from './support/unified-provider.js';

// xAI Grok video behind generateVideo, through DuomiAPI's unified video API.

let gateway: TestGateway;
let client: Client;
useSharedGateway((g, c) => ([gateway, client] = [g, c]), { RECONCILE_AFTER_SECONDS: '2' });

describe('a Grok job, followed over graphql-ws to SUCCEEDED', () => {
  it.each<[string, GrokVideoInput, 'TEXT' | 'IMAGE', Record<string, unknown>]>([
    [
      'text-to-video, defaults sent (10 s, 16:9, 720p)',
      { prompt: 'a fox in the snow' },
      'TEXT',
      { model: 'grok-video', prompt: 'a fox in the snow', aspect_ratio: '16:9', duration: 10, quality: '720p' },
    ],
    [
      'image-to-video from a reference image, every field',
      { prompt: 'the fox runs', model: 'GROK_VIDEO_1_5', ratio: 'RATIO_2_3', duration: 'SECONDS_30', image: 'https://example.com/fox.png' },
      'IMAGE',
      {
        model: 'grok-video-1.5',
        prompt: 'the fox runs',
        aspect_ratio: '2:3',
        duration: 30,
        quality: '720p',
        image_urls: ['https://example.com/fox.png'],
      },
    ],
  ])('%s', async (_case, grok, mode, body) => {
    const { job, last, submission } = await generateAndFollow(gateway, client, { grok });
    expect(job).toMatchObject({ provider: 'GROK', mode, prompt: grok.prompt });
    expect(last).toMatchObject({ status: 'SUCCEEDED', progress: 100, error: null });
    expect(last.videoUrl).toMatch(/\/files\/.+\.mp4$/);
    expect(submission).toMatchObject({ path: '/v1/videos/generations', keyIn: 'header' });
    expect(receivedBody(submission)).toEqual(body);
  });

  it('reads back the settings it was made with, defaults filled in', async () => {
    const { job } = await generateAndFollow(gateway, client, { grok: { prompt: 'rain on glass', ratio: 'RATIO_3_2' } });
    const { data } = await gql(gateway.url, GrokSettings, { id: job.id });
    expect(data!.videoJob).toEqual({
      mode: 'TEXT',
      settings: { prompt: 'rain on glass', model: 'GROK_VIDEO', ratio: 'RATIO_3_2', duration: 'SECONDS_10', image: null },
    });
  });

  it('refuses a ratio Grok does not make, naming its ratios', async () => {
    const response = await gql(gateway.url, GenerateVideo, { input: { grok: { prompt: 'x', ratio: 'RATIO_21_9' } } });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ path: ['input', 'grok', 'ratio'], message: 'Grok makes 2:3, 3:2, 1:1, 9:16, 16:9 only' }],
    });
  });
});

describe('Grok through the unified API: errors, refusals, silence', () => {
  unifiedApiOutcomes('grok', { TEXT: {}, IMAGE: { image: 'https://example.com/fox.png' } }, () => ({ gateway, client }));
});
