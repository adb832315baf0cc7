import type { EventSource, Job, JobStatus, PrismaClient, VideoProvider } from '../db/generated/client.js';
import { Prisma } from '../db/generated/client.js';
import type { JobChange } from './state-machine.js';

export type JobFilter = { status?: JobStatus[] | null; provider?: VideoProvider | null; ownerId?: string };
export type NewJob = {
  provider: VideoProvider;
  input: Prisma.InputJsonObject;
  ownerId: string | null;
  idempotencyKey: string | null;
  inputHash: string;
  deadlineAt: Date;
};
export type JobPage = { after?: string; before?: string; limit: number; inverted: boolean };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `id` can be a job id (a UUID): anything else would make Postgres refuse the query. */
export const isJobId = (id: string) => UUID.test(id);

/** Thrown when a conditional write lost a race (the job's version moved on). */
export class VersionConflict extends Error {
  override name = 'VersionConflict';
}

/** The job tables, and nothing else: no rules here, the service decides what to write. */
export class JobStore {
  constructor(private readonly prisma: PrismaClient) {}

  /** Inserts a QUEUED job with its first history row; null when its idempotency key is taken. */
  async insert(job: NewJob): Promise<Job | null> {
    try {
      return await this.prisma.job.create({
        data: { ...job, events: { create: { toStatus: 'QUEUED', progress: 0, source: 'API' } } },
      });
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return null;
      throw error;
    }
  }

  findByIdempotencyKey(idempotencyKey: string): Promise<Job | null> {
    return this.prisma.job.findUnique({ where: { idempotencyKey } });
  }

  find(id: string): Promise<Job | null> {
    return this.prisma.job.findUnique({ where: { id } });
  }

  /** Writes `change` if the job is still at `version`, with its history row, in one transaction. */
  async write(job: Job, change: JobChange, source: EventSource, payload: unknown): Promise<Job> {
    try {
      const [updated] = await this.prisma.$transaction([
        this.prisma.job.update({
          where: { id: job.id, version: job.version },
          // Any real change is news from upstream: the reconciler starts counting afresh.
          data: { ...change, version: { increment: 1 }, lastHeardAt: new Date(), nextPollAt: null, polls: 0 },
        }),
        this.prisma.jobEvent.create({
          data: {
            jobId: job.id,
            fromStatus: job.status,
            toStatus: change.status,
            progress: change.progress,
            source,
            payload: payload === undefined ? Prisma.DbNull : (payload as Prisma.InputJsonValue),
          },
        }),
      ]);
      return updated;
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2025') throw new VersionConflict();
      throw error;
    }
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

  /** Keeps a report that changed nothing in the history, marked as not applied. */
  async recordIgnored(job: Job, source: EventSource, payload: unknown): Promise<void> {
    await this.prisma.jobEvent.create({
      data: { jobId: job.id, fromStatus: job.status, toStatus: job.status, source, applied: false, payload: (payload ?? Prisma.DbNull) as Prisma.InputJsonValue },
    });
  }

  events(jobId: string) {
    return this.prisma.jobEvent.findMany({ where: { jobId }, orderBy: { id: 'asc' } });
  }

  /** Claims up to `limit` QUEUED jobs that are due, for `leaseMs`; other dispatchers skip them. */
  claimDue(limit: number, leaseMs: number): Promise<Job[]> {
    return this.prisma.$queryRaw<Job[]>`
      UPDATE "Job" SET "leaseUntil" = now() + make_interval(secs => ${leaseMs / 1000}), "attempts" = "attempts" + 1
      WHERE "id" IN (
        SELECT "id" FROM "Job"
        WHERE "status" = 'QUEUED' AND "nextAttemptAt" <= now() AND ("leaseUntil" IS NULL OR "leaseUntil" < now())
        ORDER BY "nextAttemptAt" LIMIT ${limit}
        FOR UPDATE SKIP LOCKED)
      RETURNING *`;
  }

  /**
   * Claims up to `limit` SUBMITTED/PROCESSING jobs that have heard nothing for `quietMs` (and are
   * due a poll), or are past their deadline. Each claim pushes the next poll back exponentially
   * (from `quietMs` up to ten times that, at most ten minutes), so a silent job is polled ever less often.
   */
  claimStale(limit: number, quietMs: number): Promise<Job[]> {
    const quiet = quietMs / 1000;
    return this.prisma.$queryRaw<Job[]>`
      UPDATE "Job" SET "polls" = "polls" + 1,
        "nextPollAt" = now() + make_interval(secs => LEAST(${quiet} * power(2, "polls"), ${Math.min(quiet * 10, 600)}))
      WHERE "id" IN (
        SELECT "id" FROM "Job"
        WHERE "status" IN ('SUBMITTED', 'PROCESSING')
          AND ("deadlineAt" <= now()
            OR ("lastHeardAt" <= now() - make_interval(secs => ${quiet}) AND ("nextPollAt" IS NULL OR "nextPollAt" <= now())))
        ORDER BY "lastHeardAt" LIMIT ${limit}
        FOR UPDATE SKIP LOCKED)
      RETURNING *`;
  }

  /** Gives a claimed job back, to be tried again no sooner than `delayMs` from now. */
  async release(id: string, delayMs: number): Promise<void> {
    await this.prisma.job.updateMany({
      where: { id, status: 'QUEUED' },
      data: { leaseUntil: null, nextAttemptAt: new Date(Date.now() + delayMs) },
    });
  }
}
