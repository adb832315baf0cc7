import { z } from 'zod';
import { aspectRatios, type AspectRatio, type ProviderCatalog } from './catalog.js';
import { between, notBlank, oneOf, ratioOf } from './input-rules.js';
import { withoutNulls } from './json.js';
import { parseDuomiSubmitAnswer, parseDuomiTask } from './task-update.js';
import type { ProviderModule } from './types.js';

// Pika 1.5 through DuomiAPI (shared/duomi-api.md and its seed page). Each closed set maps a
// GraphQL enum value to the upstream spelling; the schema builds its enums from these keys.

export const pikaRatios = [
  'RATIO_16_9',
  'RATIO_9_16',
  'RATIO_1_1',
  'RATIO_4_5',
  'RATIO_5_4',
  'RATIO_5_2',
  'RATIO_4_3',
  'RATIO_3_4',
] as const satisfies readonly AspectRatio[];

export const pikaStyles = {
  INFLATE: 'Inflate',
  MELT: 'Melt',
  EXPLODE: 'Explode',
  SQUISH: 'Squish',
  CRUSH: 'Crush',
  CAKE_IFY: 'Cake-ify',
  TA_DA: 'Ta-da',
  DEFLATE: 'Deflate',
  CRUMBLE: 'Crumble',
  DISSOLVE: 'Dissolve',
  LEVITATE: 'Levitate',
  DECAPITATE: 'Decapitate',
  EYE_POP: 'Eye-pop',
} as const;

export const pikaModels = { V1_0: 1.0, V1_5: 1.5 } as const;
export const pikaLatestModel = 'V1_5' satisfies keyof typeof pikaModels;

export const cameraPans = { LEFT: 'left', RIGHT: 'right' } as const;
export const cameraTilts = { UP: 'up', DOWN: 'down' } as const;
export const cameraRotations = { CLOCKWISE: 'cw', COUNTERCLOCKWISE: 'ccw' } as const;
export const cameraZooms = { IN: 'in', OUT: 'out' } as const;

export const pikaLimits = {
  promptLength: 2000,
  negativePromptLength: 1000,
  frameRate: { min: 8, max: 24 },
  guidanceScale: { min: 5, max: 25 },
  motion: { min: 0, max: 4 },
  // Pika seeds go past GraphQL's 32-bit Int; any safe non-negative integer is passed through.
  seed: { min: 0, max: Number.MAX_SAFE_INTEGER },
} as const;

/** Upstream requires both; the gateway fills them in (and sends them) when the client leaves them out. */
export const pikaDefaults = { ratio: 'RATIO_16_9', frameRate: 24 } as const;

export const pikaCatalog = {
  provider: 'PIKA',
  name: 'Pika',
  modes: ['TEXT', 'IMAGE', 'VIDEO'],
  ratios: pikaRatios,
  defaultRatio: pikaDefaults.ratio,
  durations: {},
  models: pikaModels,
  defaultModel: pikaLatestModel,
  styles: pikaStyles,
} as const satisfies ProviderCatalog;

/** The rules of a Pika job, on the GraphQL input's own shape (the schema attaches it to PikaVideoInput). */
export const pikaInputSchema = z
  .object({
    prompt: notBlank(pikaLimits.promptLength),
    ratio: ratioOf(pikaCatalog).nullish(),
    style: oneOf(pikaStyles).nullish(),
    sfx: z.boolean().nullish(),
    model: oneOf(pikaModels).nullish(),
    options: z
      .object({
        frameRate: between(pikaLimits.frameRate.min, pikaLimits.frameRate.max).int().nullish(),
        camera: z
          .object({
            pan: oneOf(cameraPans).nullish(),
            tilt: oneOf(cameraTilts).nullish(),
            rotate: oneOf(cameraRotations).nullish(),
            zoom: oneOf(cameraZooms).nullish(),
          })
          .nullish(),
        parameters: z
          .object({
            guidanceScale: between(pikaLimits.guidanceScale.min, pikaLimits.guidanceScale.max).nullish(),
            motion: between(pikaLimits.motion.min, pikaLimits.motion.max).int().nullish(),
            negativePrompt: z.string().max(pikaLimits.negativePromptLength).nullish(),
            seed: z.number().int().min(pikaLimits.seed.min).max(pikaLimits.seed.max).nullish(),
          })
          .nullish(),
      })
      .nullish(),
    image: z.string().nullish(),
    video: z.string().nullish(),
  })
  .refine((input) => !(input.image && input.video), {
    message: 'give at most one of image (image-to-video) and video (video-to-video)',
    path: ['video'],
  });

export type PikaInput = z.infer<typeof pikaInputSchema>;

/** The stored form: trimmed, defaults filled, nulls dropped. */
export function normalizePikaInput(input: PikaInput): PikaInput {
  return withoutNulls({
    ...input,
    prompt: input.prompt.trim(),
    ratio: input.ratio ?? pikaDefaults.ratio,
    model: input.model ?? pikaLatestModel,
    options: { ...input.options, frameRate: input.options?.frameRate ?? pikaDefaults.frameRate },
  });
}

export function pikaMode(input: PikaInput): (typeof pikaCatalog.modes)[number] {
  return input.image ? 'IMAGE' : input.video ? 'VIDEO' : 'TEXT';
}

/** The seed's request body, field for field. */
export function pikaUpstreamBody(input: PikaInput, callbackUrl: string): Record<string, unknown> {
  const { camera, parameters } = input.options ?? {};
  return withoutNulls({
    callback_url: callbackUrl,
    prompt: input.prompt,
    ratio: aspectRatios[input.ratio ?? pikaDefaults.ratio],
    style: input.style ? pikaStyles[input.style] : undefined,
    sfx: input.sfx,
    model: pikaModels[input.model ?? pikaLatestModel],
    image: input.image,
    video: input.video,
    options: {
      frameRate: input.options?.frameRate ?? pikaDefaults.frameRate,
      camera: camera && {
        pan: camera.pan ? cameraPans[camera.pan] : undefined,
        tilt: camera.tilt ? cameraTilts[camera.tilt] : undefined,
        rotate: camera.rotate ? cameraRotations[camera.rotate] : undefined,
        zoom: camera.zoom ? cameraZooms[camera.zoom] : undefined,
      },
      parameters: parameters && {
        guidanceScale: parameters.guidanceScale,
        motion: parameters.motion,
        negativePrompt: parameters.negativePrompt,
        seed: parameters.seed,
      },
    },
  });
}

export const pika: ProviderModule<PikaInput> = {
  id: 'PIKA',
  catalog: pikaCatalog,
  normalize: normalizePikaInput,
  promptOf: (input) => input.prompt,
  modeOf: pikaMode,
  // Text, image and video modes share one endpoint; `image` or `video` picks the mode.
  buildSubmit: (input, callbackUrl) => ({
    method: 'POST',
    path: '/api/video/pika/pro/generate',
    body: pikaUpstreamBody(input, callbackUrl),
  }),
  buildFeed: (taskId) => ({ method: 'GET', path: '/api/video/pika/feed', query: { task_id: taskId } }),
  parseSubmitAnswer: parseDuomiSubmitAnswer,
  parseUpdate: parseDuomiTask,
};
