import { z } from 'zod';
import { aspectRatios, listRatios, type AspectRatio, type ProviderCatalog, type VideoMode } from './catalog.js';
import { between, broken, notBlank, oneOf, onlyInTheirModes, ratioOf, type FieldModes } from './input-rules.js';
import { withoutNulls } from './json.js';
import { parseDuomiSubmitAnswer, parseDuomiTask } from './task-update.js';
import { defaultUpstreamSettings, type ProviderModule, type UpstreamRequest, type UpstreamSettings } from './types.js';

// Runway through DuomiAPI (shared/duomi-providers.md): generate (text, or from a first frame),
// video-to-video (restyle a video) and Act-One (a performance video drives a character image),
// each its own endpoint; its feed and callbacks speak the legacy numeric `status` only.

export const runwayModels = { GEN2: 'gen2', GEN3: 'gen3', GEN4: 'gen4', GEN4_TURBO: 'gen4_turbo', GEN4_5: 'gen4.5' } as const;
export const runwayDurations = { SECONDS_5: 5, SECONDS_10: 10 } as const;
const gen3Ratios = ['RATIO_16_9', 'RATIO_9_16'] as const satisfies readonly AspectRatio[];
const actOneRatios = ['RATIO_16_9'] as const satisfies readonly AspectRatio[];

// Undocumented: the prompt and style caps, and the motion vector's range (Gen-2's own sliders).
export const runwayLimits = {
  editPromptLength: 1000,
  promptLength: 2000,
  styleLength: 100,
  motion: { min: -10, max: 10 },
  structureTransformation: { min: 0, max: 1 },
} as const;
/** Gen-3 makes every mode; the documentation names no default model. */
export const runwayDefaults = { model: 'GEN3', ratio: 'RATIO_16_9' } as const;

export const runwayCatalog = {
  provider: 'RUNWAY',
  name: 'Runway',
  modes: ['TEXT', 'IMAGE', 'VIDEO', 'ACT_ONE', 'EDIT'],
  ratios: ['RATIO_16_9', 'RATIO_9_16', 'RATIO_1_1', 'RATIO_4_3', 'RATIO_3_4', 'RATIO_21_9'],
  defaultRatio: runwayDefaults.ratio,
  durations: runwayDurations,
  durationField: 'seconds',
  models: runwayModels,
  defaultModel: runwayDefaults.model,
  modelRatios: { GEN3: gen3Ratios },
  // `style` is a free name such as "cinematic", not a closed set.
  styles: {},
} as const satisfies ProviderCatalog;

const motionAxis = between(runwayLimits.motion.min, runwayLimits.motion.max).nullish();

export const runwayInputSchema = z
  .object({
    prompt: notBlank(runwayLimits.promptLength).nullish(),
    model: oneOf(runwayModels).nullish(),
    ratio: ratioOf(runwayCatalog).nullish(),
    seconds: oneOf(runwayDurations).nullish(),
    style: notBlank(runwayLimits.styleLength).nullish(),
    image: z.string().nullish(),
    lastImage: z.string().nullish(),
    imageAsEndFrame: z.boolean().nullish(),
    flip: z.boolean().nullish(),
    motion: z.object({ x: motionAxis, y: motionAxis, z: motionAxis, r: motionAxis, bgXPan: motionAxis, bgYPan: motionAxis }).nullish(),
    video: z.string().nullish(),
    structureTransformation: between(runwayLimits.structureTransformation.min, runwayLimits.structureTransformation.max).nullish(),
    character: z.string().nullish(),
    edit: z.boolean().nullish(),
    referenceImage: z.string().nullish(),
  })
  .superRefine((input, ctx) => {
    const mode = runwayMode(input);
    if (input.image && input.video) broken(ctx, 'image', 'give image (image-to-video) or video (video-to-video), not both');
    if (input.edit && !input.video) broken(ctx, 'edit', 'edit (Aleph) edits a video: give video');
    if (mode === 'EDIT' && !input.prompt) broken(ctx, 'prompt', 'video editing needs a prompt saying what to change');
    if (mode === 'EDIT' && input.prompt && input.prompt.length > runwayLimits.editPromptLength) {
      broken(ctx, 'prompt', `must be at most ${runwayLimits.editPromptLength} characters long for video editing`);
    }
    if (input.edit && input.character) broken(ctx, 'character', 'give character (Act-One) or edit (Aleph), not both');
    if (input.character && !input.video)
      broken(ctx, 'character', 'character makes an Act-One job and needs video, the performance that drives it');
    if (mode === 'TEXT' && !input.prompt) broken(ctx, 'prompt', 'text-to-video needs a prompt');
    const model = input.model ?? runwayDefaults.model;
    if (
      (mode === 'TEXT' || mode === 'IMAGE') &&
      model === 'GEN3' &&
      input.ratio &&
      !(gen3Ratios as readonly AspectRatio[]).includes(input.ratio)
    ) {
      broken(ctx, 'ratio', `Runway Gen-3${input.model ? '' : ' (the default model)'} makes ${listRatios(gen3Ratios)} only`);
    }
    if (mode === 'ACT_ONE' && input.ratio && input.ratio !== 'RATIO_16_9')
      broken(ctx, 'ratio', `Act-One makes ${listRatios(actOneRatios)} only`);
    if (input.motion && input.model !== 'GEN2') broken(ctx, 'motion', 'motion (the motion vector) is Gen-2 only: set model GEN2');
    if (input.model === 'GEN4_TURBO' && mode !== 'IMAGE') broken(ctx, 'model', 'GEN4_TURBO makes image-to-video only: give an image');
    if (input.lastImage && input.imageAsEndFrame)
      broken(ctx, 'imageAsEndFrame', 'give lastImage or imageAsEndFrame, not both: each sets the last frame');
    onlyInTheirModes(ctx, input, mode, runwayFieldModes, ['image', 'character']);
  });

export type RunwayInput = z.infer<typeof runwayInputSchema>;

/** What each mode's endpoint takes: anything else the caller sets would be dropped, so it is refused. */
const runwayFieldModes: FieldModes<RunwayInput> = {
  prompt: ['TEXT', 'IMAGE', 'VIDEO', 'EDIT'],
  model: ['TEXT', 'IMAGE', 'VIDEO'],
  ratio: ['TEXT', 'IMAGE', 'ACT_ONE'],
  seconds: ['TEXT', 'IMAGE'],
  style: ['TEXT', 'IMAGE'],
  image: ['IMAGE'],
  lastImage: ['IMAGE'],
  imageAsEndFrame: ['IMAGE'],
  flip: ['TEXT', 'IMAGE', 'VIDEO'],
  motion: ['TEXT', 'IMAGE'],
  structureTransformation: ['VIDEO'],
  character: ['ACT_ONE'],
  referenceImage: ['EDIT'],
};

export function runwayMode(input: Pick<RunwayInput, 'image' | 'video' | 'character' | 'edit'>): VideoMode {
  if (input.video && input.edit) return 'EDIT';
  if (input.video) return input.character ? 'ACT_ONE' : 'VIDEO';
  return input.image ? 'IMAGE' : 'TEXT';
}

export function normalizeRunwayInput(input: RunwayInput): RunwayInput {
  const mode = runwayMode(input);
  const { motion } = input;
  return withoutNulls({
    ...input,
    prompt: input.prompt?.trim(),
    model: mode === 'ACT_ONE' || mode === 'EDIT' ? undefined : (input.model ?? runwayDefaults.model),
    ratio: mode === 'TEXT' || mode === 'IMAGE' ? (input.ratio ?? runwayDefaults.ratio) : input.ratio,
    motion: motion && {
      x: motion.x ?? 0,
      y: motion.y ?? 0,
      z: motion.z ?? 0,
      r: motion.r ?? 0,
      bgXPan: motion.bgXPan ?? 0,
      bgYPan: motion.bgYPan ?? 0,
    },
  });
}

/**
 * Video-to-video goes to `/pro/video2video` (its own DuomiAPI page) unless the configuration says
 * `generate` (RUNWAY_VIDEO_TO_VIDEO_ENDPOINT: another page and the endpoint map send `video` to
 * `/pro/generate`); the body is the same.
 */
export function runwayUpstreamRequest(
  input: RunwayInput,
  callbackUrl: string,
  settings: UpstreamSettings = defaultUpstreamSettings,
): UpstreamRequest {
  const model = input.model && runwayModels[input.model];
  switch (runwayMode(input)) {
    case 'EDIT':
      // Aleph: the video, what to change, at most one reference image; 5 seconds (mirror, one reseller).
      return {
        method: 'POST',
        path: '/api/video/runway/pro/aleph',
        body: withoutNulls({
          callback_url: callbackUrl,
          video: input.video,
          prompt: input.prompt,
          images: input.referenceImage ? [input.referenceImage] : undefined,
          options: { seconds: 5 },
        }),
      };
    case 'ACT_ONE':
      // Act-One makes 16:9 only, so it takes no ratio; the character goes as `image`.
      return {
        method: 'POST',
        path: '/api/video/runway/pro/act_one',
        body: { callback_url: callbackUrl, video: input.video, image: input.character },
      };
    case 'VIDEO':
      return {
        method: 'POST',
        path: `/api/video/runway/pro/${settings.runwayVideoToVideo}`,
        body: withoutNulls(
          {
            callback_url: callbackUrl,
            video: input.video,
            model,
            prompt: input.prompt,
            options: { structure_transformation: input.structureTransformation, flip: input.flip },
          },
          { dropEmpty: true },
        ),
      };
    default: {
      const { motion } = input;
      const options = {
        seconds: input.seconds && runwayDurations[input.seconds],
        motion_vector: motion && { x: motion.x, y: motion.y, z: motion.z, r: motion.r, bg_x_pan: motion.bgXPan, bg_y_pan: motion.bgYPan },
        image_as_end_frame: input.imageAsEndFrame,
        flip: input.flip,
      };
      const body = {
        callback_url: callbackUrl,
        prompt: input.prompt,
        ratio: input.ratio && aspectRatios[input.ratio],
        style: input.style,
        model,
        image: input.image,
        last_image: input.lastImage,
        options,
      };
      return { method: 'POST', path: '/api/video/runway/pro/generate', body: withoutNulls(body, { dropEmpty: true }) };
    }
  }
}

export const runway: ProviderModule<RunwayInput> = {
  id: 'RUNWAY',
  catalog: runwayCatalog,
  normalize: normalizeRunwayInput,
  promptOf: (input) => input.prompt ?? undefined,
  modeOf: runwayMode,
  buildSubmit: (input, callbackUrl, _jobId, settings) => runwayUpstreamRequest(input, callbackUrl, settings),
  buildFeed: (taskId) => ({ method: 'GET', path: '/api/video/runway/feed', query: { task_id: taskId } }),
  parseSubmitAnswer: parseDuomiSubmitAnswer,
  parseUpdate: parseDuomiTask,
};
