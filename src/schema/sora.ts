import { listRatios } from '../provider/catalog.js';
import { soraCatalog, soraDefaults, soraDurations, soraInputSchema, soraModels, soraSizes, type SoraInput } from '../provider/sora.js';
import { unifiedLimits } from '../provider/unified-video.js';
import { builder } from './builder.js';
import { AspectRatio, catalogEnum, durationEnum } from './enums.js';
import type { ProviderSettings } from './provider-schemas.js';

const SoraModel = catalogEnum('SoraModel', `OpenAI Sora model; defaults to ${soraDefaults.model}.`, soraModels);
const SoraDuration = durationEnum('SoraDuration', `Length of a Sora video; defaults to ${soraDefaults.duration}.`, soraDurations);
const SoraSize = catalogEnum('SoraSize', `Sora's output size; defaults to ${soraDefaults.size}.`, soraSizes);

export const SoraVideoInput = builder.inputType('SoraVideoInput', {
  description: "An OpenAI Sora 2 video, through DuomiAPI's unified video API: text-to-video, or image-to-video when `image` is given.",
  fields: (t) => ({
    prompt: t.string({ required: true, description: `What to make; not blank, at most ${unifiedLimits.promptLength} characters.` }),
    model: t.field({ type: SoraModel }),
    ratio: t.field({ type: AspectRatio, description: `${listRatios(soraCatalog.ratios)}; defaults to 16:9.` }),
    duration: t.field({ type: SoraDuration }),
    size: t.field({ type: SoraSize }),
    image: t.field({ type: 'URL', description: 'First frame (one image): makes an image-to-video job.' }),
  }),
  validate: { schema: soraInputSchema },
});

export const SoraVideoSettings = builder.objectRef<ProviderSettings<SoraInput>>('SoraVideoSettings').implement({
  description: 'The settings a Sora job was made with, defaults filled in.',
  fields: (t) => ({
    prompt: t.exposeString('prompt'),
    model: t.field({ type: SoraModel, resolve: (s) => s.model ?? soraDefaults.model }),
    ratio: t.field({ type: AspectRatio, resolve: (s) => s.ratio ?? soraDefaults.ratio }),
    duration: t.field({ type: SoraDuration, resolve: (s) => s.duration ?? soraDefaults.duration }),
    size: t.field({ type: SoraSize, resolve: (s) => s.size ?? soraDefaults.size }),
    image: t.expose('image', { type: 'URL', nullable: true }),
  }),
});
