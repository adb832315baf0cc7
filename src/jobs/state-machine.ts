import type { Job, JobStatus } from '../db/generated/client.js';
import type { TaskUpdate } from '../provider/types.js';

// The one job state machine. QUEUED → SUBMITTED → PROCESSING → a final state, only forwards;
// a final state never changes; progress never goes back. Everything that writes a job's state
// asks `nextState` first, so callbacks, feed answers and API calls all obey the same rules.

export const finalStatuses = ['SUCCEEDED', 'FAILED', 'CANCELED'] as const satisfies readonly JobStatus[];

const rank: Record<JobStatus, number> = { QUEUED: 0, SUBMITTED: 1, PROCESSING: 2, SUCCEEDED: 3, FAILED: 3, CANCELED: 3 };

export function isFinal(status: JobStatus): boolean {
  return rank[status] === 3;
}

export const TIMEOUT = 'TIMEOUT';

/**
 * The one exception to "final stays final": a job the gateway gave up on (TIMEOUT) whose video
 * the provider did make after all becomes SUCCEEDED: the video exists and was paid for.
 */
function isTimeout(job: Pick<Job, 'status' | 'errorCode'>): boolean {
  return job.status === 'FAILED' && job.errorCode === TIMEOUT;
}

/**
 * What some source says the job now is: a provider's report (in the job's terms, with its task
 * id), or the gateway's own verdict; fields it does not know stay undefined.
 */
export type Observation = Omit<TaskUpdate, 'taskId' | 'status'> & { status: JobStatus; upstreamTaskId?: string };

/** The columns a change sets only when it names them; it always sets status and progress. */
export const optionalChangeColumns = [
  'upstreamTaskId',
  'videoUrl',
  'posterUrl',
  'lastFrameUrl',
  'previewUrl',
  'upstreamVideoId',
  'errorCode',
  'errorMessage',
  'finishedAt',
  'costPoints',
  'costRefunded',
] as const satisfies readonly (keyof Job)[];

export type JobChange = Pick<Job, 'status' | 'progress'> & Partial<Pick<Job, (typeof optionalChangeColumns)[number]>>;

/**
 * The change `seen` makes to `job`, or null when it changes nothing (a repeat, a stale or
 * out-of-order report, anything after a final state).
 */
export function nextState(
  job: Pick<Job, 'status' | 'progress' | 'upstreamTaskId' | 'errorCode'>,
  seen: Observation,
  now = new Date(),
): JobChange | null {
  if (isFinal(job.status) && !(isTimeout(job) && seen.status === 'SUCCEEDED')) return null;
  const adoptsTaskId = !job.upstreamTaskId && seen.upstreamTaskId ? { upstreamTaskId: seen.upstreamTaskId } : {};
  const forwards = rank[seen.status] > rank[job.status];
  const sameStatus = seen.status === job.status;

  if (isFinal(seen.status)) {
    return {
      ...adoptsTaskId,
      status: seen.status,
      progress: seen.status === 'SUCCEEDED' ? 100 : job.progress,
      videoUrl: seen.videoUrl,
      posterUrl: seen.posterUrl,
      lastFrameUrl: seen.lastFrameUrl,
      previewUrl: seen.previewUrl,
      upstreamVideoId: seen.videoId,
      errorCode: seen.status === 'SUCCEEDED' ? null : seen.errorCode,
      errorMessage: seen.status === 'SUCCEEDED' ? null : seen.errorMessage,
      costPoints: seen.points,
      costRefunded: seen.refunded,
      finishedAt: now,
    };
  }
  const progress = Math.max(job.progress, seen.progress ?? 0);
  if (forwards) return { ...adoptsTaskId, status: seen.status, progress };
  if (sameStatus && progress > job.progress) return { ...adoptsTaskId, status: job.status, progress };
  // Behind or level: only a task id we lacked is news (a callback beat the submit answer).
  return adoptsTaskId.upstreamTaskId ? { ...adoptsTaskId, status: job.status, progress: job.progress } : null;
}

/** Whether a report that changed nothing is behind the job (stale) rather than a repeat of where it stands (duplicate). */
export function isStale(job: Pick<Job, 'status' | 'progress'>, seen: Observation): boolean {
  if (isFinal(job.status)) return seen.status !== job.status;
  if (seen.status !== job.status) return rank[seen.status] < rank[job.status];
  return (seen.progress ?? job.progress) < job.progress;
}
