import type { EventSource, Job, JobStatus, PrismaClient, VideoProvider } from '../db/generated/client.js';
import { Prisma } from '../db/generated/client.js';
import type { JobChange } from './state-machine.js';

export type JobFilter = { status?: JobStatus[] | null; provider?: VideoProvider | null };
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

  async insert(provider: VideoProvider, input: Prisma.InputJsonObject): Promise<Job> {
    return this.prisma.job.create({
      data: { provider, input, events: { create: { toStatus: 'QUEUED', progress: 0, source: 'API' } } },
    });
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
          data: { ...change, version: { increment: 1 } },
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
        id: { lt: page.after, gt: page.before },
      },
      orderBy: { id: page.inverted ? 'asc' : 'desc' },
      take: page.limit,
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

  /** Gives a claimed job back, to be tried again no sooner than `delayMs` from now. */
  async release(id: string, delayMs: number): Promise<void> {
    await this.prisma.job.updateMany({
      where: { id, status: 'QUEUED' },
      data: { leaseUntil: null, nextAttemptAt: new Date(Date.now() + delayMs) },
    });
  }
}
