import type { JobCardFragment } from './generated/graphql.js';

/** What a job's progress bar shows: the provider's progress, or the gateway's estimate where the provider reports none. */
export type ShownProgress = { percent: number; estimated: boolean; note: string };

const isFinal = (status: string) => status === 'SUCCEEDED' || status === 'FAILED' || status === 'CANCELED';

function duration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 90) return `${seconds} s`;
  return `${Math.round(seconds / 60)} min`;
}

/**
 * The provider's progress once it reports any (or the job is over); before that, time elapsed
 * against the estimate, computed here so the bar moves between the server's events.
 */
export function shownProgress(job: Pick<JobCardFragment, 'status' | 'progress' | 'estimate'>, now = Date.now()): ShownProgress {
  const { estimate } = job;
  if (isFinal(job.status) || job.progress > 0 || !estimate) return { percent: job.progress, estimated: false, note: '' };
  const from = `estimated from ${estimate.basedOn} finished job${estimate.basedOn === 1 ? '' : 's'}`;
  const total = estimate.seconds * 1000;
  if (job.status === 'QUEUED') return { percent: 0, estimated: true, note: `about ${duration(total)} once started (${from})` };
  const finishesAt = Date.parse(estimate.finishesAt);
  const percent = total > 0 ? Math.max(0, Math.min(99, Math.floor((100 * (now - (finishesAt - total))) / total))) : 0;
  const left = finishesAt - now;
  return { percent, estimated: true, note: left > 0 ? `about ${duration(left)} left (${from})` : `taking longer than usual (${from})` };
}
