import { Prisma, type PrismaClient } from '../db/generated/client.js';
import type { Counts, Limits } from './limits.js';

// Counting a key's jobs in SQL. "Today" is the UTC day: createdAt is stored in UTC.

type Sql = Pick<PrismaClient, '$queryRaw'>;

/** What a key (or, for null, the open gateway's jobs) has used: today's jobs and points, and unfinished jobs. */
export type Usage = Counts & { pointsSpent: number; pointsRefunded: number };

const today = Prisma.sql`date_trunc('day', now() AT TIME ZONE 'UTC')`;
const unfinished = Prisma.sql`"status" IN ('QUEUED', 'SUBMITTED', 'PROCESSING')`;

type UsageRow = Usage & { ownerId: string | null };

/** Usage per owner, for `owners` (null: the open gateway's jobs), each present even with no jobs. */
export async function usageOf(sql: Sql, owners: (string | null)[]): Promise<Map<string | null, Usage>> {
  const keys = owners.filter((o): o is string => o !== null);
  const rows = await sql.$queryRaw<UsageRow[]>`
    SELECT "ownerId"::text AS "ownerId",
      count(*) FILTER (WHERE "createdAt" >= ${today})::int AS "jobsToday",
      count(*) FILTER (WHERE ${unfinished})::int AS "unfinished",
      COALESCE(sum("costPoints") FILTER (WHERE "createdAt" >= ${today}), 0)::float8 AS "pointsSpent",
      COALESCE(sum("costPoints") FILTER (WHERE "createdAt" >= ${today} AND "costRefunded"), 0)::float8 AS "pointsRefunded"
    FROM "Job"
    WHERE ("ownerId" IN (SELECT jsonb_array_elements_text(${JSON.stringify(keys)}::jsonb)::uuid)
        OR (${owners.includes(null)} AND "ownerId" IS NULL))
      AND ("createdAt" >= ${today} OR ${unfinished})
    GROUP BY "ownerId"`;
  const zero: Usage = { jobsToday: 0, unfinished: 0, pointsSpent: 0, pointsRefunded: 0 };
  const byOwner = new Map(rows.map(({ ownerId, ...usage }) => [ownerId, usage]));
  return new Map(owners.map((o) => [o, byOwner.get(o) ?? zero]));
}

/**
 * Locks the key's row (inside the caller's transaction) and reads its limits and counts: creates
 * for the same key, on any instance, wait here for each other, so two never take the last slot.
 */
export async function lockedLimitsAndCounts(tx: Sql, keyId: string): Promise<{ limits: Limits; counts: Counts } | null> {
  const [key] = await tx.$queryRaw<Limits[]>`SELECT "maxConcurrent", "maxPerDay" FROM "ApiKey" WHERE "id" = ${keyId}::uuid FOR UPDATE`;
  if (!key) return null;
  // A statement of its own: under READ COMMITTED it sees every job committed before the lock was ours.
  const [counts] = await tx.$queryRaw<Counts[]>`
    SELECT count(*) FILTER (WHERE ${unfinished})::int AS "unfinished", count(*) FILTER (WHERE "createdAt" >= ${today})::int AS "jobsToday"
    FROM "Job" WHERE "ownerId" = ${keyId}::uuid AND ("createdAt" >= ${today} OR ${unfinished})`;
  return { limits: key, counts: counts! };
}
