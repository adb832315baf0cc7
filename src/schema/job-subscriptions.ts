import { canSee } from '../auth/viewer.js';
import { isFinal } from '../jobs/state-machine.js';
import { builder } from './builder.js';
import { userError } from './errors.js';
import { jobIdOf, jobNotFound, VideoJob, VideoJobFilter } from './video-job.js';

/** Iterates `source` until `signal` aborts (shutdown, a revoked key, the client gone), then ends it. */
async function* until<T>(source: AsyncIterator<T>, signal: AbortSignal): AsyncGenerator<T> {
  // Ending the source settles a waiting `next` as done: no race per event, nothing kept per event.
  const end = () => void source.return?.();
  signal.addEventListener('abort', end, { once: true });
  try {
    while (!signal.aborted) {
      const next = await source.next();
      if (next.done) return;
      yield next.value;
    }
  } finally {
    signal.removeEventListener('abort', end);
    await source.return?.();
  }
}

/**
 * Starts listening at once (a pub/sub Repeater registers its listener on the first `next`),
 * so events published while the caller does other work are kept for it.
 */
function listenNow<T>(source: AsyncIterable<T>): AsyncIterator<T> {
  const iterator = source[Symbol.asyncIterator]();
  let first: Promise<IteratorResult<T>> | undefined = iterator.next();
  return {
    next: () => {
      const next = first ?? iterator.next();
      first = undefined;
      return next;
    },
    return: async () => (await iterator.return?.()) ?? { done: true, value: undefined },
  };
}

builder.subscriptionFields((t) => ({
  videoJobUpdated: t.field({
    type: VideoJob,
    description: "Sends the job's current state at once, then every change, and completes after a final state.",
    args: { id: t.arg.globalID({ required: true }) },
    subscribe: async function* (_root, { id }, ctx) {
      const jobId = jobIdOf(id);
      if (!jobId) throw userError('NOT_FOUND', jobNotFound(id));
      // Listen before reading, so no change between the read and the first event is missed.
      const changes = listenNow(ctx.pubsub.subscribe('job:updated', jobId));
      const current = await ctx.jobs.find(jobId, ctx.viewer);
      if (!current) {
        await changes.return?.();
        throw userError('NOT_FOUND', jobNotFound(id));
      }
      yield current;
      if (isFinal(current.status)) return void (await changes.return?.());
      let version = current.version;
      for await (const job of until(changes, ctx.ended)) {
        if (job.version <= version) continue; // already sent (the read saw it)
        version = job.version;
        yield job;
        if (isFinal(job.status)) return;
      }
    },
    resolve: (job) => job,
  }),
  videoJobsUpdated: t.field({
    type: VideoJob,
    description: 'Every change to any job that matches the filter, as it is stored; for dashboards.',
    args: { filter: t.arg({ type: VideoJobFilter }) },
    subscribe: async function* (_root, { filter }, ctx) {
      const statuses = filter?.status?.length ? new Set(filter.status) : undefined;
      for await (const job of until(ctx.pubsub.subscribe('jobs:updated')[Symbol.asyncIterator](), ctx.ended)) {
        if (!canSee(ctx.viewer, job)) continue;
        if (statuses && !statuses.has(job.status)) continue;
        if (filter?.provider && job.provider !== filter.provider) continue;
        yield job;
      }
    },
    resolve: (job) => job,
  }),
}));
