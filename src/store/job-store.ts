import type { EventSource, Job, JobEvent, JobStatus, PrismaClient, VideoProvider } from '../db/generated/client.js';
import { Prisma } from '../db/generated/client.js';
import { domainErrorOf, type UniqueIndex } from '../db/errors.js';
import { Batcher } from './batcher.js';
import { TaskIdTakenError } from '../jobs/errors.js';
import { columnList, jobRow, queryJobs, recordDefinition, type JobColumn } from './job-columns.js';
import { storable, storableJson } from './storable-json.js';
import { optionalChangeColumns, type JobChange } from '../jobs/state-machine.js';
import { uuid7 } from './uuid7.js';
import type { JobWebhook, NewDelivery } from '../webhooks/events.js';
import { quotaRefusal } from '../quotas/limits.js';
import { lockedLimitsAndCounts } from '../quotas/usage-store.js';

export type JobFilter = { status?: JobStatus[] | null; provider?: VideoProvider | null; ownerId?: string };
/** The columns a new job is stored with; the others take their defaults, or the time of the insert. */
const newJobColumns = [
  'id',
  'provider',
  'input',
  'mode',
  'ownerId',
  'idempotencyKey',
  'inputHash',
  'deadlineAt',
  'webhook',
] as const satisfies readonly (JobColumn & keyof Insert)[];
export type NewJob = Pick<Job, 'provider' | 'mode' | 'ownerId' | 'idempotencyKey'> & {
  input: Prisma.InputJsonObject;
  inputHash: string;
  deadlineAt: Date;
  /** `{ url, events }` when the client asked for webhooks. */
  webhook: JobWebhook | null;
};
// Every field of NewJob is stored: a field added to it and not to the list does not compile.
const storesEveryField: Exclude<keyof NewJob, (typeof newJobColumns)[number]> extends never ? true : false = true;
void storesEveryField;

/** The columns of a write: the job's identity and the version it was read at, and what the change sets. */
const writeColumns = ['id', 'version', 'status', 'progress', ...optionalChangeColumns] as const satisfies readonly JobColumn[];

/** The store's unique indexes whose clash is a domain error. */
const taskIdIndex = (taskId: string): UniqueIndex => ({
  table: 'Job',
  fields: ['provider', 'upstreamTaskId'],
  error: () => new TaskIdTakenError(taskId),
});

/** A job as a dispatcher claims it; `uncertainForSeconds` is set when its submission is uncertain. */
export type ClaimedJob = Job & { uncertainForSeconds: number | null };

export type JobPage = { after?: string; before?: string; limit: number; inverted: boolean };

/** The row of each id, in the order of the ids; undefined where there is none. */
function inOrder(ids: string[], rows: Job[]): (Job | undefined)[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id));
}

/** Thrown when a conditional write lost a race (the job's version moved on). */
export class VersionConflict extends Error {
  override name = 'VersionConflict';
}

type Insert = Omit<NewJob, 'deadlineAt'> & { id: string; deadlineAt: string; at: string };
/** `delivery`: the webhook delivery the change enqueues, in the same statement (the outbox). */
type Write = { job: Job; change: JobChange; source: EventSource; payload: unknown; at: string; delivery?: NewDelivery };

// The hot paths (insert, find, write) are single SQL statements run in batches: under load, calls
// that arrive while earlier batches run share one statement, one round trip and one commit. Each
// write changes a job row and adds its history row in one statement, so atomically. Prisma's query
// builder took several round trips per write and most of the CPU. Timestamps are written from
// here, in UTC, as Prisma writes them.

/** The job tables, and nothing else: no rules here, the service decides what to write. */
export class JobStore {
  private readonly inserts = new Batcher<Insert, Job | undefined>((jobs) => this.insertMany(jobs), { maxBatch: 200, maxInFlight: 2 });
  private readonly reads = new Batcher<string, Job | undefined>((ids) => this.findMany(ids), { maxBatch: 500, maxInFlight: 4 });
  private readonly histories = new Batcher<string, JobEvent[]>((ids) => this.eventsOfMany(ids), {
    maxBatch: 100,
    maxInFlight: 4,
    gatherTurn: true,
  });
  private readonly writes = new Batcher<Write, Job | undefined>((writes) => this.writeMany(writes), {
    maxBatch: 200,
    maxInFlight: 1,
    key: (write) => write.job.id,
  });

  constructor(private readonly prisma: PrismaClient) {}

  /**
   * Stores a new QUEUED job with its first history row; its id is a UUIDv7, so ids sort by
   * creation. Null when its idempotency key is taken.
   */
  async insert(job: NewJob): Promise<Job | null> {
    const stored = await this.inserts.add({ ...job, id: uuid7(), deadlineAt: job.deadlineAt.toISOString(), at: new Date().toISOString() });
    return stored ?? null;
  }

  /**
   * Stores a new job of key `ownerId` only while the key is within its limits, counted under a
   * lock on the key's row (see usage-store.ts); throws QuotaExceededError, having stored nothing.
   * Null when its idempotency key is taken.
   */
  async insertWithinLimits(job: NewJob & { ownerId: string }): Promise<Job | null> {
    return this.prisma.$transaction(async (tx) => {
      const locked = await lockedLimitsAndCounts(tx, job.ownerId);
      const refusal = locked && quotaRefusal(locked.limits, locked.counts);
      if (refusal) throw refusal;
      const [stored] = await this.insertMany(
        [{ ...job, id: uuid7(), deadlineAt: job.deadlineAt.toISOString(), at: new Date().toISOString() }],
        tx,
      );
      return stored ?? null;
    });
  }

  findByIdempotencyKey(idempotencyKey: string): Promise<Job | null> {
    return this.prisma.job.findUnique({ where: { idempotencyKey } });
  }

  async find(id: string): Promise<Job | null> {
    return (await this.reads.add(id)) ?? null;
  }

  /**
   * Writes `change` if the job is still at `version`, with its history row; else throws
   * VersionConflict. TaskIdTakenError when the task id it adopts is another job's.
   */
  async write(job: Job, change: JobChange, source: EventSource, payload: unknown, delivery?: NewDelivery): Promise<Job> {
    const updated = await this.writes
      .add({ job, change, source, payload, at: new Date().toISOString(), delivery })
      .catch((error: unknown) => {
        throw change.upstreamTaskId ? domainErrorOf(error, [taskIdIndex(change.upstreamTaskId)]) : error;
      });
    if (!updated) throw new VersionConflict();
    return updated;
  }

  /** A job whose idempotency key is taken (by another row, or earlier in the batch) is left out. */
  private async insertMany(jobs: Insert[], sql: Pick<PrismaClient, '$queryRaw'> = this.prisma): Promise<(Job | undefined)[]> {
    const rows = await queryJobs(
      sql,
      Prisma.sql`
      WITH new AS (
        SELECT * FROM jsonb_to_recordset(${storableJson(jobs)}::jsonb) AS r(${recordDefinition(newJobColumns, { at: 'timestamp(3)' })})
      ), job AS (
        INSERT INTO "Job" (${columnList(newJobColumns)}, "createdAt", "updatedAt", "nextAttemptAt", "lastHeardAt")
        SELECT ${columnList(newJobColumns)}, "at", "at", "at", "at" FROM new
        ON CONFLICT ("idempotencyKey") DO NOTHING
        RETURNING ${jobRow()}
      ), event AS (
        INSERT INTO "JobEvent" ("jobId", "toStatus", "progress", "source", "createdAt")
        SELECT "id", 'QUEUED', 0, 'API', "createdAt" FROM job
      )
      SELECT ${jobRow()} FROM job`,
    );
    return inOrder(
      jobs.map((j) => j.id),
      rows,
    );
  }

  private async findMany(ids: string[]): Promise<(Job | undefined)[]> {
    const rows = await queryJobs(
      this.prisma,
      Prisma.sql`SELECT ${jobRow()} FROM "Job" WHERE "id" IN (SELECT jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb)::uuid)`,
    );
    return inOrder(ids, rows);
  }

  /** Each write applies only if its job is still at the version it was read at. */
  private async writeMany(writes: Write[]): Promise<(Job | undefined)[]> {
    const changes = writes.map(({ job, change, source, payload, at, delivery }) => ({
      ...change,
      deliveryId: delivery?.id ?? null,
      webhookEvent: delivery?.event ?? null,
      webhookUrl: delivery?.url ?? null,
      id: job.id,
      version: job.version,
      fromStatus: job.status,
      source,
      payload: payload ?? null,
      at,
      sets: optionalChangeColumns.filter((column) => change[column] !== undefined),
    }));
    const keepUnlessSet = (column: (typeof optionalChangeColumns)[number]) =>
      Prisma.raw(`"${column}" = CASE WHEN c."sets" ? '${column}' THEN c."${column}" ELSE j."${column}" END`);
    const extra = {
      fromStatus: '"JobStatus"',
      sets: 'jsonb',
      source: '"EventSource"',
      payload: 'jsonb',
      at: 'timestamp(3)',
      deliveryId: 'uuid?',
      webhookEvent: '"WebhookEvent"?',
      webhookUrl: 'text?',
    } as const;
    const rows = await queryJobs(
      this.prisma,
      Prisma.sql`
      WITH c AS (
        SELECT * FROM jsonb_to_recordset(${storableJson(changes)}::jsonb) AS r(${recordDefinition(writeColumns, extra)})
      ), job AS (
        UPDATE "Job" AS j SET "status" = c."status", "progress" = c."progress",
          ${Prisma.join(optionalChangeColumns.map(keepUnlessSet))},
          "version" = j."version" + 1, "updatedAt" = c."at",
          -- The first time DuomiAPI is heard to hold the job; estimates measure from here.
          "submittedAt" = COALESCE(j."submittedAt", CASE WHEN c."status" IN ('SUBMITTED', 'PROCESSING') THEN c."at" END),
          -- Any real change is news from upstream: the reconciler starts counting afresh.
          "lastHeardAt" = c."at", "nextPollAt" = NULL, "polls" = 0
        FROM c WHERE j."id" = c."id" AND j."version" = c."version"
        RETURNING ${jobRow('j')}
      ), event AS (
        INSERT INTO "JobEvent" ("jobId", "fromStatus", "toStatus", "progress", "source", "payload", "createdAt")
        SELECT c."id", c."fromStatus", c."status", c."progress", c."source", c."payload", c."at" FROM c JOIN job USING ("id")
      ), delivery AS (
        -- The webhook outbox: the event's row commits with the change, or neither does.
        INSERT INTO "WebhookDelivery" ("id", "jobId", "event", "url", "body", "createdAt", "nextAttemptAt")
        SELECT c."deliveryId", c."id", c."webhookEvent", c."webhookUrl", to_jsonb(job), c."at", c."at"
        FROM c JOIN job USING ("id") WHERE c."deliveryId" IS NOT NULL
      )
      SELECT ${jobRow()} FROM job`,
    );
    return inOrder(
      changes.map((c) => c.id),
      rows,
    );
  }

  /** Newest first (ids are UUIDv7); `inverted` reads oldest first for `last`/`before`. */
  list(filter: JobFilter, page: JobPage): Promise<Job[]> {
    return this.prisma.job.findMany({
      where: {
        status: filter.status?.length ? { in: filter.status } : undefined,
        provider: filter.provider ?? undefined,
        ownerId: filter.ownerId,
        id: { lt: page.after, gt: page.before },
      },
      orderBy: { id: page.inverted ? 'asc' : 'desc' },
      take: page.limit,
    });
  }

  /** Jobs stored or changed at `since` or later (every change sets lastHeardAt), up to `limit`, oldest change first. */
  async changedSince(since: Date, limit: number): Promise<Job[]> {
    const rows = await this.prisma.job.findMany({
      // Naming every status lets the (status, lastHeardAt) index serve the range.
      where: { status: { in: ['QUEUED', 'SUBMITTED', 'PROCESSING', 'SUCCEEDED', 'FAILED', 'CANCELED'] }, lastHeardAt: { gte: since } },
      orderBy: { lastHeardAt: 'desc' },
      take: limit,
    });
    return rows.reverse();
  }

  /** Keeps a report that changed nothing in the history, marked as not applied. */
  async recordIgnored(job: Job, source: EventSource, payload: unknown): Promise<void> {
    await this.prisma.jobEvent.create({
      data: {
        jobId: job.id,
        fromStatus: job.status,
        toStatus: job.status,
        source,
        applied: false,
        payload: payload == null ? Prisma.DbNull : storable(payload as Prisma.InputJsonValue),
      },
    });
  }

  /** The job's history, oldest first; the calls of one turn (`events` on a list of jobs) share one query. */
  events(jobId: string): Promise<JobEvent[]> {
    return this.histories.add(jobId);
  }

  private async eventsOfMany(jobIds: string[]): Promise<JobEvent[][]> {
    const events = await this.prisma.jobEvent.findMany({ where: { jobId: { in: [...new Set(jobIds)] } }, orderBy: { id: 'asc' } });
    const byJob = new Map<string, JobEvent[]>();
    for (const event of events) {
      const history = byJob.get(event.jobId);
      if (history) history.push(event);
      else byJob.set(event.jobId, [event]);
    }
    return jobIds.map((id) => byJob.get(id) ?? []);
  }

  /**
   * Claims up to `limit` QUEUED jobs that are due, for `leaseMs`; other dispatchers skip them. The
   * claim marks each as sent (`submitSentAt`); a job that already carried the mark was being
   * submitted when its instance stopped, and comes back with `uncertainForSeconds` (how long ago
   * that submission was sent; null for the others). Only a first claim of a send counts an attempt.
   */
  claimDue(limit: number, leaseMs: number): Promise<ClaimedJob[]> {
    // Every job column, and one more: the rows are Jobs (see queryJobs) with uncertainForSeconds.
    return this.prisma.$queryRaw<ClaimedJob[]>`
      WITH due AS (
        SELECT "id", "submitSentAt" FROM "Job"
        WHERE "status" = 'QUEUED' AND "nextAttemptAt" <= now() AND ("leaseUntil" IS NULL OR "leaseUntil" < now())
        ORDER BY "nextAttemptAt", "id" LIMIT ${limit}
        FOR UPDATE SKIP LOCKED)
      UPDATE "Job" AS j SET "leaseUntil" = now() + make_interval(secs => ${leaseMs / 1000}),
        "attempts" = j."attempts" + CASE WHEN due."submitSentAt" IS NULL THEN 1 ELSE 0 END,
        "submitSentAt" = COALESCE(due."submitSentAt", now())
      FROM due WHERE j."id" = due."id"
      RETURNING ${jobRow('j')}, EXTRACT(EPOCH FROM now() - due."submitSentAt")::float8 AS "uncertainForSeconds"`;
  }

  /**
   * Claims up to `limit` SUBMITTED/PROCESSING jobs that have heard nothing for `quietMs` (and are
   * due a poll), or are past their deadline, and QUEUED ones past their deadline whose submission
   * is uncertain. Each claim pushes the next poll back exponentially
   * (from `quietMs` up to ten times that, at most ten minutes), so a silent job is polled ever less often.
   */
  claimStale(limit: number, quietMs: number): Promise<Job[]> {
    const quiet = quietMs / 1000;
    return queryJobs(
      this.prisma,
      Prisma.sql`
      UPDATE "Job" SET "polls" = "polls" + 1,
        "nextPollAt" = now() + make_interval(secs => LEAST(${quiet} * power(2, "polls"), ${Math.min(quiet * 10, 600)}))
      WHERE "id" IN (
        SELECT "id" FROM "Job"
        WHERE ("status" IN ('SUBMITTED', 'PROCESSING')
          AND ("deadlineAt" <= now()
            OR ("lastHeardAt" <= now() - make_interval(secs => ${quiet}) AND ("nextPollAt" IS NULL OR "nextPollAt" <= now()))))
          -- A job whose submission is uncertain has no task to poll, but its deadline holds.
          OR ("status" = 'QUEUED' AND "submitSentAt" IS NOT NULL AND "deadlineAt" <= now() AND ("leaseUntil" IS NULL OR "leaseUntil" < now()))
        ORDER BY "lastHeardAt" LIMIT ${limit}
        FOR UPDATE SKIP LOCKED)
      RETURNING ${jobRow()}`,
    );
  }

  /**
   * Gives a claimed job back after a fault answered its submission (so no task was made), to be
   * tried again no sooner than `delayMs` from now.
   */
  async release(id: string, delayMs: number): Promise<void> {
    await this.prisma.$executeRaw`
      UPDATE "Job" SET "leaseUntil" = NULL, "submitSentAt" = NULL, "nextAttemptAt" = now() + make_interval(secs => ${delayMs / 1000})
      WHERE "id" = ${id}::uuid AND "status" = 'QUEUED'`;
  }

  /**
   * Gives back a claimed job that was not sent because the upstream pace has no slot near: not
   * sent, so neither marked sent nor counted as an attempt; to be claimed again at `at`.
   */
  async deferForPace(id: string, at: Date): Promise<void> {
    // An absolute instant, not a delay from this statement's now(): jobs turned away for the same
    // slot get the same one, so the claim's order (nextAttemptAt, then id) keeps them first come, first served.
    await this.prisma.$executeRaw`
      UPDATE "Job" SET "leaseUntil" = NULL, "submitSentAt" = NULL, "attempts" = GREATEST("attempts" - 1, 0),
        "nextAttemptAt" = ${at.toISOString()}::timestamp(3)
      WHERE "id" = ${id}::uuid AND "status" = 'QUEUED'`;
  }

  /** Gives back a job whose submission is uncertain, keeping it so, to be looked at again in `delayMs`. */
  async postpone(id: string, delayMs: number): Promise<void> {
    await this.prisma.$executeRaw`
      UPDATE "Job" SET "leaseUntil" = NULL, "nextAttemptAt" = now() + make_interval(secs => ${delayMs / 1000})
      WHERE "id" = ${id}::uuid AND "status" = 'QUEUED'`;
  }

  /**
   * Sends a job whose submission was uncertain again: marks it sent now (still leased by the
   * caller, one attempt more), with a history row saying why.
   */
  async resend(job: Job, note: string): Promise<void> {
    await this.prisma.$executeRaw`
      WITH sent AS (
        UPDATE "Job" SET "submitSentAt" = now(), "attempts" = "attempts" + 1
        WHERE "id" = ${job.id}::uuid AND "status" = 'QUEUED' RETURNING "id", "status", "progress")
      INSERT INTO "JobEvent" ("jobId", "fromStatus", "toStatus", "progress", "source", "payload", "createdAt")
      SELECT "id", "status", "status", "progress", 'SYSTEM', ${JSON.stringify({ note })}::jsonb, ${new Date().toISOString()}::timestamp(3) FROM sent`;
  }
}
