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
import { VIDEO_JOB, videoJobIdOf } from './job-ids.js';
import { AspectRatio, catalogEnum, durationEnum } from './enums.js';
import { type FieldTable, inputTypeOf, outputTypeOf } from './provider-fields.js';
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

const cameraFields: FieldTable<NonNullable<KlingInput['camera']>> = {
  type: { type: KlingCameraType, required: true },
  horizontal: { type: 'Float', description: axisDescription },
  vertical: { type: 'Float', description: axisDescription },
  pan: { type: 'Float', description: axisDescription },
  tilt: { type: 'Float', description: axisDescription },
  roll: { type: 'Float', description: axisDescription },
  zoom: { type: 'Float', description: axisDescription },
};
const KlingCameraInput = inputTypeOf('KlingCameraInput', cameraFields, { description: "Kling's camera control." });
const KlingCamera = outputTypeOf('KlingCamera', cameraFields);

const shotFields: FieldTable<NonNullable<KlingInput['shots']>[number]> = {
  prompt: {
    type: 'String',
    required: true,
    description: `What the shot shows; not blank, at most ${klingLimits.shots.promptLength} characters.`,
  },
  duration: {
    type: 'Int',
    required: true,
    description: "Its length in seconds; the shots' lengths add up to the job's duration.",
    outputDescription: 'Seconds.',
  },
};
const KlingShotInput = inputTypeOf('KlingShotInput', shotFields, { description: 'One shot of a multi-shot video (KLING_V3).' });
const KlingShot = outputTypeOf('KlingShot', shotFields);

const nullForExtension = 'Null for an extension.';

/** What a client gives: the input but for what the service resolves when it stores the job. */
type KlingGiven = Omit<KlingInput, 'extendVideoId'>;

const klingFields: FieldTable<KlingGiven> = {
  prompt: {
    type: 'String',
    description: `What to make; not blank, at most ${klingLimits.promptLength} characters. Required but for extend (optional) and effects (none).`,
    outputDescription: 'Null for an effect.',
  },
  negativePrompt: { type: 'String', description: `What to avoid, at most ${klingLimits.negativePromptLength} characters.` },
  model: {
    type: KlingModel,
    description: `Defaults to ${klingDefaults.model} (${klingEffectModel} for effects); extend takes none.`,
    outputDescription: nullForExtension,
  },
  mode: { type: KlingMode, outputDescription: nullForExtension },
  duration: { type: KlingDuration, outputDescription: nullForExtension },
  ratio: {
    type: AspectRatio,
    description: `Text-to-video only: ${listRatios(klingCatalog.ratios)}; defaults to 16:9.`,
    outputDescription: 'Null for image-to-video.',
  },
  cfgScale: {
    type: 'Float',
    description: `How closely to follow the prompt, ${klingLimits.cfgScale.min}–${klingLimits.cfgScale.max}; defaults to ${klingDefaults.cfgScale}. The v1 models only: refused with v2 and newer.`,
    outputDescription: 'Null for the v2 models and newer, and for the other tools.',
  },
  sound: {
    type: 'Boolean',
    description: 'Make sound with the picture (sent as `on`/`off`; newer models). Unset sends nothing (Kling: off).',
  },
  camera: { type: KlingCameraInput, outputType: KlingCamera, description: 'Not with `imageTail`.' },
  image: { type: 'URL', description: 'First frame: makes an image-to-video job.' },
  imageTail: { type: 'URL', description: 'Last frame, with `image`; not with `camera`.' },
  shots: {
    type: [KlingShotInput],
    outputType: [KlingShot],
    description: `Multi-shot (KLING_V3): at most ${klingLimits.shots.max} shots whose lengths add up to the job's duration.`,
  },
  referenceImages: {
    type: ['URL'],
    description: `${klingLimits.referenceImages.min} to ${klingLimits.referenceImages.max} images the video keeps: makes a multi-image reference job (mode MULTI_IMAGE).`,
  },
  extend: {
    type: 'ID',
    description:
      'The id of one of your finished (SUCCEEDED) Kling jobs: this job continues its video (mode EXTEND). Takes only a prompt beside it.',
    outputDescription: 'The job this one extends.',
    resolve: (s) => (s.extend ? (isJobId(s.extend) ? encodeGlobalID(VIDEO_JOB, s.extend) : s.extend) : null),
  },
  effect: { type: KlingEffect, description: 'An effect scene on `images` (mode EFFECT); takes no prompt.' },
  images: { type: ['URL'], description: "The effect's images: one, or two for HUG, KISS and HEART_GESTURE." },
};

export const KlingVideoInput = inputTypeOf('KlingVideoInput', klingFields, {
  description:
    "A Kling video, through Kling's official format. Its fields pick the tool: text-to-video, image-to-video (`image`), " +
    'multi-image reference (`referenceImages`), extend (`extend`) or an effect (`effect` with `images`). A field its tool does not take is refused.',
  validate: { schema: klingInputSchema },
});

export const KlingVideoSettings = outputTypeOf<KlingGiven, ProviderSettings<KlingInput>>('KlingVideoSettings', klingFields, {
  description: 'The settings a Kling job was made with, defaults filled in.',
});

/** The input as the service takes it: `extend` decoded at the edge from the client's global id to the stored id of the job it names. */
export function klingInputFromGraphQL(input: KlingInput): KlingInput {
  if (input.extend == null) return input;
  const jobId = videoJobIdOf(input.extend);
  if (!jobId) throw klingExtendRefused('there is no such job');
  return { ...input, extend: jobId };
}
