import { listRatios } from '../provider/catalog.js';
import { unifiedLimits } from '../provider/unified-video.js';
import {
  veoCatalog,
  veoDefaults,
  veoDurations,
  veoInputSchema,
  veoLimits,
  veoModels,
  veoQualities,
  type VeoInput,
} from '../provider/veo.js';
import { AspectRatio, catalogEnum, durationEnum } from './enums.js';
import { type FieldTable, inputTypeOf, outputTypeOf } from './provider-fields.js';
import type { ProviderSettings } from './provider-schemas.js';

const VeoModel = catalogEnum('VeoModel', `Google Veo model; defaults to ${veoDefaults.model}.`, veoModels);
const VeoDuration = durationEnum('VeoDuration', 'Length of a Veo video: 8 seconds only.', veoDurations);
const VeoQuality = catalogEnum('VeoQuality', `Veo's output resolution; defaults to ${veoDefaults.quality}.`, veoQualities);

const veoFields: FieldTable<VeoInput> = {
  prompt: { type: 'String', required: true, description: `What to make; not blank, at most ${unifiedLimits.promptLength} characters.` },
  model: { type: VeoModel, default: veoDefaults.model },
  ratio: { type: AspectRatio, description: `${listRatios(veoCatalog.ratios)}; defaults to 16:9.`, default: veoDefaults.ratio },
  duration: { type: VeoDuration, description: 'Always 8 seconds; may be left out.', default: veoDefaults.duration },
  quality: { type: VeoQuality, default: veoDefaults.quality },
  image: { type: 'URL', description: 'First frame: makes an image-to-video (FIRST&LAST) job.' },
  lastImage: { type: 'URL', description: 'Last frame, with `image`.' },
  referenceImages: {
    type: ['URL'],
    description: `1 to ${veoLimits.referenceImages} reference images (subjects or a style to keep): makes a REFERENCE job. Not with \`image\` or \`lastImage\`.`,
  },
};

export const VeoVideoInput = inputTypeOf('VeoVideoInput', veoFields, {
  description:
    "A Google Veo 3.1 video, through DuomiAPI's unified video API. Its fields pick the mode: text-to-video (the prompt alone), " +
    'first and last frames (`image`, optionally `lastImage`; sent as FIRST&LAST), or reference images (`referenceImages`; REFERENCE).',
  validate: { schema: veoInputSchema },
});

export const VeoVideoSettings = outputTypeOf<VeoInput, ProviderSettings<VeoInput>>('VeoVideoSettings', veoFields, {
  description: 'The settings a Veo job was made with, defaults filled in.',
});
