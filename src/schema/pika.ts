import {
  cameraPans,
  cameraRotations,
  cameraTilts,
  cameraZooms,
  pikaCatalog,
  pikaDefaults,
  pikaInputSchema,
  pikaLatestModel,
  pikaLimits,
  pikaMode,
  pikaModels,
  pikaStyles,
  type PikaInput,
} from '../provider/pika.js';
import { listRatios } from '../provider/catalog.js';
import { builder } from './builder.js';
import { AspectRatio, enumOf, VideoMode } from './enums.js';
import { type FieldTable, inputTypeOf, outputTypeOf } from './provider-fields.js';
import type { ProviderSettings } from './provider-schemas.js';

const PikaStyle = builder.enumType('PikaStyle', {
  description: 'A Pikaffect (Pika 1.5), sent upstream as its own name: `EYE_POP` is "Eye-pop".',
  values: enumOf(pikaStyles),
});
const PikaModel = builder.enumType('PikaModel', { description: 'Pika model version.', values: enumOf(pikaModels) });
const CameraPan = builder.enumType('CameraPan', { values: enumOf(cameraPans) });
const CameraTilt = builder.enumType('CameraTilt', { values: enumOf(cameraTilts) });
const CameraRotate = builder.enumType('CameraRotate', { values: enumOf(cameraRotations) });
const CameraZoom = builder.enumType('CameraZoom', { values: enumOf(cameraZooms) });

type Options = NonNullable<PikaInput['options']>;

const cameraFields: FieldTable<NonNullable<Options['camera']>> = {
  pan: { type: CameraPan },
  tilt: { type: CameraTilt },
  rotate: { type: CameraRotate },
  zoom: { type: CameraZoom },
};
const CameraInput = inputTypeOf('CameraInput', cameraFields, { description: 'Camera moves; any combination.' });
const PikaCamera = outputTypeOf('PikaCamera', cameraFields);

const { guidanceScale, motion, seed } = pikaLimits;
const parametersFields: FieldTable<NonNullable<Options['parameters']>> = {
  guidanceScale: { type: 'Float', description: `How closely to follow the prompt, ${guidanceScale.min}–${guidanceScale.max}.` },
  motion: { type: 'Int', description: `Amount of motion, ${motion.min}–${motion.max}.` },
  negativePrompt: { type: 'String', description: `What to avoid, at most ${pikaLimits.negativePromptLength} characters.` },
  seed: { type: 'SafeInt', description: `Seed for reproducible results, ${seed.min}–2^53−1 (beyond GraphQL's 32-bit Int).` },
};
const PikaParametersInput = inputTypeOf('PikaParametersInput', parametersFields);
const PikaParameters = outputTypeOf('PikaParameters', parametersFields);

const optionsFields: FieldTable<Options> = {
  frameRate: {
    type: 'Int',
    description: `Frames per second, ${pikaLimits.frameRate.min}–${pikaLimits.frameRate.max}; defaults to ${pikaDefaults.frameRate}.`,
    default: pikaDefaults.frameRate,
  },
  camera: { type: CameraInput, outputType: PikaCamera },
  parameters: { type: PikaParametersInput, outputType: PikaParameters },
};
const PikaOptionsInput = inputTypeOf('PikaOptionsInput', optionsFields);
const PikaOptions = outputTypeOf('PikaOptions', optionsFields);

const pikaFields: FieldTable<PikaInput> = {
  prompt: { type: 'String', required: true, description: `What to make; not blank, at most ${pikaLimits.promptLength} characters.` },
  ratio: { type: AspectRatio, description: `One of ${listRatios(pikaCatalog.ratios)}; defaults to 16:9.`, default: pikaDefaults.ratio },
  style: { type: PikaStyle },
  sfx: { type: 'Boolean', description: 'Add sound effects.' },
  model: { type: PikaModel, description: `Defaults to the latest, ${pikaLatestModel}.`, default: pikaLatestModel },
  options: {
    type: PikaOptionsInput,
    outputType: PikaOptions,
    description: `Defaults to ${pikaDefaults.frameRate} frames per second and no camera or parameters.`,
    default: { frameRate: pikaDefaults.frameRate },
  },
  image: { type: 'URL', description: 'Reference image: makes an image-to-video job.' },
  video: { type: 'URL', description: 'Reference video: makes a video-to-video (restyle or extend) job.' },
};

export const PikaVideoInput = inputTypeOf('PikaVideoInput', pikaFields, {
  description:
    "A Pika 1.5 video, as DuomiAPI's Pika generate endpoint takes it. Give `image` or `video` (not both) for the reference modes.",
  validate: { schema: pikaInputSchema },
});

export const PikaVideoSettings = outputTypeOf<PikaInput, ProviderSettings<PikaInput>>('PikaVideoSettings', pikaFields, {
  description: 'The settings a Pika job was made with.',
  fields: (t) => ({
    mode: t.field({ type: VideoMode, description: 'TEXT, IMAGE (from `image`) or VIDEO (from `video`).', resolve: pikaMode }),
  }),
});
