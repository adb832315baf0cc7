import { describe, expect, it } from 'vitest';
import type { Client } from 'graphql-ws';
import { generateAndFollow, receivedBody } from './support/follow-job.js';
import { useSharedGateway, type TestGateway } from './support/gateway.js';
import { gql } from './support/graphql.js';
import type { GenerateVideoInput, PixVideoInput, RunwayVideoInput } from './support/generated/graphql.js';
import { GenerateVideo, PixSettings, RunwaySettings } from './support/operations.js';

// PIX's and Runway's current models and tools (shared/duomi-current-models.md): the exact request
// the simulator received for each, followed to SUCCEEDED in the provider's dialect.

let gateway: TestGateway;
let client: Client;
useSharedGateway((g, c) => ([gateway, client] = [g, c]));

const a = 'https://example.com/a.png';
const b = 'https://example.com/b.png';

async function refused(input: GenerateVideoInput) {
  const { errors } = await gql(gateway.url, GenerateVideo, { input });
  expect(errors, JSON.stringify(input)).toHaveLength(1);
  expect(errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  return errors![0]!.extensions!.fields;
}

describe('PIX models, quality, lengths, audio and reference images', () => {
  it.each<[string, PixVideoInput, string, Record<string, unknown>]>([
    [
      'V5_5 at 1080p for 10 s, with audio',
      { prompt: 'a robot', model: 'V5_5', quality: 'Q1080P', duration: 'SECONDS_10', audio: true },
      'TEXT',
      { model: 'v5.5', prompt: 'a robot', ratio: '16:9', quality: '1080p', duration: 10, audio: 1 },
    ],
    [
      'V6 for 15 s, audio off',
      { prompt: 'a robot', model: 'V6', duration: 'SECONDS_15', audio: false, quality: 'Q360P' },
      'TEXT',
      { model: 'v6', prompt: 'a robot', ratio: '16:9', quality: '360p', duration: 15, audio: 0 },
    ],
    [
      'C1 from reference images',
      { prompt: 'the two of them', model: 'C1', referenceImages: [a, b] },
      'REFERENCE',
      { model: 'c1', prompt: 'the two of them', ratio: '16:9', image_list: [a, b] },
    ],
  ])('%s', async (_case, pix, mode, body) => {
    const { job, last, submission } = await generateAndFollow(gateway, client, { pix });
    expect(job.mode).toBe(mode);
    expect(last).toMatchObject({ status: 'SUCCEEDED', previewUrl: expect.stringMatching(/-preview\.webp$/) });
    expect(submission!.path).toBe('/api/video/pix/pro/generate');
    expect(receivedBody(submission)).toEqual(body);
    const { data } = await gql(gateway.url, PixSettings, { id: job.id });
    expect(data!.videoJob!.settings).toMatchObject({
      quality: pix.quality ?? null,
      audio: pix.audio ?? null,
      referenceImages: pix.referenceImages ?? null,
    });
  });

  it.each<[string, PixVideoInput, (string | number)[], string]>([
    ['8 s at 1080p', { prompt: 'x', quality: 'Q1080P', duration: 'SECONDS_8' }, ['duration'], 'PIX makes no 8-second video at 1080p'],
    ['15 s on V4_5', { prompt: 'x', model: 'V4_5', duration: 'SECONDS_15' }, ['duration'], 'PIX V4_5 makes 5 s, 8 s only'],
    ['10 s on V5', { prompt: 'x', model: 'V5', duration: 'SECONDS_10' }, ['duration'], 'PIX V5 makes 5 s, 8 s only'],
    [
      'a first frame with reference images',
      { prompt: 'x', image: a, referenceImages: [b] },
      ['referenceImages'],
      'give image (a first frame) or referenceImages, not both',
    ],
    ['four reference images', { prompt: 'x', referenceImages: [a, a, a, a] }, ['referenceImages'], 'must hold at most 3 images'],
  ])('refuses %s, naming the rule', async (_case, pix, path, message) => {
    expect(await refused({ pix })).toEqual([{ path: ['input', 'pix', ...path], message }]);
  });
});

describe('Runway GEN4_5 and Aleph video editing', () => {
  it('GEN4_5 makes text-to-video through /pro/generate', async () => {
    const { last, submission } = await generateAndFollow(gateway, client, { runway: { prompt: 'a neon city', model: 'GEN4_5' } });
    expect(last.status).toBe('SUCCEEDED');
    expect(submission!.path).toBe('/api/video/runway/pro/generate');
    expect(receivedBody(submission)).toEqual({ prompt: 'a neon city', ratio: '16:9', model: 'gen4.5' });
  });

  it('edits a video (mode EDIT) through /pro/aleph, with one reference image', async () => {
    const runway = { video: 'https://example.com/walk.mp4', edit: true, prompt: 'make it snow', referenceImage: a };
    const { job, last, submission } = await generateAndFollow(gateway, client, { runway });
    expect(job.mode).toBe('EDIT');
    expect(last).toMatchObject({ status: 'SUCCEEDED', lastFrameUrl: expect.stringMatching(/-last\.svg$/) });
    expect(submission!.path).toBe('/api/video/runway/pro/aleph');
    expect(receivedBody(submission)).toEqual({
      video: 'https://example.com/walk.mp4',
      prompt: 'make it snow',
      images: [a],
      options: { seconds: 5 },
    });
    const { data } = await gql(gateway.url, RunwaySettings, { id: job.id });
    expect(data!.videoJob!.settings).toMatchObject({ edit: true, referenceImage: a, model: null, prompt: 'make it snow' });
  });

  it.each<[string, RunwayVideoInput, string[], string]>([
    [
      'editing without a prompt',
      { video: 'https://example.com/v.mp4', edit: true },
      ['prompt'],
      'video editing needs a prompt saying what to change',
    ],
    [
      'an edit prompt over 1,000 characters',
      { video: 'https://example.com/v.mp4', edit: true, prompt: 'x'.repeat(1001) },
      ['prompt'],
      'must be at most 1000 characters long for video editing',
    ],
    ['edit without a video', { prompt: 'x', edit: true }, ['edit'], 'edit (Aleph) edits a video: give video'],
    [
      'a model with an edit',
      { video: 'https://example.com/v.mp4', edit: true, prompt: 'x', model: 'GEN4' },
      ['model'],
      'model does not apply to video editing (only to text-to-video, image-to-video, video-to-video)',
    ],
    [
      'a reference image without an edit',
      { video: 'https://example.com/v.mp4', referenceImage: a },
      ['referenceImage'],
      'referenceImage does not apply to video-to-video (only to video editing)',
    ],
  ])('refuses %s, naming the rule', async (_case, runway, path, message) => {
    expect(await refused({ runway })).toEqual([{ path: ['input', 'runway', ...path], message }]);
  });
});
