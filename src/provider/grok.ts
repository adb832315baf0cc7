import { z } from 'zod';
import { aspectRatios, type ProviderCatalog } from './catalog.js';
import { notBlank, oneOf, ratioOf } from './input-rules.js';
import { withoutNulls } from './json.js';
import type { ProviderModule } from './types.js';
import { unifiedLimits, unifiedSubmit, unifiedWire } from './unified-video.js';

// xAI's Grok video through DuomiAPI's unified video API (shared/duomi-current-models.md; the wire
// format from working clients): text-to-video, or from a reference image (`image_urls`).

export const grokModels = { GROK_VIDEO: 'grok-video', GROK_VIDEO_1_5: 'grok-video-1.5' } as const;
export const grokDurations = { SECONDS_6: 6, SECONDS_10: 10, SECONDS_15: 15, SECONDS_20: 20, SECONDS_25: 25, SECONDS_30: 30 } as const;
/** The only quality clients name; always sent. */
export const grokQuality = '720p';
/** Grok's own default length (10 s); the model and ratio defaults are the gateway's. */
export const grokDefaults = { model: 'GROK_VIDEO', ratio: 'RATIO_16_9', duration: 'SECONDS_10' } as const;

export const grokCatalog = {
  provider: 'GROK',
  name: 'Grok',
  modes: ['TEXT', 'IMAGE'],
  ratios: ['RATIO_2_3', 'RATIO_3_2', 'RATIO_1_1', 'RATIO_9_16', 'RATIO_16_9'],
  defaultRatio: grokDefaults.ratio,
  durations: grokDurations,
  durationField: 'duration',
  models: grokModels,
  defaultModel: grokDefaults.model,
  styles: {},
} as const satisfies ProviderCatalog;

export const grokInputSchema = z.object({
  prompt: notBlank(unifiedLimits.promptLength),
  model: oneOf(grokModels).nullish(),
  ratio: ratioOf(grokCatalog).nullish(),
  duration: oneOf(grokDurations).nullish(),
  image: z.string().nullish(),
});

export type GrokInput = z.infer<typeof grokInputSchema>;

export const grokMode = (input: Pick<GrokInput, 'image'>) => (input.image ? 'IMAGE' : 'TEXT');

export function normalizeGrokInput(input: GrokInput): GrokInput {
  return withoutNulls({
    ...input,
    prompt: input.prompt.trim(),
    model: input.model ?? grokDefaults.model,
    ratio: input.ratio ?? grokDefaults.ratio,
    duration: input.duration ?? grokDefaults.duration,
  });
}

export function grokUpstreamBody(input: GrokInput, callbackUrl: string): Record<string, unknown> {
  return withoutNulls({
    model: grokModels[input.model ?? grokDefaults.model],
    prompt: input.prompt,
    aspect_ratio: aspectRatios[input.ratio ?? grokDefaults.ratio],
    duration: grokDurations[input.duration ?? grokDefaults.duration],
    quality: grokQuality,
    image_urls: input.image ? [input.image] : undefined,
    callback_url: callbackUrl,
  });
}

export const grok: ProviderModule<GrokInput> = {
  id: 'GROK',
  catalog: grokCatalog,
  normalize: normalizeGrokInput,
  promptOf: (input) => input.prompt,
  modeOf: grokMode,
  buildSubmit: (input, callbackUrl) => unifiedSubmit(grokUpstreamBody(input, callbackUrl)),
  ...unifiedWire,
};
