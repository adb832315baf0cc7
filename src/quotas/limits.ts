// Per-key quotas: what a key may have, what it has, and the rule between them. Pure; the counts
// come from the database (usage-store.ts), under a lock, so they hold across instances.

/** A key's limits; null is no limit. */
export type Limits = { maxConcurrent: number | null; maxPerDay: number | null };

export const noLimits: Limits = { maxConcurrent: null, maxPerDay: null };

/** What a key's jobs count now: unfinished ones, and those made this UTC day. */
export type Counts = { unfinished: number; jobsToday: number };

export type QuotaLimit = 'maxConcurrent' | 'maxPerDay';

/** A job refused for a limit: which, its value, and when a slot frees up (null: when a job finishes). */
export class QuotaExceededError extends Error {
  override name = 'QuotaExceededError';
  constructor(
    readonly limit: QuotaLimit,
    readonly max: number,
    readonly freesAt: Date | null,
  ) {
    super(
      limit === 'maxPerDay'
        ? `quota exceeded: at most ${max} jobs per day (UTC) for this API key; the next one is allowed at ${freesAt!.toISOString()}`
        : `quota exceeded: at most ${max} unfinished jobs at once for this API key; a slot frees up when one of them finishes`,
    );
  }
}

export const hasLimits = (limits: Limits) => limits.maxConcurrent !== null || limits.maxPerDay !== null;

/** The start of the next UTC day. */
export function nextUtcDay(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
}

/** The error a new job meets, or null when it fits in every limit. */
export function quotaRefusal(limits: Limits, counts: Counts, now = new Date()): QuotaExceededError | null {
  if (limits.maxPerDay !== null && counts.jobsToday >= limits.maxPerDay)
    return new QuotaExceededError('maxPerDay', limits.maxPerDay, nextUtcDay(now));
  if (limits.maxConcurrent !== null && counts.unfinished >= limits.maxConcurrent)
    return new QuotaExceededError('maxConcurrent', limits.maxConcurrent, null);
  return null;
}
