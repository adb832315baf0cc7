import { Prisma } from './generated/client.js';

type AdapterCause = { kind?: string; constraint?: { index?: string; fields?: string[] } };

/**
 * The unique index a failed statement clashed with, or undefined for any other error: Prisma's
 * own P2002, or a raw query's driver error (P2010) that the adapter reports as a unique violation.
 */
export function uniqueViolationOf(error: unknown): string | undefined {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return undefined;
  if (error.code === 'P2002') return String((error.meta?.target as string[] | string | undefined) ?? 'unique');
  const cause = (error.meta?.driverAdapterError as { cause?: AdapterCause } | undefined)?.cause;
  return cause?.kind === 'UniqueConstraintViolation' ? (cause.constraint?.index ?? 'unique') : undefined;
}
