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
import { builder } from './builder.js';
import { AspectRatio, catalogEnum, durationEnum } from './enums.js';
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

const RunwayMotionInput = builder.inputType('RunwayMotionInput', {
  description: "Gen-2's camera motion vector (model GEN2 only).",
  fields: (t) => ({
    x: t.float({ description: `Horizontal, ${motionDescription}` }),
    y: t.float({ description: `Vertical, ${motionDescription}` }),
    z: t.float({ description: `Zoom, ${motionDescription}` }),
    r: t.float({ description: `Roll, ${motionDescription}` }),
    bgXPan: t.float({ description: `Background horizontal pan, ${motionDescription}` }),
    bgYPan: t.float({ description: `Background vertical pan, ${motionDescription}` }),
  }),
});

export const RunwayVideoInput = builder.inputType('RunwayVideoInput', {
  description:
    'A Runway video. Its fields pick the mode: text-to-video (a prompt), image-to-video (`image`), video-to-video (`video`), ' +
    'Act-One (`video`, the performance, with `character`), or Aleph video editing (`video` with `edit: true`). A field its mode does not take is refused.',
  fields: (t) => ({
    prompt: t.string({ description: `What to make; required for text-to-video; at most ${runwayLimits.promptLength} characters.` }),
    model: t.field({ type: RunwayModel }),
    ratio: t.field({
      type: AspectRatio,
      description: `${listRatios(runwayCatalog.ratios)}; Gen-3 only 16:9 and 9:16, Act-One only 16:9. Defaults to 16:9.`,
    }),
    seconds: t.field({ type: RunwayDuration }),
    style: t.string({ description: `A named style such as "cinematic", at most ${runwayLimits.styleLength} characters.` }),
    image: t.field({ type: 'URL', description: 'First frame: makes an image-to-video job.' }),
    lastImage: t.field({ type: 'URL', description: 'Last frame, with `image`.' }),
    imageAsEndFrame: t.boolean({ description: 'Use `image` as the last frame instead of the first.' }),
    flip: t.boolean({ description: 'Flip the video.' }),
    motion: t.field({ type: RunwayMotionInput }),
    video: t.field({ type: 'URL', description: 'Source video: makes a video-to-video job, or the performance of an Act-One job.' }),
    structureTransformation: t.float({
      description: `Video-to-video: how far to move from the source's structure, ${structureTransformation.min}–${structureTransformation.max}.`,
    }),
    character: t.field({ type: 'URL', description: 'The character image an Act-One job animates; needs `video`.' }),
    edit: t.boolean({
      description: `Aleph video editing (mode EDIT): with \`video\` (at most 50 MB) and a \`prompt\` (at most ${runwayLimits.editPromptLength} characters) saying what to change; 5 seconds.`,
    }),
    referenceImage: t.field({ type: 'URL', description: 'Video editing only: one image the edit follows.' }),
  }),
  validate: { schema: runwayInputSchema },
});

const RunwayMotion = builder.objectRef<NonNullable<RunwayInput['motion']>>('RunwayMotion').implement({
  fields: (t) => ({
    x: t.exposeFloat('x', { nullable: true }),
    y: t.exposeFloat('y', { nullable: true }),
    z: t.exposeFloat('z', { nullable: true }),
    r: t.exposeFloat('r', { nullable: true }),
    bgXPan: t.exposeFloat('bgXPan', { nullable: true }),
    bgYPan: t.exposeFloat('bgYPan', { nullable: true }),
  }),
});

export const RunwayVideoSettings = builder.objectRef<ProviderSettings<RunwayInput>>('RunwayVideoSettings').implement({
  description: 'The settings a Runway job was made with, defaults filled in.',
  fields: (t) => ({
    prompt: t.exposeString('prompt', { nullable: true }),
    model: t.expose('model', { type: RunwayModel, nullable: true, description: 'Null for Act-One.' }),
    ratio: t.expose('ratio', { type: AspectRatio, nullable: true }),
    seconds: t.expose('seconds', { type: RunwayDuration, nullable: true }),
    style: t.exposeString('style', { nullable: true }),
    image: t.expose('image', { type: 'URL', nullable: true }),
    lastImage: t.expose('lastImage', { type: 'URL', nullable: true }),
    imageAsEndFrame: t.exposeBoolean('imageAsEndFrame', { nullable: true }),
    flip: t.exposeBoolean('flip', { nullable: true }),
    motion: t.expose('motion', { type: RunwayMotion, nullable: true }),
    video: t.expose('video', { type: 'URL', nullable: true }),
    structureTransformation: t.exposeFloat('structureTransformation', { nullable: true }),
    character: t.expose('character', { type: 'URL', nullable: true }),
    edit: t.exposeBoolean('edit', { nullable: true }),
    referenceImage: t.expose('referenceImage', { type: 'URL', nullable: true }),
  }),
});
