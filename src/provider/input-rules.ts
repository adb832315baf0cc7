import { z } from 'zod';
import { enumKeys, listRatios, videoModes, type AspectRatio, type ProviderCatalog, type Spellings, type VideoMode } from './catalog.js';

// The zod building blocks every provider's input rules share. Messages set here are kept as
// written in `extensions.fields` (src/schema/errors.ts words zod's own ones).

export const notBlank = (max: number) => z.string().trim().min(1, 'must not be blank').max(max, `must be at most ${max} characters long`);

/** One value of a catalog's closed set, by its GraphQL enum name. */
export const oneOf = <T extends Spellings>(values: T) => z.enum(enumKeys(values));

export const between = (min: number, max: number) => z.number().min(min).max(max);

/** The catalog's ratios; any other is refused with a message naming the provider and the ratios it makes. */
export const ratioOf = (catalog: Pick<ProviderCatalog, 'name' | 'ratios'>) =>
  z.enum(catalog.ratios as [AspectRatio, ...AspectRatio[]], { error: `${catalog.name} makes ${listRatios(catalog.ratios)} only` });

/** Reports a broken cross-field rule at `path` (relative to the provider's input). */
export function broken(ctx: z.RefinementCtx, path: string | string[], message: string) {
  ctx.addIssue({ code: 'custom', path: typeof path === 'string' ? [path] : path, message });
}

/** For each field, the modes that take it; a field not named here applies to every mode. */
export type FieldModes<I> = { [K in keyof I]?: readonly VideoMode[] };

/**
 * Refuses every given field that the input's mode does not take, so nothing the caller set is
 * silently dropped on the way upstream. Fields in `skip` already have a more specific rule broken.
 */
export function onlyInTheirModes<I extends object>(
  ctx: z.RefinementCtx,
  input: I,
  mode: VideoMode,
  fields: FieldModes<I>,
  skip: readonly (keyof I)[] = [],
) {
  for (const [field, modes] of Object.entries(fields) as [keyof I & string, readonly VideoMode[]][]) {
    if (input[field] == null || modes.includes(mode) || skip.includes(field)) continue;
    broken(ctx, field, `${field} does not apply to ${videoModes[mode]} (only to ${modes.map((m) => videoModes[m]).join(', ')})`);
  }
}
