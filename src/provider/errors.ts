import type { VideoProvider } from '../db/generated/enums.js';

/**
 * An input that passed the schema but breaks a rule only a lookup can check (Luma's `extend`
 * naming a job that is not a finished Luma job). `field` is its path within the provider's input
 * (not `path`: graphql-js takes any error with a `path` array for one it has located already).
 */
export class InvalidJobInputError extends Error {
  override name = 'InvalidJobInputError';
  constructor(
    readonly provider: VideoProvider,
    readonly field: (string | number)[],
    message: string,
  ) {
    super(message);
  }
}
