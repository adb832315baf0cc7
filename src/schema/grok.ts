import { listRatios } from '../provider/catalog.js';
import { grokCatalog, grokDefaults, grokDurations, grokInputSchema, grokModels, type GrokInput } from '../provider/grok.js';
import { unifiedLimits } from '../provider/unified-video.js';
import { AspectRatio, catalogEnum, durationEnum } from './enums.js';
import { type FieldTable, inputTypeOf, outputTypeOf } from './provider-fields.js';
import type { ProviderSettings } from './provider-schemas.js';

const GrokModel = catalogEnum('GrokModel', `xAI Grok video model; defaults to ${grokDefaults.model}.`, grokModels);
const GrokDuration = durationEnum('GrokDuration', `Length of a Grok video; defaults to ${grokDefaults.duration}.`, grokDurations);

const grokFields: FieldTable<GrokInput> = {
  prompt: { type: 'String', required: true, description: `What to make; not blank, at most ${unifiedLimits.promptLength} characters.` },
  model: { type: GrokModel, default: grokDefaults.model },
  ratio: { type: AspectRatio, description: `${listRatios(grokCatalog.ratios)}; defaults to 16:9.`, default: grokDefaults.ratio },
  duration: { type: GrokDuration, default: grokDefaults.duration },
  image: { type: 'URL', description: 'Reference image: makes an image-to-video job.' },
};

export const GrokVideoInput = inputTypeOf('GrokVideoInput', grokFields, {
  description: "An xAI Grok video (720p), through DuomiAPI's unified video API: text-to-video, or image-to-video from a reference `image`.",
  validate: { schema: grokInputSchema },
});

export const GrokVideoSettings = outputTypeOf<GrokInput, ProviderSettings<GrokInput>>('GrokVideoSettings', grokFields, {
  description: 'The settings a Grok job was made with, defaults filled in.',
});
