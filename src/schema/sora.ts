import { listRatios } from '../provider/catalog.js';
import { soraCatalog, soraDefaults, soraDurations, soraInputSchema, soraModels, soraSizes, type SoraInput } from '../provider/sora.js';
import { unifiedLimits } from '../provider/unified-video.js';
import { AspectRatio, catalogEnum, durationEnum } from './enums.js';
import { type FieldTable, inputTypeOf, outputTypeOf } from './provider-fields.js';
import type { ProviderSettings } from './provider-schemas.js';

const SoraModel = catalogEnum('SoraModel', `OpenAI Sora model; defaults to ${soraDefaults.model}.`, soraModels);
const SoraDuration = durationEnum('SoraDuration', `Length of a Sora video; defaults to ${soraDefaults.duration}.`, soraDurations);
const SoraSize = catalogEnum('SoraSize', `Sora's output size; defaults to ${soraDefaults.size}.`, soraSizes);

const soraFields: FieldTable<SoraInput> = {
  prompt: { type: 'String', required: true, description: `What to make; not blank, at most ${unifiedLimits.promptLength} characters.` },
  model: { type: SoraModel, default: soraDefaults.model },
  ratio: { type: AspectRatio, description: `${listRatios(soraCatalog.ratios)}; defaults to 16:9.`, default: soraDefaults.ratio },
  duration: { type: SoraDuration, default: soraDefaults.duration },
  size: { type: SoraSize, default: soraDefaults.size },
  image: { type: 'URL', description: 'First frame (one image): makes an image-to-video job.' },
};

export const SoraVideoInput = inputTypeOf('SoraVideoInput', soraFields, {
  description: "An OpenAI Sora 2 video, through DuomiAPI's unified video API: text-to-video, or image-to-video when `image` is given.",
  validate: { schema: soraInputSchema },
});

export const SoraVideoSettings = outputTypeOf<SoraInput, ProviderSettings<SoraInput>>('SoraVideoSettings', soraFields, {
  description: 'The settings a Sora job was made with, defaults filled in.',
});
