import type { ProviderSettings } from './provider-schemas.js';
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
const PikaStyle = builder.enumType('PikaStyle', {
  description: 'A Pikaffect (Pika 1.5), sent upstream as its own name: `EYE_POP` is "Eye-pop".',
  values: enumOf(pikaStyles),
});
const PikaModel = builder.enumType('PikaModel', { description: 'Pika model version.', values: enumOf(pikaModels) });
const CameraPan = builder.enumType('CameraPan', { values: enumOf(cameraPans) });
const CameraTilt = builder.enumType('CameraTilt', { values: enumOf(cameraTilts) });
const CameraRotate = builder.enumType('CameraRotate', { values: enumOf(cameraRotations) });
const CameraZoom = builder.enumType('CameraZoom', { values: enumOf(cameraZooms) });

const CameraInput = builder.inputType('CameraInput', {
  description: 'Camera moves; any combination.',
  fields: (t) => ({
    pan: t.field({ type: CameraPan }),
    tilt: t.field({ type: CameraTilt }),
    rotate: t.field({ type: CameraRotate }),
    zoom: t.field({ type: CameraZoom }),
  }),
});

const { guidanceScale, motion, seed } = pikaLimits;
const PikaParametersInput = builder.inputType('PikaParametersInput', {
  fields: (t) => ({
    guidanceScale: t.float({ description: `How closely to follow the prompt, ${guidanceScale.min}–${guidanceScale.max}.` }),
    motion: t.int({ description: `Amount of motion, ${motion.min}–${motion.max}.` }),
    negativePrompt: t.string({ description: `What to avoid, at most ${pikaLimits.negativePromptLength} characters.` }),
    seed: t.field({ type: 'SafeInt', description: `Seed for reproducible results, ${seed.min}–2^53−1 (beyond GraphQL's 32-bit Int).` }),
  }),
});

const PikaOptionsInput = builder.inputType('PikaOptionsInput', {
  fields: (t) => ({
    frameRate: t.int({
      description: `Frames per second, ${pikaLimits.frameRate.min}–${pikaLimits.frameRate.max}; defaults to ${pikaDefaults.frameRate}.`,
    }),
    camera: t.field({ type: CameraInput }),
    parameters: t.field({ type: PikaParametersInput }),
  }),
});

export const PikaVideoInput = builder.inputType('PikaVideoInput', {
  description:
    "A Pika 1.5 video, as DuomiAPI's Pika generate endpoint takes it. Give `image` or `video` (not both) for the reference modes.",
  fields: (t) => ({
    prompt: t.string({ required: true, description: `What to make; not blank, at most ${pikaLimits.promptLength} characters.` }),
    ratio: t.field({ type: AspectRatio, description: `One of ${listRatios(pikaCatalog.ratios)}; defaults to 16:9.` }),
    style: t.field({ type: PikaStyle }),
    sfx: t.boolean({ description: 'Add sound effects.' }),
    model: t.field({ type: PikaModel, description: `Defaults to the latest, ${pikaLatestModel}.` }),
    options: t.field({
      type: PikaOptionsInput,
      description: `Defaults to ${pikaDefaults.frameRate} frames per second and no camera or parameters.`,
    }),
    image: t.field({ type: 'URL', description: 'Reference image: makes an image-to-video job.' }),
    video: t.field({ type: 'URL', description: 'Reference video: makes a video-to-video (restyle or extend) job.' }),
  }),
  validate: { schema: pikaInputSchema },
});

// What a stored Pika job was made with, in the same shape as its input.
type Options = NonNullable<PikaInput['options']>;
const PikaCamera = builder.objectRef<NonNullable<Options['camera']>>('PikaCamera').implement({
  fields: (t) => ({
    pan: t.expose('pan', { type: CameraPan, nullable: true }),
    tilt: t.expose('tilt', { type: CameraTilt, nullable: true }),
    rotate: t.expose('rotate', { type: CameraRotate, nullable: true }),
    zoom: t.expose('zoom', { type: CameraZoom, nullable: true }),
  }),
});
const PikaParameters = builder.objectRef<NonNullable<Options['parameters']>>('PikaParameters').implement({
  fields: (t) => ({
    guidanceScale: t.exposeFloat('guidanceScale', { nullable: true }),
    motion: t.exposeInt('motion', { nullable: true }),
    negativePrompt: t.exposeString('negativePrompt', { nullable: true }),
    seed: t.expose('seed', { type: 'SafeInt', nullable: true }),
  }),
});
const PikaOptions = builder.objectRef<Options>('PikaOptions').implement({
  fields: (t) => ({
    frameRate: t.int({ resolve: (o) => o.frameRate ?? pikaDefaults.frameRate }),
    camera: t.expose('camera', { type: PikaCamera, nullable: true }),
    parameters: t.expose('parameters', { type: PikaParameters, nullable: true }),
  }),
});

export const PikaVideoSettings = builder.objectRef<ProviderSettings<PikaInput>>('PikaVideoSettings').implement({
  description: 'The settings a Pika job was made with.',
  fields: (t) => ({
    mode: t.field({ type: VideoMode, description: 'TEXT, IMAGE (from `image`) or VIDEO (from `video`).', resolve: pikaMode }),
    prompt: t.exposeString('prompt'),
    ratio: t.field({ type: AspectRatio, resolve: (s) => s.ratio ?? pikaDefaults.ratio }),
    style: t.expose('style', { type: PikaStyle, nullable: true }),
    sfx: t.exposeBoolean('sfx', { nullable: true }),
    model: t.field({ type: PikaModel, resolve: (s) => s.model ?? pikaLatestModel }),
    options: t.field({ type: PikaOptions, resolve: (s) => s.options ?? { frameRate: pikaDefaults.frameRate } }),
    image: t.expose('image', { type: 'URL', nullable: true }),
    video: t.expose('video', { type: 'URL', nullable: true }),
  }),
});
