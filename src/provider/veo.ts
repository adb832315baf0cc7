import { z } from 'zod';
import { aspectRatios, type ProviderCatalog, type VideoMode } from './catalog.js';
import { broken, notBlank, oneOf, ratioOf } from './input-rules.js';
import { withoutNulls } from './json.js';
import type { ProviderModule } from './types.js';
import { unifiedLimits, unifiedSubmit, unifiedWire } from './unified-video.js';

// Google's Veo 3.1 through DuomiAPI's unified video API (shared/duomi-current-models.md; the wire
// format from working clients). The fields given pick `generation_type`: TEXT, FIRST&LAST (first
// and maybe last frame) or REFERENCE (reference images). `image_urls` is always sent, `[]` when
// empty: a client reports tasks stuck in `pending` without it.

export const veoModels = { VEO_3_1_FAST: 'veo3.1-fast', VEO_3_1_PRO: 'veo3.1-pro' } as const;
/** Veo 3.1 makes 8 s only. */
export const veoDurations = { SECONDS_8: 8 } as const;
export const veoQualities = { Q720P: '720p', Q1080P: '1080p', Q4K: '4k' } as const;
/** Veo 3.1's own limit (Google's API): up to three reference images. */
export const veoLimits = { referenceImages: 3 } as const;
export const veoDefaults = { model: 'VEO_3_1_FAST', ratio: 'RATIO_16_9', duration: 'SECONDS_8', quality: 'Q720P' } as const;
const generationTypes = { TEXT: 'TEXT', IMAGE: 'FIRST&LAST', REFERENCE: 'REFERENCE' } as const satisfies Partial<Record<VideoMode, string>>;

export const veoCatalog = {
  provider: 'VEO',
  name: 'Veo',
  modes: ['TEXT', 'IMAGE', 'REFERENCE'],
  ratios: ['RATIO_16_9', 'RATIO_9_16'],
  defaultRatio: veoDefaults.ratio,
  durations: veoDurations,
  durationField: 'duration',
  models: veoModels,
  defaultModel: veoDefaults.model,
  styles: {},
} as const satisfies ProviderCatalog;

export const veoInputSchema = z
  .object({
    prompt: notBlank(unifiedLimits.promptLength),
    model: oneOf(veoModels).nullish(),
    ratio: ratioOf(veoCatalog).nullish(),
    duration: oneOf(veoDurations).nullish(),
    quality: oneOf(veoQualities).nullish(),
    image: z.string().nullish(),
    lastImage: z.string().nullish(),
    referenceImages: z
      .array(z.string())
      .min(1, `must list 1 to ${veoLimits.referenceImages} images`)
      .max(veoLimits.referenceImages, `must list 1 to ${veoLimits.referenceImages} images`)
      .nullish(),
  })
  .superRefine((input, ctx) => {
    if (input.referenceImages && (input.image || input.lastImage)) {
      broken(ctx, 'referenceImages', 'give reference images (REFERENCE) or first and last frames (image, lastImage), not both');
    }
    if (input.lastImage && !input.image) broken(ctx, 'lastImage', 'lastImage needs image, the first frame');
  });

export type VeoInput = z.infer<typeof veoInputSchema>;

export function veoMode(input: Pick<VeoInput, 'image' | 'lastImage' | 'referenceImages'>): keyof typeof generationTypes {
  if (input.referenceImages?.length) return 'REFERENCE';
  return input.image || input.lastImage ? 'IMAGE' : 'TEXT';
}

export function normalizeVeoInput(input: VeoInput): VeoInput {
  return withoutNulls({
    ...input,
    prompt: input.prompt.trim(),
    model: input.model ?? veoDefaults.model,
    ratio: input.ratio ?? veoDefaults.ratio,
    duration: input.duration ?? veoDefaults.duration,
    quality: input.quality ?? veoDefaults.quality,
  });
}

export function veoUpstreamBody(input: VeoInput, callbackUrl: string): Record<string, unknown> {
  const mode = veoMode(input);
  const images = mode === 'REFERENCE' ? input.referenceImages! : [input.image, input.lastImage].filter((url): url is string => !!url);
  return {
    model: veoModels[input.model ?? veoDefaults.model],
    prompt: input.prompt,
    generation_type: generationTypes[mode],
    aspect_ratio: aspectRatios[input.ratio ?? veoDefaults.ratio],
    duration: veoDurations[input.duration ?? veoDefaults.duration],
    quality: veoQualities[input.quality ?? veoDefaults.quality],
    image_urls: images,
    callback_url: callbackUrl,
  };
}

export const veo: ProviderModule<VeoInput> = {
  id: 'VEO',
  catalog: veoCatalog,
  normalize: normalizeVeoInput,
  promptOf: (input) => input.prompt,
  modeOf: veoMode,
  buildSubmit: (input, callbackUrl) => unifiedSubmit(veoUpstreamBody(input, callbackUrl)),
  ...unifiedWire,
};
