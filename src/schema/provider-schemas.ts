import type { VideoProvider } from '../db/generated/enums.js';
import { klingInputFromGraphQL, KlingVideoInput, KlingVideoSettings } from './kling.js';
import { lumaInputFromGraphQL, LumaVideoInput, LumaVideoSettings } from './luma.js';
import { PikaVideoInput, PikaVideoSettings } from './pika.js';
import { PixVideoInput, PixVideoSettings } from './pix.js';
import { RunwayVideoInput, RunwayVideoSettings } from './runway.js';
import { GrokVideoInput, GrokVideoSettings } from './grok.js';
import { SoraVideoInput, SoraVideoSettings } from './sora.js';
import { VeoVideoInput, VeoVideoSettings } from './veo.js';

/** What a job's `settings` resolves to: its stored input, with the provider that picks the union member. */
export type ProviderSettings<Input> = Input & { provider: VideoProvider };

/**
 * Every provider's GraphQL face, one line each: its member of GenerateVideoInput, that member's
 * input type, and the settings type a job of it reads back as.
 */
export const providerSchemas = {
  PIKA: {
    member: 'pika',
    input: PikaVideoInput,
    settings: PikaVideoSettings,
    about: 'Pika 1.5: text, image or video to video, with Pikaffects.',
  },
  KLING: {
    member: 'kling',
    input: KlingVideoInput,
    settings: KlingVideoSettings,
    about: 'Kling: text or image to video with camera control and multi-shot, multi-image reference, extend and effects.',
  },
  LUMA: {
    member: 'luma',
    input: LumaVideoInput,
    settings: LumaVideoSettings,
    about: 'Luma: text or frames to video, or extending a finished Luma job.',
  },
  RUNWAY: {
    member: 'runway',
    input: RunwayVideoInput,
    settings: RunwayVideoSettings,
    about: 'Runway: text, image or video to video, or Act-One.',
  },
  PIX: {
    member: 'pix',
    input: PixVideoInput,
    settings: PixVideoSettings,
    about: 'PIX (PixVerse): text or image to video, with effects, sound and lip sync.',
  },
  SORA: {
    member: 'sora',
    input: SoraVideoInput,
    settings: SoraVideoSettings,
    about: 'OpenAI Sora 2: text or a first frame to video, 4 to 12 s.',
  },
  VEO: {
    member: 'veo',
    input: VeoVideoInput,
    settings: VeoVideoSettings,
    about: 'Google Veo 3.1: text, first and last frames, or reference images to an 8 s video.',
  },
  GROK: {
    member: 'grok',
    input: GrokVideoInput,
    settings: GrokVideoSettings,
    about: 'xAI Grok video: text or a reference image to video, 6 to 30 s.',
  },
} as const satisfies Record<VideoProvider, { member: string; input: unknown; settings: unknown; about: string }>;

/** The providers whose GraphQL input holds something to decode at the edge (an id) before the service takes it. */
export const inputsFromGraphQL: Partial<Record<VideoProvider, (input: never) => unknown>> = {
  LUMA: lumaInputFromGraphQL,
  KLING: klingInputFromGraphQL,
};

export const providerSchemaList = Object.entries(providerSchemas).map(([provider, schema]) => ({
  provider: provider as VideoProvider,
  ...schema,
}));
