import {
  klingCameraAxes,
  klingCameraTypes,
  klingCatalog,
  klingDefaults,
  klingDurations,
  klingInputSchema,
  klingLimits,
  klingModels,
  klingModes,
  type KlingInput,
} from '../provider/kling.js';
import { listRatios } from '../provider/catalog.js';
import { builder } from './builder.js';
import { AspectRatio, catalogEnum, durationEnum } from './enums.js';
import type { ProviderSettings } from './provider-schemas.js';

const KlingModel = catalogEnum('KlingModel', `Kling model; defaults to ${klingDefaults.model}.`, klingModels);
const KlingMode = catalogEnum('KlingMode', `Kling's quality: STD (faster, cheaper) or PRO; defaults to ${klingDefaults.mode}.`, klingModes);
const KlingDuration = durationEnum('KlingDuration', `Length of a Kling video; defaults to ${klingDefaults.duration}.`, klingDurations);
const KlingCameraType = catalogEnum(
  'KlingCameraType',
  'SIMPLE moves along exactly one axis you give; the others are preset moves that take no axes.',
  klingCameraTypes,
);

const { axis } = klingLimits;
const axisDescription = `${axis.min}…${axis.max}; SIMPLE only, exactly one of ${klingCameraAxes.join(', ')} non-zero.`;

const KlingCameraInput = builder.inputType('KlingCameraInput', {
  description: "Kling's camera control.",
  fields: (t) => ({
    type: t.field({ type: KlingCameraType, required: true }),
    horizontal: t.float({ description: axisDescription }),
    vertical: t.float({ description: axisDescription }),
    pan: t.float({ description: axisDescription }),
    tilt: t.float({ description: axisDescription }),
    roll: t.float({ description: axisDescription }),
    zoom: t.float({ description: axisDescription }),
  }),
});

export const KlingVideoInput = builder.inputType('KlingVideoInput', {
  description: "A Kling video, through Kling's official format: text-to-video, or image-to-video when `image` is given.",
  fields: (t) => ({
    prompt: t.string({ required: true, description: `What to make; not blank, at most ${klingLimits.promptLength} characters.` }),
    negativePrompt: t.string({ description: `What to avoid, at most ${klingLimits.negativePromptLength} characters.` }),
    model: t.field({ type: KlingModel }),
    mode: t.field({ type: KlingMode }),
    duration: t.field({ type: KlingDuration }),
    ratio: t.field({ type: AspectRatio, description: `Text-to-video only: ${listRatios(klingCatalog.ratios)}; defaults to 16:9.` }),
    cfgScale: t.float({ description: `How closely to follow the prompt, ${klingLimits.cfgScale.min}–${klingLimits.cfgScale.max}; defaults to ${klingDefaults.cfgScale}.` }),
    camera: t.field({ type: KlingCameraInput }),
    image: t.field({ type: 'URL', description: 'First frame: makes an image-to-video job.' }),
    imageTail: t.field({ type: 'URL', description: 'Last frame, with `image`.' }),
  }),
  validate: { schema: klingInputSchema },
});

const KlingCamera = builder.objectRef<NonNullable<KlingInput['camera']>>('KlingCamera').implement({
  fields: (t) => ({
    type: t.expose('type', { type: KlingCameraType }),
    horizontal: t.exposeFloat('horizontal', { nullable: true }),
    vertical: t.exposeFloat('vertical', { nullable: true }),
    pan: t.exposeFloat('pan', { nullable: true }),
    tilt: t.exposeFloat('tilt', { nullable: true }),
    roll: t.exposeFloat('roll', { nullable: true }),
    zoom: t.exposeFloat('zoom', { nullable: true }),
  }),
});

export const KlingVideoSettings = builder.objectRef<ProviderSettings<KlingInput>>('KlingVideoSettings').implement({
  description: 'The settings a Kling job was made with, defaults filled in.',
  fields: (t) => ({
    prompt: t.exposeString('prompt'),
    negativePrompt: t.exposeString('negativePrompt', { nullable: true }),
    model: t.field({ type: KlingModel, resolve: (s) => s.model ?? klingDefaults.model }),
    mode: t.field({ type: KlingMode, resolve: (s) => s.mode ?? klingDefaults.mode }),
    duration: t.field({ type: KlingDuration, resolve: (s) => s.duration ?? klingDefaults.duration }),
    ratio: t.expose('ratio', { type: AspectRatio, nullable: true, description: 'Null for image-to-video.' }),
    cfgScale: t.float({ resolve: (s) => s.cfgScale ?? klingDefaults.cfgScale }),
    camera: t.expose('camera', { type: KlingCamera, nullable: true }),
    image: t.expose('image', { type: 'URL', nullable: true }),
    imageTail: t.expose('imageTail', { type: 'URL', nullable: true }),
  }),
});
