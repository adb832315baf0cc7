import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type TestGateway } from './support/gateway.js';
import { gql } from './support/graphql.js';
import type { GenerateVideoInput } from './support/generated/graphql.js';
import { GenerateVideo } from './support/operations.js';

// Each provider's rules, cross-field ones included: a broken rule is BAD_USER_INPUT naming the
// field and the rule, and nothing is stored. (Pika's are in bad-input.test.ts, Luma's `extend`
// in luma-provider.test.ts.)

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startGateway('postgres');
});
afterAll(() => gateway.stop());

const jobCount = () => gateway.db.prisma.job.count();
const image = 'https://example.com/frame.png';
const video = 'https://example.com/clip.mp4';
const simpleAxes = 'SIMPLE moves exactly one axis: one of horizontal, vertical, pan, tilt, roll, zoom, not zero';

type Case = [string, GenerateVideoInput, (string | number)[], string];

async function expectRefused(input: GenerateVideoInput, path: (string | number)[], message: string) {
  const before = await jobCount();
  const response = await gql(gateway.url, GenerateVideo, { input });
  expect(response.data ?? null).toBeNull();
  expect(response.errors).toHaveLength(1);
  expect(response.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ path: ['input', ...path], message }] });
  expect(await jobCount()).toBe(before);
}

describe('Kling', () => {
  it.each<Case>([
    ['a SIMPLE camera with no axis', { kling: { prompt: 'x', camera: { type: 'SIMPLE' } } }, ['kling', 'camera'], simpleAxes],
    [
      'a SIMPLE camera whose only axis is zero',
      { kling: { prompt: 'x', camera: { type: 'SIMPLE', pan: 0 } } },
      ['kling', 'camera'],
      simpleAxes,
    ],
    [
      'a SIMPLE camera moving two axes',
      { kling: { prompt: 'x', camera: { type: 'SIMPLE', pan: 2, zoom: 1 } } },
      ['kling', 'camera'],
      `${simpleAxes} (got pan, zoom)`,
    ],
    [
      'a preset camera move given axes',
      { kling: { prompt: 'x', camera: { type: 'DOWN_BACK', tilt: 1 } } },
      ['kling', 'camera'],
      'DOWN_BACK is a preset move and takes no axes; only SIMPLE does',
    ],
    [
      'an axis out of range',
      { kling: { prompt: 'x', camera: { type: 'SIMPLE', zoom: 11 } } },
      ['kling', 'camera', 'zoom'],
      'must be at most 10',
    ],
    [
      'a ratio for image-to-video',
      { kling: { prompt: 'x', image, ratio: 'RATIO_16_9' } },
      ['kling', 'ratio'],
      'ratio does not apply to image-to-video (only to text-to-video, multi-image reference)',
    ],
    [
      'a last frame without a first',
      { kling: { prompt: 'x', imageTail: image } },
      ['kling', 'imageTail'],
      'imageTail does not apply to text-to-video (only to image-to-video)',
    ],
    ['a ratio Kling does not make', { kling: { prompt: 'x', ratio: 'RATIO_4_3' } }, ['kling', 'ratio'], 'Kling makes 16:9, 9:16, 1:1 only'],
    ['a cfg scale over 1', { kling: { prompt: 'x', cfgScale: 1.5 } }, ['kling', 'cfgScale'], 'must be at most 1'],
    [
      'a prompt over 2,500 characters',
      { kling: { prompt: 'x'.repeat(2501) } },
      ['kling', 'prompt'],
      'must be at most 2500 characters long',
    ],
  ])('%s', async (_case, input, path, message) => expectRefused(input, path, message));
});

describe('Luma', () => {
  it.each<Case>([
    [
      'extend with a first frame',
      { luma: { prompt: 'x', extend: 'VmlkZW9Kb2I6eA==', image } },
      ['luma', 'image'],
      'image does not apply to extend (only to image-to-video)',
    ],
    [
      'extend with a last frame',
      { luma: { prompt: 'x', extend: 'VmlkZW9Kb2I6eA==', imageEnd: image } },
      ['luma', 'imageEnd'],
      'imageEnd does not apply to extend (only to image-to-video)',
    ],
    [
      'extend with loop',
      { luma: { prompt: 'x', extend: 'VmlkZW9Kb2I6eA==', loop: true } },
      ['luma', 'loop'],
      'loop does not apply to extend (only to text-to-video, image-to-video)',
    ],
    ['a blank prompt', { luma: { prompt: ' ' } }, ['luma', 'prompt'], 'must not be blank'],
  ])('%s', async (_case, input, path, message) => expectRefused(input, path, message));
});

describe('Runway', () => {
  it.each<Case>([
    ['text without a prompt', { runway: { model: 'GEN4' } }, ['runway', 'prompt'], 'text-to-video needs a prompt'],
    [
      'an image with a video',
      { runway: { image, video } },
      ['runway', 'image'],
      'give image (image-to-video) or video (video-to-video), not both',
    ],
    [
      'a character without a video',
      { runway: { prompt: 'x', character: image } },
      ['runway', 'character'],
      'character makes an Act-One job and needs video, the performance that drives it',
    ],
    [
      'Gen-3 with 1:1',
      { runway: { prompt: 'x', model: 'GEN3', ratio: 'RATIO_1_1' } },
      ['runway', 'ratio'],
      'Runway Gen-3 makes 16:9, 9:16 only',
    ],
    [
      'the default model (Gen-3) with 4:3',
      { runway: { prompt: 'x', ratio: 'RATIO_4_3' } },
      ['runway', 'ratio'],
      'Runway Gen-3 (the default model) makes 16:9, 9:16 only',
    ],
    ['Act-One with 9:16', { runway: { video, character: image, ratio: 'RATIO_9_16' } }, ['runway', 'ratio'], 'Act-One makes 16:9 only'],
    [
      'a motion vector without Gen-2',
      { runway: { prompt: 'x', motion: { x: 1 } } },
      ['runway', 'motion'],
      'motion (the motion vector) is Gen-2 only: set model GEN2',
    ],
    [
      'GEN4_TURBO without an image',
      { runway: { prompt: 'x', model: 'GEN4_TURBO' } },
      ['runway', 'model'],
      'GEN4_TURBO makes image-to-video only: give an image',
    ],
    [
      'a last image and the image as end frame',
      { runway: { image, lastImage: image, imageAsEndFrame: true } },
      ['runway', 'imageAsEndFrame'],
      'give lastImage or imageAsEndFrame, not both: each sets the last frame',
    ],
    [
      'a last image without an image',
      { runway: { prompt: 'x', lastImage: image } },
      ['runway', 'lastImage'],
      'lastImage does not apply to text-to-video (only to image-to-video)',
    ],
    [
      'a structure transformation without a video',
      { runway: { prompt: 'x', structureTransformation: 0.5 } },
      ['runway', 'structureTransformation'],
      'structureTransformation does not apply to text-to-video (only to video-to-video)',
    ],
    [
      'seconds for video-to-video',
      { runway: { video, seconds: 'SECONDS_5' } },
      ['runway', 'seconds'],
      'seconds does not apply to video-to-video (only to text-to-video, image-to-video)',
    ],
    [
      'a prompt for Act-One',
      { runway: { video, character: image, prompt: 'x' } },
      ['runway', 'prompt'],
      'prompt does not apply to Act-One (only to text-to-video, image-to-video, video-to-video, video editing)',
    ],
    [
      'a model for Act-One',
      { runway: { video, character: image, model: 'GEN3' } },
      ['runway', 'model'],
      'model does not apply to Act-One (only to text-to-video, image-to-video, video-to-video)',
    ],
    [
      'a ratio Runway does not make',
      { runway: { prompt: 'x', model: 'GEN4', ratio: 'RATIO_5_4' } },
      ['runway', 'ratio'],
      'Runway makes 16:9, 9:16, 1:1, 4:3, 3:4, 21:9 only',
    ],
    [
      'a structure transformation over 1',
      { runway: { video, structureTransformation: 1.5 } },
      ['runway', 'structureTransformation'],
      'must be at most 1',
    ],
  ])('%s', async (_case, input, path, message) => expectRefused(input, path, message));
});

describe('PIX', () => {
  it.each<Case>([
    [
      'a last image without an image',
      { pix: { prompt: 'x', lastImage: image } },
      ['pix', 'lastImage'],
      'lastImage does not apply to text-to-video (only to image-to-video)',
    ],
    [
      'a sound description with the sound off',
      { pix: { prompt: 'x', soundEffect: { enabled: false, description: 'rain' } } },
      ['pix', 'soundEffect', 'description'],
      'a sound effect description needs enabled: true',
    ],
    [
      'a ratio PIX does not make',
      { pix: { prompt: 'x', ratio: 'RATIO_21_9' } },
      ['pix', 'ratio'],
      'PIX makes 16:9, 4:3, 1:1, 3:4, 9:16 only',
    ],
    ['a negative seed', { pix: { prompt: 'x', seed: -1 } }, ['pix', 'seed'], 'must be at least 0'],
    ['an effect id of 0', { pix: { prompt: 'x', effect: 0 } }, ['pix', 'effect'], 'must be at least 1'],
    ['a blank lip-sync text', { pix: { prompt: 'x', lipSync: { text: '' } } }, ['pix', 'lipSync', 'text'], 'must not be blank'],
  ])('%s', async (_case, input, path, message) => expectRefused(input, path, message));
});
