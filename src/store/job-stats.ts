import type { JobStatus, PrismaClient } from '../db/generated/client.js';

/** Final states are counted up to this many rows each, so a scrape stays cheap on a large table. */
export const FINAL_COUNT_CAP = 100_000;

export type JobStats = {
  byStatus: { status: JobStatus; count: number }[];
  /** Jobs waiting to be submitted (QUEUED, retries included). */
  waiting: number;
  /** When the oldest waiting job was stored; null when none waits. */
  oldestWaitingAt: Date | null;
};

/**
 * What operators watch, read from the job table in one round trip that the (status, id) index
 * answers: a count per status (exact for jobs in flight, capped for final states) and the oldest
 * QUEUED job (ids are UUIDv7, so the smallest id is the oldest).
 */
export async function readJobStats(prisma: PrismaClient): Promise<JobStats> {
  const rows = await prisma.$queryRaw<{ status: JobStatus; count: number; oldest: Date | null }[]>`
    SELECT s.status::text AS status,
      (SELECT count(*) FROM (
        SELECT 1 FROM "Job" j WHERE j."status" = s.status
        LIMIT CASE WHEN s.status IN ('SUCCEEDED', 'FAILED', 'CANCELED') THEN ${FINAL_COUNT_CAP}::int END) AS capped)::int AS count,
      CASE WHEN s.status = 'QUEUED' THEN
        (SELECT "createdAt" FROM "Job" WHERE "status" = 'QUEUED' ORDER BY "id" LIMIT 1) END AS oldest
    FROM unnest(enum_range(NULL::"JobStatus")) AS s(status)`;
  const queued = rows.find((r) => r.status === 'QUEUED');
  return {
    byStatus: rows.map(({ status, count }) => ({ status, count: Number(count) })),
    waiting: Number(queued?.count ?? 0),
    oldestWaitingAt: queued?.oldest ?? null,
  };
}
