import type { LocalEvent, Versioned } from './cluster-event-target.js';
import type { JobStore } from '../store/job-store.js';
import { isJobId } from '../jobs/job-id.js';

const ONE_JOB = 'job:updated:';
const EVERY_JOB = 'jobs:updated';
/** Clocks of instances and the database differ a little; a change stored just before an outage was noticed counts too. */
const MARGIN_MS = 30_000;
/** At most this many changed jobs are re-sent to `videoJobsUpdated` listeners after an outage. */
const MAX_CHANGED = 1_000;

/** A job event's identity is its topic and job, its version the job's: repeats and older rows are dropped. */
export function jobEventVersion(type: string, detail: unknown): Versioned | undefined {
  if (typeof detail !== 'object' || detail === null || !('id' in detail) || !('version' in detail)) return undefined;
  const { id, version } = detail;
  return typeof id === 'string' && typeof version === 'number' ? { key: `${type}|${id}`, version } : undefined;
}

/**
 * What brings subscriptions up to date after a Redis outage: each followed job as stored now, and
 * for `videoJobsUpdated` every job changed since the outage began (at most MAX_CHANGED, oldest first).
 */
export function jobCatchUp(store: JobStore) {
  return async (types: string[], since: Date): Promise<LocalEvent[]> => {
    const ids = types
      .filter((type) => type.startsWith(ONE_JOB))
      .map((type) => type.slice(ONE_JOB.length))
      .filter(isJobId);
    const followed = await Promise.all(ids.map((id) => store.find(id)));
    const events: LocalEvent[] = followed.flatMap((job) => (job ? [{ type: ONE_JOB + job.id, detail: job }] : []));
    if (types.includes(EVERY_JOB)) {
      const changed = await store.changedSince(new Date(since.getTime() - MARGIN_MS), MAX_CHANGED);
      events.push(...changed.map((job) => ({ type: EVERY_JOB, detail: job })));
    }
    return events;
  };
}
