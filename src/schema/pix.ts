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
import { builder } from './builder.js';
import { AspectRatio, catalogEnum, durationEnum } from './enums.js';
import type { ProviderSettings } from './provider-schemas.js';

const PixModel = catalogEnum('PixModel', `PixVerse model; defaults to ${pixDefaults.model}.`, pixModels);
const PixStyle = catalogEnum('PixStyle', 'A PixVerse style.', pixStyles);
const PixDuration = durationEnum('PixDuration', 'Length of a PIX video.', pixDurations);
const PixQuality = catalogEnum('PixQuality', 'Resolution of a PIX video; no 8-second video at 1080p.', pixQualities);
const PixCameraMovement = catalogEnum('PixCameraMovement', 'A PixVerse camera move; not with an effect.', pixCameraMovements);
const PixSpeaker = catalogEnum('PixSpeaker', `The voice that speaks a lip-sync text; defaults to ${pixDefaults.speaker}.`, pixSpeakers);

const PixSoundEffectInput = builder.inputType('PixSoundEffectInput', {
  fields: (t) => ({
    enabled: t.boolean({ required: true, description: 'Add a sound effect.' }),
    description: t.string({ description: `The sound wanted, at most ${pixLimits.textLength} characters; needs \`enabled: true\`.` }),
  }),
});

const PixLipSyncInput = builder.inputType('PixLipSyncInput', {
  fields: (t) => ({
    speaker: t.field({ type: PixSpeaker }),
    text: t.string({ required: true, description: `What is said, at most ${pixLimits.textLength} characters.` }),
  }),
});

export const PixVideoInput = builder.inputType('PixVideoInput', {
  description: 'A PIX (PixVerse) video: text-to-video, image-to-video when `image` is given, or from reference images (`referenceImages`).',
  fields: (t) => ({
    prompt: t.string({ required: true, description: `What to make; not blank, at most ${pixLimits.promptLength} characters.` }),
    model: t.field({ type: PixModel }),
    ratio: t.field({ type: AspectRatio, description: `${listRatios(pixCatalog.ratios)}; defaults to 16:9.` }),
    negativePrompt: t.string({ description: `What to avoid, at most ${pixLimits.negativePromptLength} characters.` }),
    seed: t.int({ description: `Seed for reproducible results, ${pixLimits.seed.min}–${pixLimits.seed.max}.` }),
    style: t.field({ type: PixStyle }),
    effect: t.field({
      type: 'SafeInt',
      description:
        "A PixVerse effect template's id (its `template_id`, e.g. 303624537709312: 15 digits, past GraphQL's 32-bit Int); not with `cameraMovement`.",
    }),
    image: t.field({ type: 'URL', description: 'First frame: makes an image-to-video job.' }),
    lastImage: t.field({ type: 'URL', description: 'Last frame, with `image`.' }),
    duration: t.field({ type: PixDuration }),
    cameraMovement: t.field({ type: PixCameraMovement, description: 'A camera move; not with `effect`.' }),
    quality: t.field({ type: PixQuality }),
    audio: t.boolean({ description: 'Make sound with the video (sent as `audio` 1 or 0).' }),
    referenceImages: t.field({
      type: ['URL'],
      description: `1 to ${pixLimits.referenceImages} images whose subjects the video keeps (\`image_list\`): makes a REFERENCE job; not with \`image\`.`,
    }),
    soundEffect: t.field({ type: PixSoundEffectInput }),
    lipSync: t.field({ type: PixLipSyncInput }),
  }),
  validate: { schema: pixInputSchema },
});

const PixSoundEffect = builder.objectRef<NonNullable<PixInput['soundEffect']>>('PixSoundEffect').implement({
  fields: (t) => ({
    enabled: t.exposeBoolean('enabled'),
    description: t.exposeString('description', { nullable: true }),
  }),
});

const PixLipSync = builder.objectRef<NonNullable<PixInput['lipSync']>>('PixLipSync').implement({
  fields: (t) => ({
    speaker: t.field({ type: PixSpeaker, resolve: (l) => l.speaker ?? pixDefaults.speaker }),
    text: t.exposeString('text'),
  }),
});

export const PixVideoSettings = builder.objectRef<ProviderSettings<PixInput>>('PixVideoSettings').implement({
  description: 'The settings a PIX job was made with, defaults filled in.',
  fields: (t) => ({
    prompt: t.exposeString('prompt'),
    model: t.field({ type: PixModel, resolve: (s) => s.model ?? pixDefaults.model }),
    ratio: t.field({ type: AspectRatio, resolve: (s) => s.ratio ?? pixDefaults.ratio }),
    negativePrompt: t.exposeString('negativePrompt', { nullable: true }),
    seed: t.exposeInt('seed', { nullable: true }),
    style: t.expose('style', { type: PixStyle, nullable: true }),
    effect: t.expose('effect', { type: 'SafeInt', nullable: true }),
    image: t.expose('image', { type: 'URL', nullable: true }),
    lastImage: t.expose('lastImage', { type: 'URL', nullable: true }),
    duration: t.expose('duration', { type: PixDuration, nullable: true }),
    cameraMovement: t.expose('cameraMovement', { type: PixCameraMovement, nullable: true }),
    quality: t.expose('quality', { type: PixQuality, nullable: true }),
    audio: t.exposeBoolean('audio', { nullable: true }),
    referenceImages: t.field({ type: ['URL'], nullable: true, resolve: (s) => s.referenceImages }),
    soundEffect: t.expose('soundEffect', { type: PixSoundEffect, nullable: true }),
    lipSync: t.expose('lipSync', { type: PixLipSync, nullable: true }),
  }),
});
