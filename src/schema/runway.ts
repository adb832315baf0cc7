import { listRatios } from '../provider/catalog.js';
import {
  runwayCatalog,
  runwayDefaults,
  runwayDurations,
  runwayInputSchema,
  runwayLimits,
  runwayModels,
  type RunwayInput,
} from '../provider/runway.js';
import { AspectRatio, catalogEnum, durationEnum } from './enums.js';
import { type FieldTable, inputTypeOf, outputTypeOf } from './provider-fields.js';
import type { ProviderSettings } from './provider-schemas.js';

const RunwayModel = catalogEnum(
  'RunwayModel',
  `Runway model; defaults to ${runwayDefaults.model}. GEN3 makes 16:9 and 9:16 only, GEN4_TURBO image-to-video only. ` +
    "GEN4_5 is seen only in DuomiAPI's endpoint map (no page documents it).",
  runwayModels,
);
const RunwayDuration = durationEnum('RunwayDuration', 'Length of a Runway video.', runwayDurations);

const { motion, structureTransformation } = runwayLimits;
const motionDescription = `${motion.min}…${motion.max}; defaults to 0.`;

const motionFields: FieldTable<NonNullable<RunwayInput['motion']>> = {
  x: { type: 'Float', description: `Horizontal, ${motionDescription}` },
  y: { type: 'Float', description: `Vertical, ${motionDescription}` },
  z: { type: 'Float', description: `Zoom, ${motionDescription}` },
  r: { type: 'Float', description: `Roll, ${motionDescription}` },
  bgXPan: { type: 'Float', description: `Background horizontal pan, ${motionDescription}` },
  bgYPan: { type: 'Float', description: `Background vertical pan, ${motionDescription}` },
};
const RunwayMotionInput = inputTypeOf('RunwayMotionInput', motionFields, {
  description: "Gen-2's camera motion vector (model GEN2 only).",
});
const RunwayMotion = outputTypeOf('RunwayMotion', motionFields);

const runwayFields: FieldTable<RunwayInput> = {
  prompt: { type: 'String', description: `What to make; required for text-to-video; at most ${runwayLimits.promptLength} characters.` },
  model: { type: RunwayModel, outputDescription: 'Null for Act-One.' },
  ratio: {
    type: AspectRatio,
    description: `${listRatios(runwayCatalog.ratios)}; Gen-3 only 16:9 and 9:16, Act-One only 16:9. Defaults to 16:9.`,
  },
  seconds: { type: RunwayDuration },
  style: { type: 'String', description: `A named style such as "cinematic", at most ${runwayLimits.styleLength} characters.` },
  image: { type: 'URL', description: 'First frame: makes an image-to-video job.' },
  lastImage: { type: 'URL', description: 'Last frame, with `image`.' },
  imageAsEndFrame: { type: 'Boolean', description: 'Use `image` as the last frame instead of the first.' },
  flip: { type: 'Boolean', description: 'Flip the video.' },
  motion: { type: RunwayMotionInput, outputType: RunwayMotion },
  video: { type: 'URL', description: 'Source video: makes a video-to-video job, or the performance of an Act-One job.' },
  structureTransformation: {
    type: 'Float',
    description: `Video-to-video: how far to move from the source's structure, ${structureTransformation.min}–${structureTransformation.max}.`,
  },
  character: { type: 'URL', description: 'The character image an Act-One job animates; needs `video`.' },
  edit: {
    type: 'Boolean',
    description: `Aleph video editing (mode EDIT): with \`video\` (at most 50 MB) and a \`prompt\` (at most ${runwayLimits.editPromptLength} characters) saying what to change; 5 seconds.`,
  },
  referenceImage: { type: 'URL', description: 'Video editing only: one image the edit follows.' },
};

export const RunwayVideoInput = inputTypeOf('RunwayVideoInput', runwayFields, {
  description:
    'A Runway video. Its fields pick the mode: text-to-video (a prompt), image-to-video (`image`), video-to-video (`video`), ' +
    'Act-One (`video`, the performance, with `character`), or Aleph video editing (`video` with `edit: true`). A field its mode does not take is refused.',
  validate: { schema: runwayInputSchema },
});

export const RunwayVideoSettings = outputTypeOf<RunwayInput, ProviderSettings<RunwayInput>>('RunwayVideoSettings', runwayFields, {
  description: 'The settings a Runway job was made with, defaults filled in.',
});
