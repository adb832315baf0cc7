import { describe, expect, it } from 'vitest';
import type { Client } from 'graphql-ws';
import { kling } from '../src/provider/kling.js';
import { generateAndFollow, receivedBody } from './support/follow-job.js';
import { useSharedGateway, type TestGateway } from './support/gateway.js';
import { gql, rawJobId } from './support/graphql.js';
import type { GenerateVideoInput, KlingVideoInput } from './support/generated/graphql.js';
import { GenerateVideo } from './support/operations.js';

// Kling's current models and tools (shared/duomi-current-models.md): each with the exact request
// the simulator received (path, key in Authorization, body), followed to SUCCEEDED in Kling's dialect.

let gateway: TestGateway;
let client: Client;
useSharedGateway((g, c) => ([gateway, client] = [g, c]));

const a = 'https://example.com/a.png';
const b = 'https://example.com/b.png';

async function refused(kling: KlingVideoInput) {
  const { errors } = await gql(gateway.url, GenerateVideo, { input: { kling } as GenerateVideoInput });
  expect(errors, JSON.stringify(kling)).toHaveLength(1);
  expect(errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  return errors![0]!.extensions!.fields as { path: string[]; message: string }[];
}

describe('Kling tools, followed over graphql-ws to SUCCEEDED', () => {
  it.each<[string, KlingVideoInput, string, string, Record<string, unknown>]>([
    [
      'a v2 model: no cfg_scale sent, sound as on',
      { prompt: 'a storm', model: 'KLING_V2_5_TURBO', sound: true },
      'TEXT',
      'text2video',
      { model_name: 'kling-v2-5-turbo', prompt: 'a storm', mode: 'std', duration: '5', aspect_ratio: '16:9', sound: 'on' },
    ],
    [
      'multi-shot (KLING_V3): shots as multi_prompt, durations adding up',
      {
        prompt: 'a day',
        model: 'KLING_V3',
        duration: 'SECONDS_10',
        sound: false,
        shots: [
          { prompt: 'dawn', duration: 3 },
          { prompt: 'noon', duration: 3 },
          { prompt: 'dusk', duration: 4 },
        ],
      },
      'TEXT',
      'text2video',
      {
        model_name: 'kling-v3',
        prompt: 'a day',
        mode: 'std',
        duration: '10',
        aspect_ratio: '16:9',
        sound: 'off',
        multi_shot: true,
        shot_type: 'customize',
        multi_prompt: [
          { index: 0, prompt: 'dawn', duration: '3' },
          { index: 1, prompt: 'noon', duration: '3' },
          { index: 2, prompt: 'dusk', duration: '4' },
        ],
      },
    ],
    [
      'multi-image reference: image_list to multi-image2video',
      { prompt: 'the two of them dance', referenceImages: [a, b], model: 'KLING_V1_6', ratio: 'RATIO_9_16' },
      'MULTI_IMAGE',
      'multi-image2video',
      {
        model_name: 'kling-v1-6',
        prompt: 'the two of them dance',
        mode: 'std',
        duration: '5',
        aspect_ratio: '9:16',
        image_list: [{ image: a }, { image: b }],
      },
    ],
    [
      'an effect on two images: effect_scene and input',
      { effect: 'HUG', images: [a, b] },
      'EFFECT',
      'effects',
      { effect_scene: 'hug', input: { model_name: 'kling-v1-6', mode: 'std', images: [a, b], duration: '5' } },
    ],
    [
      'an effect on one image',
      { effect: 'SQUISH', images: [a], mode: 'PRO' },
      'EFFECT',
      'effects',
      { effect_scene: 'squish', input: { model_name: 'kling-v1-6', mode: 'pro', images: [a], duration: '5' } },
    ],
  ])('%s', async (_case, input, mode, endpoint, body) => {
    const { job, last, submission } = await generateAndFollow(gateway, client, { kling: input });
    expect(job.mode).toBe(mode);
    expect(last.status).toBe('SUCCEEDED');
    expect(submission!.path).toBe(`/api/video/kling/v1/videos/${endpoint}`);
    expect(submission!.keyIn).toBe('header');
    expect(receivedBody(submission)).toEqual({ ...body, external_task_id: rawJobId(job.id) });
    expect(kling.buildFeed('t1', kling.normalize(input as never)).path).toBe(`/api/video/kling/v1/videos/${endpoint}/t1`);
  });

  it("extends a finished Kling job by its video's id", async () => {
    const first = await generateAndFollow(gateway, client, { kling: { prompt: 'a paper boat' } });
    const { job, last, submission } = await generateAndFollow(gateway, client, {
      kling: { prompt: 'it reaches the sea', extend: first.job.id },
    });
    expect(job.mode).toBe('EXTEND');
    expect(last.status).toBe('SUCCEEDED');
    expect(submission!.path).toBe('/api/video/kling/v1/videos/video-extend');
    expect(receivedBody(submission)).toEqual({
      video_id: `${first.last.upstreamTaskId}-v0`,
      prompt: 'it reaches the sea',
      external_task_id: rawJobId(job.id),
    });
  });
});

describe('Kling refuses, naming the rule', () => {
  it.each<[string, KlingVideoInput, (string | number)[], string]>([
    [
      'cfgScale with a v2 model',
      { prompt: 'x', model: 'KLING_V2_MASTER', cfgScale: 0.5 },
      ['cfgScale'],
      'KLING_V2_MASTER takes no cfgScale: only KLING_V1, KLING_V1_5, KLING_V1_6 do',
    ],
    [
      'shots with a model before v3',
      { prompt: 'x', model: 'KLING_V2_6', shots: [{ prompt: 'a', duration: 5 }] },
      ['shots'],
      'multi-shot needs model KLING_V3',
    ],
    [
      'shots not adding up',
      { prompt: 'x', model: 'KLING_V3', shots: [{ prompt: 'a', duration: 2 }] },
      ['shots'],
      "the shots' durations must add up to the job's 5 seconds (they make 2)",
    ],
    [
      'seven shots',
      { prompt: 'x', model: 'KLING_V3', shots: Array.from({ length: 7 }, () => ({ prompt: 'a', duration: 1 })) },
      ['shots'],
      'must be at most 6 shots',
    ],
    [
      'a shot prompt over 512 characters',
      { prompt: 'x', model: 'KLING_V3', shots: [{ prompt: 'a'.repeat(513), duration: 5 }] },
      ['shots', 0, 'prompt'],
      'must be at most 512 characters long',
    ],
    ['five reference images', { prompt: 'x', referenceImages: [a, a, a, a, a] }, ['referenceImages'], 'must hold 1 to 4 images'],
    [
      'a camera with reference images',
      { prompt: 'x', referenceImages: [a], camera: { type: 'DOWN_BACK' } },
      ['camera'],
      'camera does not apply to multi-image reference (only to text-to-video, image-to-video)',
    ],
    [
      'image and reference images',
      { prompt: 'x', image: a, referenceImages: [b] },
      ['referenceImages'],
      'give one of image, referenceImages, extend or effect, not image and referenceImages',
    ],
    ['HUG with one image', { effect: 'HUG', images: [a] }, ['images'], 'HUG takes two images (two people)'],
    [
      'an effect with a prompt',
      { effect: 'KISS', images: [a, b], prompt: 'x' },
      ['prompt'],
      'prompt does not apply to effect (only to text-to-video, image-to-video, multi-image reference, extend)',
    ],
    ['images without an effect', { prompt: 'x', images: [a] }, ['images'], 'images are for an effect: set effect'],
    ['text without a prompt', {}, ['prompt'], 'text-to-video needs a prompt'],
    [
      'extend with a model',
      { extend: 'VmlkZW9Kb2I6MDE5YWJj', model: 'KLING_V1' },
      ['model'],
      'model does not apply to extend (only to text-to-video, image-to-video, multi-image reference, effect)',
    ],
  ])('%s', async (_case, input, path, message) => {
    expect(await refused(input)).toEqual([{ path: ['input', 'kling', ...path], message }]);
  });

  it('extend of a job that is not a finished Kling job', async () => {
    const luma = (await gql(gateway.url, GenerateVideo, { input: { luma: { prompt: 'x' } } })).data!.generateVideo.id;
    expect(await refused({ extend: luma })).toEqual([
      { path: ['input', 'kling', 'extend'], message: 'extend must name one of your finished Kling jobs: that one is a LUMA job' },
    ]);
  });
});
