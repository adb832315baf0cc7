import type { VideoProvider } from '../db/generated/enums.js';
import { pika } from './pika.js';
import type { ProviderModule } from './types.js';

// Jobs store each input as JSON that its own module validated and normalised, so the job
// machinery handles every module alike, as a module of unknown input.
const erase = <T>(module: ProviderModule<T>) => module as unknown as ProviderModule<unknown>;

/** Every provider the gateway speaks; one line each. */
export const providers: Partial<Record<VideoProvider, ProviderModule<unknown>>> = {
  PIKA: erase(pika),
};

export function providerFor(id: VideoProvider): ProviderModule<unknown> {
  const module = providers[id];
  if (!module) throw new Error(`no provider module for ${id}`);
  return module;
}
