import { z } from 'zod';
import { aspectRatios, type ProviderCatalog } from './catalog.js';
import { between, broken, notBlank, oneOf, onlyInTheirModes, ratioOf } from './input-rules.js';
import { withoutNulls } from './json.js';
import { parseDuomiTask, parseSubmitAnswer } from './task-update.js';
import type { ProviderModule } from './types.js';

// Kling through DuomiAPI's "official format" (shared/duomi-providers.md): Kling's own public API
// passed through under DuomiAPI's host; `image` makes it image2video, else text2video.

export const klingModels = { KLING_V1: 'kling-v1', KLING_V1_5: 'kling-v1-5', KLING_V1_6: 'kling-v1-6' } as const;
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

export const klingLimits = { promptLength: 2500, negativePromptLength: 2500, cfgScale: { min: 0, max: 1 }, axis: { min: -10, max: 10 } } as const;
/** Kling's own defaults, filled in so a job's settings say what it was made with. */
export const klingDefaults = { model: 'KLING_V1', mode: 'STD', duration: 'SECONDS_5', cfgScale: 0.5, ratio: 'RATIO_16_9' } as const;

export const klingCatalog = {
  provider: 'KLING',
  name: 'Kling',
  modes: ['TEXT', 'IMAGE'],
  ratios: ['RATIO_16_9', 'RATIO_9_16', 'RATIO_1_1'],
  defaultRatio: klingDefaults.ratio,
  durations: klingDurations,
  durationField: 'duration',
  models: klingModels,
  defaultModel: klingDefaults.model,
  styles: {},
} as const satisfies ProviderCatalog;

const axis = between(klingLimits.axis.min, klingLimits.axis.max).nullish();

export const klingInputSchema = z
  .object({
    prompt: notBlank(klingLimits.promptLength),
    negativePrompt: z.string().max(klingLimits.negativePromptLength).nullish(),
    model: oneOf(klingModels).nullish(),
    mode: oneOf(klingModes).nullish(),
    duration: oneOf(klingDurations).nullish(),
    ratio: ratioOf(klingCatalog).nullish(),
    cfgScale: between(klingLimits.cfgScale.min, klingLimits.cfgScale.max).nullish(),
    camera: z
      .object({ type: oneOf(klingCameraTypes), horizontal: axis, vertical: axis, pan: axis, tilt: axis, roll: axis, zoom: axis })
      .nullish(),
    image: z.string().nullish(),
    imageTail: z.string().nullish(),
  })
  .superRefine((input, ctx) => {
    onlyInTheirModes(ctx, input, klingMode(input), { ratio: ['TEXT'], imageTail: ['IMAGE'] });
    if (input.imageTail && input.camera) broken(ctx, 'imageTail', 'Kling takes a last frame (imageTail) or a camera move, not both');
    const camera = input.camera;
    if (!camera) return;
    const given = klingCameraAxes.filter((a) => camera[a] != null);
    const moving = given.filter((a) => camera[a] !== 0);
    if (camera.type === 'SIMPLE' && moving.length !== 1) {
      broken(ctx, 'camera', `SIMPLE moves exactly one axis: one of ${klingCameraAxes.join(', ')}, not zero${moving.length ? ` (got ${moving.join(', ')})` : ''}`);
    }
    if (camera.type !== 'SIMPLE' && given.length > 0) broken(ctx, 'camera', `${camera.type} is a preset move and takes no axes; only SIMPLE does`);
  });

export type KlingInput = z.infer<typeof klingInputSchema>;

export const klingMode = (input: Pick<KlingInput, 'image'>) => (input.image ? 'IMAGE' : 'TEXT');
const endpoint = (input: KlingInput) => (input.image ? 'image2video' : 'text2video');

export function normalizeKlingInput(input: KlingInput): KlingInput {
  return withoutNulls({
    ...input,
    prompt: input.prompt.trim(),
    model: input.model ?? klingDefaults.model,
    mode: input.mode ?? klingDefaults.mode,
    duration: input.duration ?? klingDefaults.duration,
    cfgScale: input.cfgScale ?? klingDefaults.cfgScale,
    ratio: klingMode(input) === 'TEXT' ? (input.ratio ?? klingDefaults.ratio) : undefined,
  });
}

/**
 * Kling's request body: its own field names, `duration` as a string, a SIMPLE camera's six axes
 * with zeros, and the job's id as `external_task_id`, so a submission whose answer was lost can be
 * looked up by it.
 */
export function klingUpstreamBody(input: KlingInput, callbackUrl: string, jobId?: string): Record<string, unknown> {
  const camera = input.camera;
  return withoutNulls({
    model_name: klingModels[input.model ?? klingDefaults.model],
    prompt: input.prompt,
    negative_prompt: input.negativePrompt,
    cfg_scale: input.cfgScale ?? klingDefaults.cfgScale,
    mode: klingModes[input.mode ?? klingDefaults.mode],
    duration: String(klingDurations[input.duration ?? klingDefaults.duration]),
    aspect_ratio: input.ratio ? aspectRatios[input.ratio] : undefined,
    camera_control: camera && {
      type: klingCameraTypes[camera.type],
      config: camera.type === 'SIMPLE' ? Object.fromEntries(klingCameraAxes.map((a) => [a, camera[a] ?? 0])) : undefined,
    },
    image: input.image,
    image_tail: input.imageTail,
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
  promptOf: (input) => input.prompt,
  modeOf: klingMode,
  // The key goes in `Authorization` (raw, no Bearer) for create and query alike, never in the body.
  buildSubmit: (input, callbackUrl, jobId) => ({
    method: 'POST',
    path: `/api/video/kling/v1/videos/${endpoint(input)}`,
    body: klingUpstreamBody(input, callbackUrl, jobId),
    keyIn: 'header',
  }),
  // Each endpoint has its own query path; the job's input says which one made the task.
  buildFeed: (taskId, input) => ({ method: 'GET', path: `/api/video/kling/v1/videos/${endpoint(input)}/${encodeURIComponent(taskId)}`, keyIn: 'header' }),
  // The official format answers `code: 0`; DuomiAPI's own refusals (a bad key) still say `code`/`msg`.
  successCodes: ['0', '200'],
  parseSubmitAnswer: (answer) => parseSubmitAnswer(answer, ['0', '200']),
  parseUpdate: parseDuomiTask,
  // Kling's query takes our own id (external_task_id) in place of its task id.
  lookup: {
    build: (jobId, input) => ({ method: 'GET', path: `/api/video/kling/v1/videos/${endpoint(input)}/${encodeURIComponent(jobId)}`, keyIn: 'header' }),
    parse: parseKlingLookup,
  },
};
