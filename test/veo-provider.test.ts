import { describe, expect, it } from 'vitest';
import type { Client } from 'graphql-ws';
import { generateAndFollow, receivedBody } from './support/follow-job.js';
import { useSharedGateway, type TestGateway } from './support/gateway.js';
import { gql } from './support/graphql.js';
import type { VeoVideoInput } from './support/generated/graphql.js';
import { GenerateVideo, VeoSettings } from './support/operations.js';
import { unifiedApiOutcomes } from './support/unified-provider.js';

// Google Veo 3.1 behind generateVideo, through DuomiAPI's unified video API: the fields pick
// `generation_type`, and `image_urls` is always sent (`[]` when empty; the simulator, like the
// real service as a client reports it, leaves a task without it in `pending`).

let gateway: TestGateway;
let client: Client;
useSharedGateway((g, c) => ([gateway, client] = [g, c]), { RECONCILE_AFTER_SECONDS: '2' });

const defaults = { model: 'veo3.1-fast', aspect_ratio: '16:9', duration: 8, quality: '720p' };

describe('a Veo job, followed over graphql-ws to SUCCEEDED, in each mode', () => {
  it.each<[string, VeoVideoInput, 'TEXT' | 'IMAGE' | 'REFERENCE', Record<string, unknown>]>([
    [
      'text-to-video: TEXT, image_urls []',
      { prompt: 'waves at night' },
      'TEXT',
      { ...defaults, prompt: 'waves at night', generation_type: 'TEXT', image_urls: [] },
    ],
    [
      'a first frame: FIRST&LAST with one image',
      { prompt: 'the tide comes in', image: 'https://example.com/beach.png', quality: 'Q1080P' },
      'IMAGE',
      {
        ...defaults,
        quality: '1080p',
        prompt: 'the tide comes in',
        generation_type: 'FIRST&LAST',
        image_urls: ['https://example.com/beach.png'],
      },
    ],
    [
      'first and last frames: FIRST&LAST with both, in order',
      {
        prompt: 'day to night',
        image: 'https://example.com/day.png',
        lastImage: 'https://example.com/night.png',
        model: 'VEO_3_1_PRO',
        ratio: 'RATIO_9_16',
        duration: 'SECONDS_8',
        quality: 'Q4K',
      },
      'IMAGE',
      {
        model: 'veo3.1-pro',
        prompt: 'day to night',
        generation_type: 'FIRST&LAST',
        aspect_ratio: '9:16',
        duration: 8,
        quality: '4k',
        image_urls: ['https://example.com/day.png', 'https://example.com/night.png'],
      },
    ],
    [
      'reference images: REFERENCE',
      { prompt: 'this dog surfing', referenceImages: ['https://example.com/dog.png', 'https://example.com/board.png'] },
      'REFERENCE',
      {
        ...defaults,
        prompt: 'this dog surfing',
        generation_type: 'REFERENCE',
        image_urls: ['https://example.com/dog.png', 'https://example.com/board.png'],
      },
    ],
  ])('%s', async (_case, veo, mode, body) => {
    const { job, last, submission } = await generateAndFollow(gateway, client, { veo });
    expect(job).toMatchObject({ provider: 'VEO', mode, prompt: veo.prompt });
    expect(last).toMatchObject({ status: 'SUCCEEDED', progress: 100, error: null });
    expect(last.videoUrl).toMatch(/\/files\/.+\.mp4$/);
    expect(submission).toMatchObject({ path: '/v1/videos/generations', keyIn: 'header' });
    expect(receivedBody(submission)).toEqual(body);
  });

  it('reads back the settings it was made with, defaults filled in', async () => {
    const { job } = await generateAndFollow(gateway, client, { veo: { prompt: 'koi', referenceImages: ['https://example.com/koi.png'] } });
    const { data } = await gql(gateway.url, VeoSettings, { id: job.id });
    expect(data!.videoJob).toEqual({
      mode: 'REFERENCE',
      settings: {
        prompt: 'koi',
        model: 'VEO_3_1_FAST',
        ratio: 'RATIO_16_9',
        duration: 'SECONDS_8',
        quality: 'Q720P',
        image: null,
        lastImage: null,
        referenceImages: ['https://example.com/koi.png'],
      },
    });
  });

  it.each<[string, VeoVideoInput, string, string]>([
    [
      'reference images with frames',
      { prompt: 'x', image: 'https://example.com/a.png', referenceImages: ['https://example.com/b.png'] },
      'referenceImages',
      'give reference images (REFERENCE) or first and last frames (image, lastImage), not both',
    ],
    ['a last frame alone', { prompt: 'x', lastImage: 'https://example.com/a.png' }, 'lastImage', 'lastImage needs image, the first frame'],
    [
      'four reference images',
      { prompt: 'x', referenceImages: ['a', 'b', 'c', 'd'].map((n) => `https://example.com/${n}.png`) },
      'referenceImages',
      'must list 1 to 3 images',
    ],
    ['an empty list of reference images', { prompt: 'x', referenceImages: [] }, 'referenceImages', 'must list 1 to 3 images'],
  ])('refuses %s, naming the field and the rule', async (_case, veo, field, message) => {
    const response = await gql(gateway.url, GenerateVideo, { input: { veo } });
    expect(response.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ path: ['input', 'veo', field], message }] });
  });
});

describe('Veo through the unified API: errors, refusals, silence', () => {
  unifiedApiOutcomes(
    'veo',
    {
      TEXT: {},
      IMAGE: { image: 'https://example.com/day.png', lastImage: 'https://example.com/night.png' },
      REFERENCE: { referenceImages: ['https://example.com/dog.png'] },
    },
    () => ({ gateway, client }),
  );
});
