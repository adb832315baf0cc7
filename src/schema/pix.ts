import { listRatios } from '../provider/catalog.js';
import {
  pixCameraMovements,
  pixCatalog,
  pixDefaults,
  pixQualities,
  pixDurations,
  pixInputSchema,
  pixLimits,
  pixModels,
  pixSpeakers,
  pixStyles,
  type PixInput,
} from '../provider/pix.js';
import { AspectRatio, catalogEnum, durationEnum } from './enums.js';
import { type FieldTable, inputTypeOf, outputTypeOf } from './provider-fields.js';
import type { ProviderSettings } from './provider-schemas.js';

const PixModel = catalogEnum('PixModel', `PixVerse model; defaults to ${pixDefaults.model}.`, pixModels);
const PixStyle = catalogEnum('PixStyle', 'A PixVerse style.', pixStyles);
const PixDuration = durationEnum('PixDuration', 'Length of a PIX video.', pixDurations);
const PixQuality = catalogEnum('PixQuality', 'Resolution of a PIX video; no 8-second video at 1080p.', pixQualities);
const PixCameraMovement = catalogEnum('PixCameraMovement', 'A PixVerse camera move; not with an effect.', pixCameraMovements);
const PixSpeaker = catalogEnum('PixSpeaker', `The voice that speaks a lip-sync text; defaults to ${pixDefaults.speaker}.`, pixSpeakers);

const soundEffectFields: FieldTable<NonNullable<PixInput['soundEffect']>> = {
  enabled: { type: 'Boolean', required: true, description: 'Add a sound effect.' },
  description: { type: 'String', description: `The sound wanted, at most ${pixLimits.textLength} characters; needs \`enabled: true\`.` },
};
const PixSoundEffectInput = inputTypeOf('PixSoundEffectInput', soundEffectFields);
const PixSoundEffect = outputTypeOf('PixSoundEffect', soundEffectFields);

const lipSyncFields: FieldTable<NonNullable<PixInput['lipSync']>> = {
  speaker: { type: PixSpeaker, default: pixDefaults.speaker },
  text: { type: 'String', required: true, description: `What is said, at most ${pixLimits.textLength} characters.` },
};
const PixLipSyncInput = inputTypeOf('PixLipSyncInput', lipSyncFields);
const PixLipSync = outputTypeOf('PixLipSync', lipSyncFields);

const pixFields: FieldTable<PixInput> = {
  prompt: { type: 'String', required: true, description: `What to make; not blank, at most ${pixLimits.promptLength} characters.` },
  model: { type: PixModel, default: pixDefaults.model },
  ratio: { type: AspectRatio, description: `${listRatios(pixCatalog.ratios)}; defaults to 16:9.`, default: pixDefaults.ratio },
  negativePrompt: { type: 'String', description: `What to avoid, at most ${pixLimits.negativePromptLength} characters.` },
  seed: { type: 'Int', description: `Seed for reproducible results, ${pixLimits.seed.min}–${pixLimits.seed.max}.` },
  style: { type: PixStyle },
  effect: {
    type: 'SafeInt',
    description:
      "A PixVerse effect template's id (its `template_id`, e.g. 303624537709312: 15 digits, past GraphQL's 32-bit Int); not with `cameraMovement`.",
  },
  image: { type: 'URL', description: 'First frame: makes an image-to-video job.' },
  lastImage: { type: 'URL', description: 'Last frame, with `image`.' },
  duration: { type: PixDuration },
  cameraMovement: { type: PixCameraMovement, description: 'A camera move; not with `effect`.' },
  quality: { type: PixQuality },
  audio: { type: 'Boolean', description: 'Make sound with the video (sent as `audio` 1 or 0).' },
  referenceImages: {
    type: ['URL'],
    description: `1 to ${pixLimits.referenceImages} images whose subjects the video keeps (\`image_list\`): makes a REFERENCE job; not with \`image\`.`,
  },
  soundEffect: { type: PixSoundEffectInput, outputType: PixSoundEffect },
  lipSync: { type: PixLipSyncInput, outputType: PixLipSync },
};

export const PixVideoInput = inputTypeOf('PixVideoInput', pixFields, {
  description: 'A PIX (PixVerse) video: text-to-video, image-to-video when `image` is given, or from reference images (`referenceImages`).',
  validate: { schema: pixInputSchema },
});

export const PixVideoSettings = outputTypeOf<PixInput, ProviderSettings<PixInput>>('PixVideoSettings', pixFields, {
  description: 'The settings a PIX job was made with, defaults filled in.',
});
