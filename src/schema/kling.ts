import {
  klingCameraAxes,
  klingCameraTypes,
  klingCatalog,
  klingDefaults,
  klingDurations,
  klingEffectModel,
  klingExtendRefused,
  klingEffects,
  klingInputSchema,
  klingLimits,
  klingModels,
  klingModes,
  type KlingInput,
} from '../provider/kling.js';
import { listRatios } from '../provider/catalog.js';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { isJobId } from '../jobs/job-id.js';
import { builder } from './builder.js';
import { VIDEO_JOB, videoJobIdOf } from './job-ids.js';
import { AspectRatio, catalogEnum, durationEnum } from './enums.js';
import type { ProviderSettings } from './provider-schemas.js';

const KlingModel = catalogEnum('KlingModel', `Kling model; defaults to ${klingDefaults.model}.`, klingModels);
const KlingMode = catalogEnum('KlingMode', `Kling's quality: STD (faster, cheaper) or PRO; defaults to ${klingDefaults.mode}.`, klingModes);
const KlingDuration = durationEnum('KlingDuration', `Length of a Kling video; defaults to ${klingDefaults.duration}.`, klingDurations);
const KlingEffect = catalogEnum(
  'KlingEffect',
  'A Kling effect scene: BLOOMBLOOM, DIZZYDIZZY, FUZZYFUZZY, SQUISH and EXPANSION take one image, HUG, KISS and HEART_GESTURE two (two people).',
  klingEffects,
);
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

const KlingShotInput = builder.inputType('KlingShotInput', {
  description: 'One shot of a multi-shot video (KLING_V3).',
  fields: (t) => ({
    prompt: t.string({
      required: true,
      description: `What the shot shows; not blank, at most ${klingLimits.shots.promptLength} characters.`,
    }),
    duration: t.int({ required: true, description: "Its length in seconds; the shots' lengths add up to the job's duration." }),
  }),
});

export const KlingVideoInput = builder.inputType('KlingVideoInput', {
  description:
    "A Kling video, through Kling's official format. Its fields pick the tool: text-to-video, image-to-video (`image`), " +
    'multi-image reference (`referenceImages`), extend (`extend`) or an effect (`effect` with `images`). A field its tool does not take is refused.',
  fields: (t) => ({
    prompt: t.string({
      description: `What to make; not blank, at most ${klingLimits.promptLength} characters. Required but for extend (optional) and effects (none).`,
    }),
    negativePrompt: t.string({ description: `What to avoid, at most ${klingLimits.negativePromptLength} characters.` }),
    model: t.field({
      type: KlingModel,
      description: `Defaults to ${klingDefaults.model} (${klingEffectModel} for effects); extend takes none.`,
    }),
    mode: t.field({ type: KlingMode }),
    duration: t.field({ type: KlingDuration }),
    ratio: t.field({ type: AspectRatio, description: `Text-to-video only: ${listRatios(klingCatalog.ratios)}; defaults to 16:9.` }),
    cfgScale: t.float({
      description: `How closely to follow the prompt, ${klingLimits.cfgScale.min}–${klingLimits.cfgScale.max}; defaults to ${klingDefaults.cfgScale}. The v1 models only: refused with v2 and newer.`,
    }),
    sound: t.boolean({ description: 'Make sound with the picture (sent as `on`/`off`; newer models). Unset sends nothing (Kling: off).' }),
    camera: t.field({ type: KlingCameraInput, description: 'Not with `imageTail`.' }),
    image: t.field({ type: 'URL', description: 'First frame: makes an image-to-video job.' }),
    imageTail: t.field({ type: 'URL', description: 'Last frame, with `image`; not with `camera`.' }),
    shots: t.field({
      type: [KlingShotInput],
      description: `Multi-shot (KLING_V3): at most ${klingLimits.shots.max} shots whose lengths add up to the job's duration.`,
    }),
    referenceImages: t.field({
      type: ['URL'],
      description: `${klingLimits.referenceImages.min} to ${klingLimits.referenceImages.max} images the video keeps: makes a multi-image reference job (mode MULTI_IMAGE).`,
    }),
    extend: t.id({
      description:
        'The id of one of your finished (SUCCEEDED) Kling jobs: this job continues its video (mode EXTEND). Takes only a prompt beside it.',
    }),
    effect: t.field({ type: KlingEffect, description: 'An effect scene on `images` (mode EFFECT); takes no prompt.' }),
    images: t.field({ type: ['URL'], description: "The effect's images: one, or two for HUG, KISS and HEART_GESTURE." }),
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

const KlingShot = builder.objectRef<NonNullable<KlingInput['shots']>[number]>('KlingShot').implement({
  fields: (t) => ({ prompt: t.exposeString('prompt'), duration: t.exposeInt('duration', { description: 'Seconds.' }) }),
});

export const KlingVideoSettings = builder.objectRef<ProviderSettings<KlingInput>>('KlingVideoSettings').implement({
  description: 'The settings a Kling job was made with, defaults filled in.',
  fields: (t) => ({
    prompt: t.exposeString('prompt', { nullable: true, description: 'Null for an effect.' }),
    negativePrompt: t.exposeString('negativePrompt', { nullable: true }),
    model: t.expose('model', { type: KlingModel, nullable: true, description: 'Null for an extension.' }),
    mode: t.expose('mode', { type: KlingMode, nullable: true, description: 'Null for an extension.' }),
    duration: t.expose('duration', { type: KlingDuration, nullable: true, description: 'Null for an extension.' }),
    ratio: t.expose('ratio', { type: AspectRatio, nullable: true, description: 'Null for image-to-video.' }),
    cfgScale: t.exposeFloat('cfgScale', { nullable: true, description: 'Null for the v2 models and newer, and for the other tools.' }),
    sound: t.exposeBoolean('sound', { nullable: true }),
    shots: t.field({ type: [KlingShot], nullable: true, resolve: (s) => s.shots }),
    referenceImages: t.field({ type: ['URL'], nullable: true, resolve: (s) => s.referenceImages }),
    extend: t.id({
      nullable: true,
      description: 'The job this one extends.',
      resolve: (s) => (s.extend ? (isJobId(s.extend) ? encodeGlobalID(VIDEO_JOB, s.extend) : s.extend) : null),
    }),
    effect: t.expose('effect', { type: KlingEffect, nullable: true }),
    images: t.field({ type: ['URL'], nullable: true, resolve: (s) => s.images }),
    camera: t.expose('camera', { type: KlingCamera, nullable: true }),
    image: t.expose('image', { type: 'URL', nullable: true }),
    imageTail: t.expose('imageTail', { type: 'URL', nullable: true }),
  }),
});

/** The input as the service takes it: `extend` decoded at the edge from the client's global id to the stored id of the job it names. */
export function klingInputFromGraphQL(input: KlingInput): KlingInput {
  if (input.extend == null) return input;
  const jobId = videoJobIdOf(input.extend);
  if (!jobId) throw klingExtendRefused('there is no such job');
  return { ...input, extend: jobId };
}
