import { z } from 'zod';
import { InvalidJobInputError } from '../jobs/errors.js';
import { aspectRatios, videoModes, type ProviderCatalog, type VideoMode } from './catalog.js';
import { between, broken, notBlank, oneOf, onlyInTheirModes, ratioOf, type FieldModes } from './input-rules.js';
import { withoutNulls } from './json.js';
import { parseDuomiTask, parseSubmitAnswer } from './task-update.js';
import type { FindJob, ProviderModule } from './types.js';

// Kling through DuomiAPI's "official format" (shared/duomi-providers.md, shared/duomi-current-models.md):
// Kling's own public API passed through under DuomiAPI's host, one endpoint per tool: text2video,
// image2video (`image`), multi-image2video (`referenceImages`), video-extend (`extend`) and
// effects (`effect`). The key goes in `Authorization`, raw.

export const klingModels = {
  KLING_V1: 'kling-v1',
  KLING_V1_5: 'kling-v1-5',
  KLING_V1_6: 'kling-v1-6',
  KLING_V2_MASTER: 'kling-v2-master',
  KLING_V2_1_MASTER: 'kling-v2-1-master',
  KLING_V2_5_TURBO: 'kling-v2-5-turbo',
  KLING_V2_6: 'kling-v2-6',
  KLING_V3: 'kling-v3',
} as const;
type KlingModel = keyof typeof klingModels;
/** The v1 models take `cfg_scale`; the v2 ones and newer do not (mirror). */
const v1Models: readonly KlingModel[] = ['KLING_V1', 'KLING_V1_5', 'KLING_V1_6'];
/** Multi-shot is Kling 3's. */
const multiShotModels: readonly KlingModel[] = ['KLING_V3'];
/** Kling's quality modes (its `mode` field), not to be confused with the job's mode (text or image). */
export const klingModes = { STD: 'std', PRO: 'pro' } as const;
export const klingDurations = { SECONDS_5: 5, SECONDS_10: 10 } as const;
export const klingCameraTypes = {
  SIMPLE: 'simple',
  DOWN_BACK: 'down_back',
  FORWARD_UP: 'forward_up',
  RIGHT_TURN_FORWARD: 'right_turn_forward',
  LEFT_TURN_FORWARD: 'left_turn_forward',
} as const;
export const klingCameraAxes = ['horizontal', 'vertical', 'pan', 'tilt', 'roll', 'zoom'] as const;
/** Kling's effect scenes (`effect_scene`): the first five animate one image, the last three two people's. */
export const klingEffects = {
  BLOOMBLOOM: 'bloombloom',
  DIZZYDIZZY: 'dizzydizzy',
  FUZZYFUZZY: 'fuzzyfuzzy',
  SQUISH: 'squish',
  EXPANSION: 'expansion',
  HUG: 'hug',
  KISS: 'kiss',
  HEART_GESTURE: 'heart_gesture',
} as const;
export const klingPairEffects: readonly (keyof typeof klingEffects)[] = ['HUG', 'KISS', 'HEART_GESTURE'];

export const klingLimits = {
  promptLength: 2500,
  negativePromptLength: 2500,
  cfgScale: { min: 0, max: 1 },
  axis: { min: -10, max: 10 },
  shots: { max: 6, promptLength: 512 },
  referenceImages: { min: 1, max: 4 },
} as const;
/** Kling's own defaults, filled in so a job's settings say what it was made with. */
export const klingDefaults = { model: 'KLING_V1', mode: 'STD', duration: 'SECONDS_5', cfgScale: 0.5, ratio: 'RATIO_16_9' } as const;
/** The model an effect is made with when none is given (Kling's own examples). */
export const klingEffectModel = 'KLING_V1_6';

export const klingCatalog = {
  provider: 'KLING',
  name: 'Kling',
  modes: ['TEXT', 'IMAGE', 'MULTI_IMAGE', 'EXTEND', 'EFFECT'],
  ratios: ['RATIO_16_9', 'RATIO_9_16', 'RATIO_1_1'],
  defaultRatio: klingDefaults.ratio,
  durations: klingDurations,
  durationField: 'duration',
  models: klingModels,
  defaultModel: klingDefaults.model,
  modelRules: Object.fromEntries(
    (Object.keys(klingModels) as KlingModel[]).map((m) => [
      m,
      { unsupported: [...(v1Models.includes(m) ? [] : ['cfgScale']), ...(multiShotModels.includes(m) ? [] : ['shots'])] },
    ]),
  ),
  styles: {},
} as const satisfies ProviderCatalog;

const axis = between(klingLimits.axis.min, klingLimits.axis.max).nullish();
const url = z.string();

export const klingInputSchema = z
  .object({
    prompt: notBlank(klingLimits.promptLength).nullish(),
    negativePrompt: z.string().max(klingLimits.negativePromptLength).nullish(),
    model: oneOf(klingModels).nullish(),
    mode: oneOf(klingModes).nullish(),
    duration: oneOf(klingDurations).nullish(),
    ratio: ratioOf(klingCatalog).nullish(),
    cfgScale: between(klingLimits.cfgScale.min, klingLimits.cfgScale.max).nullish(),
    sound: z.boolean().nullish(),
    camera: z
      .object({ type: oneOf(klingCameraTypes), horizontal: axis, vertical: axis, pan: axis, tilt: axis, roll: axis, zoom: axis })
      .nullish(),
    image: url.nullish(),
    imageTail: url.nullish(),
    shots: z
      .array(z.object({ prompt: notBlank(klingLimits.shots.promptLength), duration: z.number().int().min(1, 'must be at least 1 second') }))
      .min(1, 'must name at least one shot')
      .max(klingLimits.shots.max, `must be at most ${klingLimits.shots.max} shots`)
      .nullish(),
    referenceImages: z
      .array(url)
      .min(klingLimits.referenceImages.min, `must hold ${klingLimits.referenceImages.min} to ${klingLimits.referenceImages.max} images`)
      .max(klingLimits.referenceImages.max, `must hold ${klingLimits.referenceImages.min} to ${klingLimits.referenceImages.max} images`)
      .nullish(),
    extend: z.string().trim().min(1, 'must not be blank').nullish(),
    effect: oneOf(klingEffects).nullish(),
    images: z.array(url).nullish(),
  })
  .superRefine((input, ctx) => {
    const mode = klingMode(input);
    const tools = (['image', 'referenceImages', 'extend', 'effect'] as const).filter((f) => input[f] != null);
    if (tools.length > 1) broken(ctx, tools[1]!, `give one of image, referenceImages, extend or effect, not ${tools.join(' and ')}`);
    if (!input.prompt && (mode === 'TEXT' || mode === 'IMAGE' || mode === 'MULTI_IMAGE'))
      broken(ctx, 'prompt', `${videoModes[mode]} needs a prompt`);
    onlyInTheirModes(ctx, input, mode, klingFieldModes, ['image', 'referenceImages', 'extend', 'effect']);
    if (input.imageTail && input.camera) broken(ctx, 'imageTail', 'Kling takes a last frame (imageTail) or a camera move, not both');
    const model = input.model ?? (mode === 'EFFECT' ? klingEffectModel : klingDefaults.model);
    if (input.cfgScale != null && !v1Models.includes(model)) {
      broken(ctx, 'cfgScale', `${model}${input.model ? '' : ' (the default model)'} takes no cfgScale: only ${v1Models.join(', ')} do`);
    }
    if (input.shots) {
      if (!multiShotModels.includes(model)) broken(ctx, 'shots', `multi-shot needs model ${multiShotModels.join(' or ')}`);
      const total = input.shots.reduce((sum, shot) => sum + shot.duration, 0);
      const seconds = klingDurations[input.duration ?? klingDefaults.duration];
      if (total !== seconds) broken(ctx, 'shots', `the shots' durations must add up to the job's ${seconds} seconds (they make ${total})`);
    }
    if (input.effect) {
      const wanted = klingPairEffects.includes(input.effect) ? 2 : 1;
      if ((input.images?.length ?? 0) !== wanted)
        broken(ctx, 'images', `${input.effect} takes ${wanted === 2 ? 'two images (two people)' : 'one image'}`);
    } else if (input.images) broken(ctx, 'images', 'images are for an effect: set effect');
    const camera = input.camera;
    if (!camera) return;
    const given = klingCameraAxes.filter((a) => camera[a] != null);
    const moving = given.filter((a) => camera[a] !== 0);
    if (camera.type === 'SIMPLE' && moving.length !== 1) {
      broken(
        ctx,
        'camera',
        `SIMPLE moves exactly one axis: one of ${klingCameraAxes.join(', ')}, not zero${moving.length ? ` (got ${moving.join(', ')})` : ''}`,
      );
    }
    if (camera.type !== 'SIMPLE' && given.length > 0)
      broken(ctx, 'camera', `${camera.type} is a preset move and takes no axes; only SIMPLE does`);
  });

export type KlingInput = z.infer<typeof klingInputSchema> & {
  /** The video id (Kling's `task_result.videos[0].id`) of the job `extend` names, resolved when the job is stored. */
  extendVideoId?: string;
};

/** What each tool's endpoint takes: anything else the caller sets would be dropped, so it is refused. */
const klingFieldModes: FieldModes<KlingInput> = {
  negativePrompt: ['TEXT', 'IMAGE', 'MULTI_IMAGE'],
  model: ['TEXT', 'IMAGE', 'MULTI_IMAGE', 'EFFECT'],
  duration: ['TEXT', 'IMAGE', 'MULTI_IMAGE', 'EFFECT'],
  ratio: ['TEXT', 'MULTI_IMAGE'],
  cfgScale: ['TEXT', 'IMAGE'],
  sound: ['TEXT', 'IMAGE'],
  camera: ['TEXT', 'IMAGE'],
  imageTail: ['IMAGE'],
  shots: ['TEXT', 'IMAGE'],
  mode: ['TEXT', 'IMAGE', 'MULTI_IMAGE', 'EFFECT'],
  prompt: ['TEXT', 'IMAGE', 'MULTI_IMAGE', 'EXTEND'],
};

export function klingMode(input: Pick<KlingInput, 'image' | 'referenceImages' | 'extend' | 'effect'>): VideoMode {
  if (input.effect) return 'EFFECT';
  if (input.extend) return 'EXTEND';
  if (input.referenceImages) return 'MULTI_IMAGE';
  return input.image ? 'IMAGE' : 'TEXT';
}

const endpoints = {
  TEXT: 'text2video',
  IMAGE: 'image2video',
  MULTI_IMAGE: 'multi-image2video',
  EXTEND: 'video-extend',
  EFFECT: 'effects',
} as const;
const endpoint = (input: KlingInput) => endpoints[klingMode(input) as keyof typeof endpoints];

export function normalizeKlingInput(input: KlingInput): KlingInput {
  const mode = klingMode(input);
  const model = input.model ?? (mode === 'EFFECT' ? klingEffectModel : mode === 'EXTEND' ? undefined : klingDefaults.model);
  return withoutNulls({
    ...input,
    prompt: input.prompt?.trim(),
    extend: input.extend?.trim(),
    model,
    mode: mode === 'EXTEND' ? undefined : (input.mode ?? klingDefaults.mode),
    duration: mode === 'EXTEND' ? undefined : (input.duration ?? klingDefaults.duration),
    cfgScale:
      (mode === 'TEXT' || mode === 'IMAGE') && model && v1Models.includes(model) ? (input.cfgScale ?? klingDefaults.cfgScale) : undefined,
    ratio: mode === 'TEXT' || mode === 'MULTI_IMAGE' ? (input.ratio ?? klingDefaults.ratio) : undefined,
    shots: input.shots?.map((shot) => ({ ...shot, prompt: shot.prompt.trim() })),
  });
}

export const klingExtendRefused = (why: string) =>
  new InvalidJobInputError('KLING', ['extend'], `extend must name one of your finished Kling jobs: ${why}`);

/** `extend` must name one of the caller's finished Kling jobs; Kling extends its video, by the video's id. */
async function resolveExtend(input: KlingInput, findJob: FindJob): Promise<KlingInput> {
  if (!input.extend) return input;
  const job = await findJob(input.extend);
  const refuse = klingExtendRefused;
  if (!job) throw refuse('there is no such job');
  if (job.provider !== 'KLING') throw refuse(`that one is a ${job.provider} job`);
  if (job.status !== 'SUCCEEDED') throw refuse(`that one is ${job.status}`);
  if (!job.upstreamVideoId) throw refuse('Kling sent no video id for that one');
  return { ...input, extendVideoId: job.upstreamVideoId };
}

/** Kling's request body for each tool: its own field names, `duration` as a string, a SIMPLE camera's six axes with zeros. */
export function klingUpstreamBody(input: KlingInput, callbackUrl: string, jobId?: string): Record<string, unknown> {
  const mode = klingMode(input);
  const model = input.model && klingModels[input.model];
  const duration = input.duration && String(klingDurations[input.duration]);
  const quality = input.mode && klingModes[input.mode];
  if (mode === 'EXTEND') {
    if (!input.extendVideoId) throw new Error('a Kling extend job was stored without the video it extends');
    return withoutNulls({ video_id: input.extendVideoId, prompt: input.prompt, callback_url: callbackUrl, external_task_id: jobId });
  }
  if (mode === 'EFFECT') {
    return withoutNulls({
      effect_scene: input.effect && klingEffects[input.effect],
      input: { model_name: model, mode: quality, images: input.images, duration },
      callback_url: callbackUrl,
      external_task_id: jobId,
    });
  }
  const camera = input.camera;
  const shots = input.shots;
  return withoutNulls({
    model_name: model,
    prompt: input.prompt,
    negative_prompt: input.negativePrompt,
    cfg_scale: input.cfgScale,
    mode: quality,
    duration,
    aspect_ratio: input.ratio ? aspectRatios[input.ratio] : undefined,
    sound: input.sound == null ? undefined : input.sound ? 'on' : 'off',
    camera_control: camera && {
      type: klingCameraTypes[camera.type],
      config: camera.type === 'SIMPLE' ? Object.fromEntries(klingCameraAxes.map((a) => [a, camera[a] ?? 0])) : undefined,
    },
    image: input.image,
    image_tail: input.imageTail,
    image_list: input.referenceImages?.map((image) => ({ image })),
    ...(shots
      ? {
          multi_shot: true,
          shot_type: 'customize',
          multi_prompt: shots.map((shot, index) => ({ index, prompt: shot.prompt, duration: String(shot.duration) })),
        }
      : {}),
    callback_url: callbackUrl,
    external_task_id: jobId,
  });
}

/**
 * A lookup answer for the task Kling holds under our job id (`external_task_id`), or null when it
 * holds none: a refusal (DuomiAPI's 404), or a task that echoes another external id.
 */
function parseKlingLookup(answer: unknown, jobId: string) {
  const code = (answer as { code?: unknown } | null)?.code;
  if (code !== undefined && String(code) !== '0' && String(code) !== '200') return null;
  const data = (answer as { data?: { task_info?: { external_task_id?: unknown } } }).data;
  const echoed = data?.task_info?.external_task_id;
  if (echoed !== undefined && echoed !== jobId) return null;
  const update = parseDuomiTask(answer);
  return update.taskId ? { ...update, taskId: update.taskId } : null;
}

export const kling: ProviderModule<KlingInput> = {
  id: 'KLING',
  catalog: klingCatalog,
  normalize: normalizeKlingInput,
  resolveReferences: resolveExtend,
  promptOf: (input) => input.prompt ?? undefined,
  modeOf: klingMode,
  // The key goes in `Authorization` (raw, no Bearer) for create and query alike, never in the body.
  buildSubmit: (input, callbackUrl, jobId) => ({
    method: 'POST',
    path: `/api/video/kling/v1/videos/${endpoint(input)}`,
    body: klingUpstreamBody(input, callbackUrl, jobId),
    keyIn: 'header',
  }),
  // Each endpoint has its own query path; the job's input says which one made the task.
  buildFeed: (taskId, input) => ({
    method: 'GET',
    path: `/api/video/kling/v1/videos/${endpoint(input)}/${encodeURIComponent(taskId)}`,
    keyIn: 'header',
  }),
  // The official format answers `code: 0`; DuomiAPI's own refusals (a bad key) still say `code`/`msg`.
  successCodes: ['0', '200'],
  parseSubmitAnswer: (answer) => parseSubmitAnswer(answer, ['0', '200']),
  parseUpdate: parseDuomiTask,
  // Kling's query takes our own id (external_task_id) in place of its task id.
  lookup: {
    build: (jobId, input) => ({
      method: 'GET',
      path: `/api/video/kling/v1/videos/${endpoint(input)}/${encodeURIComponent(jobId)}`,
      keyIn: 'header',
    }),
    parse: parseKlingLookup,
  },
};
