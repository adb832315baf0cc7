import { z } from 'zod';
import { aspectRatios, type ProviderCatalog, type VideoMode } from './catalog.js';
import { between, broken, notBlank, oneOf, onlyInTheirModes, ratioOf } from './input-rules.js';
import { withoutNulls } from './json.js';
import { parseDuomiSubmitAnswer, parseDuomiTask } from './task-update.js';
import type { ProviderModule } from './types.js';

// PIX (PixVerse) through DuomiAPI (shared/duomi-providers.md): one generate endpoint for text and
// image (first frame, optionally a last frame) to video, with effects, sound and lip sync.

export const pixModels = {
  AUTO: 'auto',
  V3_5: 'v3.5',
  V4: 'v4',
  V4_5: 'v4.5',
  V5: 'v5',
  V5_5: 'v5.5',
  V5_6: 'v5.6',
  V6: 'v6',
  C1: 'c1',
} as const;
export const pixQualities = { Q360P: '360p', Q540P: '540p', Q720P: '720p', Q1080P: '1080p' } as const;
export const pixStyles = { ANIME: 'anime', ANIMATION_3D: '3d_animation', COMIC: 'comic', CYBERPUNK: 'cyberpunk', CLAY: 'clay' } as const;
export const pixDurations = { SECONDS_5: 5, SECONDS_8: 8, SECONDS_10: 10, SECONDS_15: 15 } as const;
type PixDuration = keyof typeof pixDurations;
/**
 * Which model takes which length is not documented for DuomiAPI; this follows PixVerse's own
 * releases (a guess): 5 and 8 s up to v5, 10 s from v5.5, 15 s from v6; `auto` takes any.
 */
const pixModelDurations: Record<keyof typeof pixModels, readonly PixDuration[]> = {
  AUTO: ['SECONDS_5', 'SECONDS_8', 'SECONDS_10', 'SECONDS_15'],
  V3_5: ['SECONDS_5', 'SECONDS_8'],
  V4: ['SECONDS_5', 'SECONDS_8'],
  V4_5: ['SECONDS_5', 'SECONDS_8'],
  V5: ['SECONDS_5', 'SECONDS_8'],
  V5_5: ['SECONDS_5', 'SECONDS_8', 'SECONDS_10'],
  V5_6: ['SECONDS_5', 'SECONDS_8', 'SECONDS_10'],
  V6: ['SECONDS_5', 'SECONDS_8', 'SECONDS_10', 'SECONDS_15'],
  C1: ['SECONDS_5', 'SECONDS_8', 'SECONDS_10', 'SECONDS_15'],
};
export const pixSpeakers = {
  AUTO: 'Auto',
  SPEAKER_1: '1',
  SPEAKER_2: '2',
  SPEAKER_3: '3',
  SPEAKER_4: '4',
  SPEAKER_5: '5',
  SPEAKER_6: '6',
  SPEAKER_7: '7',
  SPEAKER_8: '8',
  SPEAKER_9: '9',
  SPEAKER_10: '10',
  SPEAKER_11: '11',
  SPEAKER_12: '12',
  SPEAKER_13: '13',
  SPEAKER_14: '14',
} as const;

/** PixVerse's camera moves (`camera_movement`), not with an effect (`template_id`). */
export const pixCameraMovements = {
  HORIZONTAL_LEFT: 'horizontal_left',
  HORIZONTAL_RIGHT: 'horizontal_right',
  VERTICAL_UP: 'vertical_up',
  VERTICAL_DOWN: 'vertical_down',
  ZOOM_IN: 'zoom_in',
  ZOOM_OUT: 'zoom_out',
  CRANE_UP: 'crane_up',
  QUICKLY_ZOOM_IN: 'quickly_zoom_in',
  QUICKLY_ZOOM_OUT: 'quickly_zoom_out',
  SMOOTH_ZOOM_IN: 'smooth_zoom_in',
  CAMERA_ROTATION: 'camera_rotation',
  ROBO_ARM: 'robo_arm',
  SUPER_DOLLY_OUT: 'super_dolly_out',
  WHIP_PAN: 'whip_pan',
  HITCHCOCK: 'hitchcock',
  LEFT_FOLLOW: 'left_follow',
  RIGHT_FOLLOW: 'right_follow',
  PAN_LEFT: 'pan_left',
  PAN_RIGHT: 'pan_right',
  FIX_BG: 'fix_bg',
} as const;

// PixVerse's own API: prompts up to 2,048 characters, 32-bit seeds; effect (template) ids have 15
// digits ("303624537709312"), past GraphQL's Int, so any safe integer. The sound and speech caps are the gateway's.
export const pixLimits = {
  promptLength: 2048,
  negativePromptLength: 2048,
  seed: { min: 0, max: 2_147_483_647 },
  effect: { min: 1, max: Number.MAX_SAFE_INTEGER },
  textLength: 1000,
  referenceImages: 3,
} as const;
export const pixDefaults = { model: 'AUTO', ratio: 'RATIO_16_9', speaker: 'AUTO' } as const;

export const pixCatalog = {
  provider: 'PIX',
  name: 'PIX',
  modes: ['TEXT', 'IMAGE', 'REFERENCE'],
  // Undocumented here; PixVerse's own API makes these five.
  ratios: ['RATIO_16_9', 'RATIO_4_3', 'RATIO_1_1', 'RATIO_3_4', 'RATIO_9_16'],
  defaultRatio: pixDefaults.ratio,
  durations: pixDurations,
  durationField: 'duration',
  models: pixModels,
  modelRules: Object.fromEntries(Object.entries(pixModelDurations).map(([model, durations]) => [model, { durations }])),
  defaultModel: pixDefaults.model,
  styles: pixStyles,
} as const satisfies ProviderCatalog;

export const pixInputSchema = z
  .object({
    prompt: notBlank(pixLimits.promptLength),
    model: oneOf(pixModels).nullish(),
    ratio: ratioOf(pixCatalog).nullish(),
    negativePrompt: z.string().max(pixLimits.negativePromptLength).nullish(),
    seed: between(pixLimits.seed.min, pixLimits.seed.max).int().nullish(),
    style: oneOf(pixStyles).nullish(),
    effect: between(pixLimits.effect.min, pixLimits.effect.max).int().nullish(),
    image: z.string().nullish(),
    lastImage: z.string().nullish(),
    duration: oneOf(pixDurations).nullish(),
    quality: oneOf(pixQualities).nullish(),
    audio: z.boolean().nullish(),
    referenceImages: z
      .array(z.string())
      .min(1, 'must hold at least one image')
      .max(pixLimits.referenceImages, `must hold at most ${pixLimits.referenceImages} images`)
      .nullish(),
    cameraMovement: oneOf(pixCameraMovements).nullish(),
    soundEffect: z.object({ enabled: z.boolean(), description: notBlank(pixLimits.textLength).nullish() }).nullish(),
    lipSync: z.object({ speaker: oneOf(pixSpeakers).nullish(), text: notBlank(pixLimits.textLength) }).nullish(),
  })
  .superRefine((input, ctx) => {
    if (input.image && input.referenceImages) broken(ctx, 'referenceImages', 'give image (a first frame) or referenceImages, not both');
    onlyInTheirModes(ctx, input, pixMode(input), { lastImage: ['IMAGE'] }, ['referenceImages']);
    const model = input.model ?? pixDefaults.model;
    if (input.duration && !pixModelDurations[model].includes(input.duration)) {
      broken(
        ctx,
        'duration',
        `PIX ${model}${input.model ? '' : ' (the default model)'} makes ${pixModelDurations[model].map((d) => `${pixDurations[d]} s`).join(', ')} only`,
      );
    }
    if (input.quality === 'Q1080P' && input.duration === 'SECONDS_8') broken(ctx, 'duration', 'PIX makes no 8-second video at 1080p');
    if (input.cameraMovement && input.effect != null) broken(ctx, 'cameraMovement', 'PIX takes a camera movement or an effect, not both');
    if (input.soundEffect?.description && !input.soundEffect.enabled) {
      broken(ctx, ['soundEffect', 'description'], 'a sound effect description needs enabled: true');
    }
  });

export type PixInput = z.infer<typeof pixInputSchema>;

export const pixMode = (input: Pick<PixInput, 'image' | 'referenceImages'>): VideoMode =>
  input.image ? 'IMAGE' : input.referenceImages ? 'REFERENCE' : 'TEXT';

export function normalizePixInput(input: PixInput): PixInput {
  return withoutNulls({
    ...input,
    prompt: input.prompt.trim(),
    model: input.model ?? pixDefaults.model,
    ratio: input.ratio ?? pixDefaults.ratio,
    lipSync: input.lipSync && { ...input.lipSync, speaker: input.lipSync.speaker ?? pixDefaults.speaker },
  });
}

/** PIX's request body: flat, sound as a 0/1 switch, the speaker as "Auto" or "1"…"14". */
export function pixUpstreamBody(input: PixInput, callbackUrl: string): Record<string, unknown> {
  const { soundEffect, lipSync } = input;
  return withoutNulls({
    callback_url: callbackUrl,
    model: pixModels[input.model ?? pixDefaults.model],
    prompt: input.prompt,
    ratio: aspectRatios[input.ratio ?? pixDefaults.ratio],
    negative_prompt: input.negativePrompt,
    seed: input.seed,
    style: input.style && pixStyles[input.style],
    template_id: input.effect,
    image: input.image,
    last_image: input.lastImage,
    duration: input.duration && pixDurations[input.duration],
    quality: input.quality && pixQualities[input.quality],
    audio: input.audio == null ? undefined : input.audio ? 1 : 0,
    image_list: input.referenceImages,
    camera_movement: input.cameraMovement && pixCameraMovements[input.cameraMovement],
    sound_effect_switch: soundEffect && (soundEffect.enabled ? 1 : 0),
    sound_effect_content: soundEffect?.description,
    lip_sync_tts_speaker_id: lipSync && pixSpeakers[lipSync.speaker ?? pixDefaults.speaker],
    lip_sync_tts_content: lipSync?.text,
  });
}

export const pix: ProviderModule<PixInput> = {
  id: 'PIX',
  catalog: pixCatalog,
  normalize: normalizePixInput,
  promptOf: (input) => input.prompt,
  modeOf: pixMode,
  buildSubmit: (input, callbackUrl) => ({ method: 'POST', path: '/api/video/pix/pro/generate', body: pixUpstreamBody(input, callbackUrl) }),
  buildFeed: (taskId) => ({ method: 'GET', path: '/api/video/pix/feed', query: { task_id: taskId } }),
  parseSubmitAnswer: parseDuomiSubmitAnswer,
  parseUpdate: parseDuomiTask,
};
