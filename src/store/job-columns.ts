import type { EventSource, Job, JobStatus, PrismaClient, VideoProvider, WebhookEvent } from '../db/generated/client.js';
import { Prisma } from '../db/generated/client.js';

// The one place the job store's SQL learns the shape of the `Job` model. Each column names its
// Postgres type (`?` when it may be null); the compiler checks the table against Prisma's `Job`
// both ways (a column added to schema.prisma and missing here, or typed differently, does not
// compile), and the SQL's record definitions and RETURNING lists are built from it.

/** What each Postgres type the store reads and writes is in TypeScript, as Prisma returns it. */
type SqlTypes = {
  uuid: string;
  text: string;
  int: number;
  float8: number;
  boolean: boolean;
  jsonb: Prisma.JsonValue;
  'timestamp(3)': Date;
  '"JobStatus"': JobStatus;
  '"VideoProvider"': VideoProvider;
  '"EventSource"': EventSource;
  '"WebhookEvent"': WebhookEvent;
};
type SqlType = keyof SqlTypes | `${keyof SqlTypes}?`;
type TsOf<S extends SqlType> = S extends `${infer Base extends keyof SqlTypes}?`
  ? SqlTypes[Base] | null
  : S extends keyof SqlTypes
    ? SqlTypes[S]
    : never;
type RowOf<Columns extends Record<string, SqlType>> = { -readonly [C in keyof Columns]: TsOf<Columns[C]> };

export const jobColumns = {
  id: 'uuid',
  provider: '"VideoProvider"',
  input: 'jsonb',
  status: '"JobStatus"',
  upstreamTaskId: 'text?',
  progress: 'int',
  videoUrl: 'text?',
  posterUrl: 'text?',
  lastFrameUrl: 'text?',
  previewUrl: 'text?',
  upstreamVideoId: 'text?',
  errorCode: 'text?',
  errorMessage: 'text?',
  costPoints: 'float8?',
  costRefunded: 'boolean?',
  createdAt: 'timestamp(3)',
  updatedAt: 'timestamp(3)',
  finishedAt: 'timestamp(3)?',
  submittedAt: 'timestamp(3)?',
  mode: 'text?',
  version: 'int',
  attempts: 'int',
  nextAttemptAt: 'timestamp(3)',
  leaseUntil: 'timestamp(3)?',
  submitSentAt: 'timestamp(3)?',
  lastHeardAt: 'timestamp(3)',
  nextPollAt: 'timestamp(3)?',
  polls: 'int',
  deadlineAt: 'timestamp(3)?',
  ownerId: 'uuid?',
  idempotencyKey: 'text?',
  inputHash: 'text?',
  webhook: 'jsonb?',
} as const satisfies Record<keyof Job, SqlType>;

export type JobColumn = keyof typeof jobColumns;

/** The row the table describes; it must be exactly Prisma's `Job`. */
type JobRow = RowOf<typeof jobColumns>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const tableMatchesModel: Same<JobRow, Job> = true;
void tableMatchesModel;

/** Columns a statement reads from its JSON input that are not job columns (history, bookkeeping). */
export type ExtraColumns = Record<string, SqlType>;

const baseType = (type: SqlType) => type.replace(/\?$/, '');

/**
 * The column definitions of `jsonb_to_recordset(…) AS r(…)` for `columns` of the job table and
 * `extra` ones, each with its Postgres type.
 */
export function recordDefinition(columns: readonly JobColumn[], extra: ExtraColumns = {}): Prisma.Sql {
  const definitions = [...columns.map((c) => [c, jobColumns[c]] as const), ...Object.entries(extra)].map(
    ([name, type]) => `"${name}" ${baseType(type)}`,
  );
  return Prisma.raw(definitions.join(', '));
}

/** Every job column, qualified by `alias` when given: what a statement returns so that its rows are Jobs. */
export function jobRow(alias?: string): Prisma.Sql {
  const prefix = alias ? `${alias}.` : '';
  return Prisma.raw(
    Object.keys(jobColumns)
      .map((c) => `${prefix}"${c}"`)
      .join(', '),
  );
}

/** A comma-separated, quoted list of `columns`. */
export function columnList(columns: readonly JobColumn[], alias?: string): Prisma.Sql {
  const prefix = alias ? `${alias}.` : '';
  return Prisma.raw(columns.map((c) => `${prefix}"${c}"`).join(', '));
}

/**
 * Runs a statement that returns `jobRow()`: the one place its rows are taken as Jobs. What they
 * are is the table's promise, checked against the model above and by test/job-store-columns.test.ts.
 */
export function queryJobs(prisma: Pick<PrismaClient, '$queryRaw'>, query: Prisma.Sql): Promise<Job[]> {
  return prisma.$queryRaw<JobRow[]>(query);
}
