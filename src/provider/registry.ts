import type { VideoProvider } from '../db/generated/enums.js';
import { kling } from './kling.js';
import { luma } from './luma.js';
import { pika } from './pika.js';
import { pix } from './pix.js';
import { runway } from './runway.js';
import { grok } from './grok.js';
import { sora } from './sora.js';
import { veo } from './veo.js';
import type { ProviderModule } from './types.js';

// Jobs store each input as JSON that its own module validated and normalised, so the job
// machinery handles every module alike, as a module of unknown input.
const erase = <T>(module: ProviderModule<T>) => module as unknown as ProviderModule<unknown>;

/** Every provider the gateway speaks; one line each. */
export const providers: Record<VideoProvider, ProviderModule<unknown>> = {
  PIKA: erase(pika),
  KLING: erase(kling),
  LUMA: erase(luma),
  RUNWAY: erase(runway),
  PIX: erase(pix),
  SORA: erase(sora),
  VEO: erase(veo),
  GROK: erase(grok),
};

export function providerFor(id: VideoProvider): ProviderModule<unknown> {
  return providers[id];
}
