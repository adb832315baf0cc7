import { z } from 'zod';
import { aspectRatios, type ProviderCatalog } from './catalog.js';
import { notBlank, oneOf, ratioOf } from './input-rules.js';
import { withoutNulls } from './json.js';
import type { ProviderModule } from './types.js';
import { unifiedLimits, unifiedSubmit, unifiedWire } from './unified-video.js';

// OpenAI's Sora 2 through DuomiAPI's unified video API (shared/duomi-current-models.md; the wire
// format from working clients): text-to-video, or from a first frame (`image_urls`, at most one).

export const soraModels = { SORA_2: 'sora-2', SORA_2_PRO: 'sora-2-pro' } as const;
export const soraDurations = { SECONDS_4: 4, SECONDS_8: 8, SECONDS_12: 12 } as const;
export const soraSizes = { SMALL: 'small', LARGE: 'large' } as const;
/** Sora's own default length (4 s); the model, ratio and size defaults are the gateway's. */
export const soraDefaults = { model: 'SORA_2', ratio: 'RATIO_16_9', duration: 'SECONDS_4', size: 'SMALL' } as const;

export const soraCatalog = {
  provider: 'SORA',
  name: 'Sora',
  modes: ['TEXT', 'IMAGE'],
  ratios: ['RATIO_16_9', 'RATIO_9_16'],
  defaultRatio: soraDefaults.ratio,
  durations: soraDurations,
  durationField: 'duration',
  models: soraModels,
  defaultModel: soraDefaults.model,
  styles: {},
} as const satisfies ProviderCatalog;

export const soraInputSchema = z.object({
  prompt: notBlank(unifiedLimits.promptLength),
  model: oneOf(soraModels).nullish(),
  ratio: ratioOf(soraCatalog).nullish(),
  duration: oneOf(soraDurations).nullish(),
  size: oneOf(soraSizes).nullish(),
  image: z.string().nullish(),
});

export type SoraInput = z.infer<typeof soraInputSchema>;

export const soraMode = (input: Pick<SoraInput, 'image'>) => (input.image ? 'IMAGE' : 'TEXT');

export function normalizeSoraInput(input: SoraInput): SoraInput {
  return withoutNulls({
    ...input,
    prompt: input.prompt.trim(),
    model: input.model ?? soraDefaults.model,
    ratio: input.ratio ?? soraDefaults.ratio,
    duration: input.duration ?? soraDefaults.duration,
    size: input.size ?? soraDefaults.size,
  });
}

export function soraUpstreamBody(input: SoraInput, callbackUrl: string): Record<string, unknown> {
  return withoutNulls({
    model: soraModels[input.model ?? soraDefaults.model],
    prompt: input.prompt,
    aspect_ratio: aspectRatios[input.ratio ?? soraDefaults.ratio],
    duration: soraDurations[input.duration ?? soraDefaults.duration],
    size: soraSizes[input.size ?? soraDefaults.size],
    image_urls: input.image ? [input.image] : undefined,
    callback_url: callbackUrl,
  });
}

export const sora: ProviderModule<SoraInput> = {
  id: 'SORA',
  catalog: soraCatalog,
  normalize: normalizeSoraInput,
  promptOf: (input) => input.prompt,
  modeOf: soraMode,
  buildSubmit: (input, callbackUrl) => unifiedSubmit(soraUpstreamBody(input, callbackUrl)),
  ...unifiedWire,
};
