import { Prisma } from './generated/client.js';

type AdapterCause = { kind?: string; constraint?: { index?: string; fields?: string[] } };

/** A unique index of a table, by its columns as schema.prisma names them, and the domain error a clash on it is. */
export type UniqueIndex = { table: string; fields: string[]; error: () => Error };

/**
 * The unique index a failed statement clashed with, or undefined for any other error: Prisma's
 * own P2002, or a raw query's driver error (P2010) that the adapter reports as a unique
 * violation. Postgres' adapter names the index (`Job_provider_upstreamTaskId_key`), PGlite's
 * the columns (`provider, "upstreamTaskId"`).
 */
function uniqueViolationOf(error: unknown): { index?: string; fields?: string[] } | undefined {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return undefined;
  const cause = (error.meta?.driverAdapterError as { cause?: AdapterCause } | undefined)?.cause;
  if (cause?.kind === 'UniqueConstraintViolation') return cause.constraint ?? {};
  if (error.code !== 'P2002') return undefined;
  const target = error.meta?.target;
  return { fields: Array.isArray(target) ? target.map(String) : typeof target === 'string' ? [target] : undefined };
}

const unquoted = (field: string) => field.replace(/^"|"$/g, '');

/**
 * The domain error for a database error: a clash on one of `indexes` becomes that index's
 * error; anything else is returned as it is. The one place constraint errors are recognised, so
 * a clash the caller expects never reaches a client as an internal error.
 */
export function domainErrorOf(error: unknown, indexes: UniqueIndex[]): unknown {
  const clash = uniqueViolationOf(error);
  if (!clash) return error;
  const index = indexes.find(
    ({ table, fields }) =>
      clash.index === `${table}_${fields.join('_')}_key` ||
      (clash.fields !== undefined && clash.fields.map(unquoted).join(',') === fields.join(',')),
  );
  return index ? index.error() : error;
}
