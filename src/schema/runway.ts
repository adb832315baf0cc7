import { listRatios } from '../provider/catalog.js';
import { runwayCatalog, runwayDefaults, runwayDurations, runwayInputSchema, runwayLimits, runwayModels, type RunwayInput } from '../provider/runway.js';
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
    x: t.float({ nullable: true, resolve: (m) => m.x }),
    y: t.float({ nullable: true, resolve: (m) => m.y }),
    z: t.float({ nullable: true, resolve: (m) => m.z }),
    r: t.float({ nullable: true, resolve: (m) => m.r }),
    bgXPan: t.float({ nullable: true, resolve: (m) => m.bgXPan }),
    bgYPan: t.float({ nullable: true, resolve: (m) => m.bgYPan }),
  }),
});

export const RunwayVideoSettings = builder.objectRef<ProviderSettings<RunwayInput>>('RunwayVideoSettings').implement({
  description: 'The settings a Runway job was made with, defaults filled in.',
  fields: (t) => ({
    prompt: t.string({ nullable: true, resolve: (s) => s.prompt }),
    model: t.field({ type: RunwayModel, nullable: true, description: 'Null for Act-One.', resolve: (s) => s.model }),
    ratio: t.field({ type: AspectRatio, nullable: true, resolve: (s) => s.ratio }),
    seconds: t.field({ type: RunwayDuration, nullable: true, resolve: (s) => s.seconds }),
    style: t.string({ nullable: true, resolve: (s) => s.style }),
    image: t.field({ type: 'URL', nullable: true, resolve: (s) => s.image }),
    lastImage: t.field({ type: 'URL', nullable: true, resolve: (s) => s.lastImage }),
    imageAsEndFrame: t.boolean({ nullable: true, resolve: (s) => s.imageAsEndFrame }),
    flip: t.boolean({ nullable: true, resolve: (s) => s.flip }),
    motion: t.field({ type: RunwayMotion, nullable: true, resolve: (s) => s.motion }),
    video: t.field({ type: 'URL', nullable: true, resolve: (s) => s.video }),
    structureTransformation: t.float({ nullable: true, resolve: (s) => s.structureTransformation }),
    character: t.field({ type: 'URL', nullable: true, resolve: (s) => s.character }),
    edit: t.boolean({ nullable: true, resolve: (s) => s.edit }),
    referenceImage: t.field({ type: 'URL', nullable: true, resolve: (s) => s.referenceImage }),
  }),
});
