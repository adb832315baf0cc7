import { describe, expect, it } from 'vitest';
import type { Client } from 'graphql-ws';
import { generateAndFollow, receivedBody } from './support/follow-job.js';
import { useSharedGateway, type TestGateway } from './support/gateway.js';
import { gql } from './support/graphql.js';
import type { SoraVideoInput } from './support/generated/graphql.js';
import { GenerateVideo, SoraSettings } from './support/operations.js';
import { unifiedApiOutcomes } from './support/unified-provider.js';

// OpenAI Sora 2 behind generateVideo, through DuomiAPI's unified video API: the raw key in
// Authorization, one JSON body to /v1/videos/generations, the task polled at /v1/videos/tasks/{id}.

let gateway: TestGateway;
let client: Client;
useSharedGateway((g, c) => ([gateway, client] = [g, c]), { RECONCILE_AFTER_SECONDS: '2' });

describe('a Sora job, followed over graphql-ws to SUCCEEDED', () => {
  it.each<[string, SoraVideoInput, 'TEXT' | 'IMAGE', Record<string, unknown>]>([
    [
      'text-to-video, defaults sent',
      { prompt: 'a lighthouse at dusk' },
      'TEXT',
      { model: 'sora-2', prompt: 'a lighthouse at dusk', aspect_ratio: '16:9', duration: 4, size: 'small' },
    ],
    [
      'image-to-video from a first frame, every field',
      {
        prompt: ' the keeper waves ',
        model: 'SORA_2_PRO',
        ratio: 'RATIO_9_16',
        duration: 'SECONDS_12',
        size: 'LARGE',
        image: 'https://example.com/keeper.png',
      },
      'IMAGE',
      {
        model: 'sora-2-pro',
        prompt: 'the keeper waves',
        aspect_ratio: '9:16',
        duration: 12,
        size: 'large',
        image_urls: ['https://example.com/keeper.png'],
      },
    ],
  ])('%s', async (_case, sora, mode, body) => {
    const { job, last, submission } = await generateAndFollow(gateway, client, { sora });
    expect(job).toMatchObject({ provider: 'SORA', mode, prompt: sora.prompt.trim() });
    expect(last).toMatchObject({ status: 'SUCCEEDED', progress: 100, cost: null, error: null });
    expect(last.videoUrl).toMatch(/\/files\/.+\.mp4$/);
    expect(submission).toMatchObject({ path: '/v1/videos/generations', keyIn: 'header' });
    expect(receivedBody(submission)).toEqual(body);
  });

  it('reads back the settings it was made with, defaults filled in', async () => {
    const { job } = await generateAndFollow(gateway, client, { sora: { prompt: 'paper cranes', duration: 'SECONDS_8' } });
    const { data } = await gql(gateway.url, SoraSettings, { id: job.id });
    expect(data!.videoJob).toEqual({
      mode: 'TEXT',
      settings: { prompt: 'paper cranes', model: 'SORA_2', ratio: 'RATIO_16_9', duration: 'SECONDS_8', size: 'SMALL', image: null },
    });
  });

  it('refuses a ratio Sora does not make, naming the provider and its ratios', async () => {
    const response = await gql(gateway.url, GenerateVideo, { input: { sora: { prompt: 'x', ratio: 'RATIO_1_1' } } });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ path: ['input', 'sora', 'ratio'], message: 'Sora makes 16:9, 9:16 only' }],
    });
  });
});

describe('Sora through the unified API: errors, refusals, silence', () => {
  unifiedApiOutcomes('sora', { TEXT: {}, IMAGE: { image: 'https://example.com/keeper.png' } }, () => ({ gateway, client }));
});
