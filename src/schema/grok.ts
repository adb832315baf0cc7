import { listRatios } from '../provider/catalog.js';
import { grokCatalog, grokDefaults, grokDurations, grokInputSchema, grokModels, type GrokInput } from '../provider/grok.js';
import { unifiedLimits } from '../provider/unified-video.js';
import { builder } from './builder.js';
import { AspectRatio, catalogEnum, durationEnum } from './enums.js';
import type { ProviderSettings } from './provider-schemas.js';

const GrokModel = catalogEnum('GrokModel', `xAI Grok video model; defaults to ${grokDefaults.model}.`, grokModels);
const GrokDuration = durationEnum('GrokDuration', `Length of a Grok video; defaults to ${grokDefaults.duration}.`, grokDurations);

export const GrokVideoInput = builder.inputType('GrokVideoInput', {
  description: "An xAI Grok video (720p), through DuomiAPI's unified video API: text-to-video, or image-to-video from a reference `image`.",
  fields: (t) => ({
    prompt: t.string({ required: true, description: `What to make; not blank, at most ${unifiedLimits.promptLength} characters.` }),
    model: t.field({ type: GrokModel }),
    ratio: t.field({ type: AspectRatio, description: `${listRatios(grokCatalog.ratios)}; defaults to 16:9.` }),
    duration: t.field({ type: GrokDuration }),
    image: t.field({ type: 'URL', description: 'Reference image: makes an image-to-video job.' }),
  }),
  validate: { schema: grokInputSchema },
});

export const GrokVideoSettings = builder.objectRef<ProviderSettings<GrokInput>>('GrokVideoSettings').implement({
  description: 'The settings a Grok job was made with, defaults filled in.',
  fields: (t) => ({
    prompt: t.exposeString('prompt'),
    model: t.field({ type: GrokModel, resolve: (s) => s.model ?? grokDefaults.model }),
    ratio: t.field({ type: AspectRatio, resolve: (s) => s.ratio ?? grokDefaults.ratio }),
    duration: t.field({ type: GrokDuration, resolve: (s) => s.duration ?? grokDefaults.duration }),
    image: t.expose('image', { type: 'URL', nullable: true }),
  }),
});
