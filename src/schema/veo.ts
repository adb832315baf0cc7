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
import { builder } from './builder.js';
import { AspectRatio, catalogEnum, durationEnum } from './enums.js';
import type { ProviderSettings } from './provider-schemas.js';

const VeoModel = catalogEnum('VeoModel', `Google Veo model; defaults to ${veoDefaults.model}.`, veoModels);
const VeoDuration = durationEnum('VeoDuration', 'Length of a Veo video: 8 seconds only.', veoDurations);
const VeoQuality = catalogEnum('VeoQuality', `Veo's output resolution; defaults to ${veoDefaults.quality}.`, veoQualities);

export const VeoVideoInput = builder.inputType('VeoVideoInput', {
  description:
    "A Google Veo 3.1 video, through DuomiAPI's unified video API. Its fields pick the mode: text-to-video (the prompt alone), " +
    'first and last frames (`image`, optionally `lastImage`; sent as FIRST&LAST), or reference images (`referenceImages`; REFERENCE).',
  fields: (t) => ({
    prompt: t.string({ required: true, description: `What to make; not blank, at most ${unifiedLimits.promptLength} characters.` }),
    model: t.field({ type: VeoModel }),
    ratio: t.field({ type: AspectRatio, description: `${listRatios(veoCatalog.ratios)}; defaults to 16:9.` }),
    duration: t.field({ type: VeoDuration, description: 'Always 8 seconds; may be left out.' }),
    quality: t.field({ type: VeoQuality }),
    image: t.field({ type: 'URL', description: 'First frame: makes an image-to-video (FIRST&LAST) job.' }),
    lastImage: t.field({ type: 'URL', description: 'Last frame, with `image`.' }),
    referenceImages: t.field({
      type: ['URL'],
      description: `1 to ${veoLimits.referenceImages} reference images (subjects or a style to keep): makes a REFERENCE job. Not with \`image\` or \`lastImage\`.`,
    }),
  }),
  validate: { schema: veoInputSchema },
});

export const VeoVideoSettings = builder.objectRef<ProviderSettings<VeoInput>>('VeoVideoSettings').implement({
  description: 'The settings a Veo job was made with, defaults filled in.',
  fields: (t) => ({
    prompt: t.exposeString('prompt'),
    model: t.field({ type: VeoModel, resolve: (s) => s.model ?? veoDefaults.model }),
    ratio: t.field({ type: AspectRatio, resolve: (s) => s.ratio ?? veoDefaults.ratio }),
    duration: t.field({ type: VeoDuration, resolve: (s) => s.duration ?? veoDefaults.duration }),
    quality: t.field({ type: VeoQuality, resolve: (s) => s.quality ?? veoDefaults.quality }),
    image: t.expose('image', { type: 'URL', nullable: true }),
    lastImage: t.expose('lastImage', { type: 'URL', nullable: true }),
    referenceImages: t.field({ type: ['URL'], nullable: true, resolve: (s) => s.referenceImages }),
  }),
});
