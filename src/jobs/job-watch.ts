import type { Job } from '../db/generated/client.js';
import type { JobFilter } from '../store/job-store.js';
import { isFinal } from './state-machine.js';

// What a subscription to jobs sees: the streams JobService.watch and watchAll return.

/** Iterates `source` until `signal` aborts (shutdown, a revoked key, the client gone), then ends it. */
export async function* until<T>(source: AsyncIterator<T>, signal: AbortSignal): AsyncGenerator<T> {
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
export function listenNow<T>(source: AsyncIterable<T>): AsyncIterator<T> {
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

/**
 * The job as `read` finds it, then each later version from `changes`, ending after a final
 * state. `changes` must already listen (listenNow), so nothing between the read and the first
 * event is missed; a version the read already showed is skipped. `read` resolves to null when
 * the job is not there for the caller; `notFound` is thrown then.
 */
export async function* currentThenChanges(
  changes: AsyncIterator<Job>,
  read: () => Promise<Job | null>,
  notFound: () => Error,
  signal: AbortSignal,
): AsyncGenerator<Job> {
  try {
    const current = await read();
    if (!current) throw notFound();
    yield current;
    if (isFinal(current.status)) return;
    let version = current.version;
    for await (const job of until(changes, signal)) {
      if (job.version <= version) continue; // already sent (the read saw it)
      version = job.version;
      yield job;
      if (isFinal(job.status)) return;
    }
  } finally {
    // Also when the subscriber leaves at the first value, before the loop took `changes` over.
    await changes.return?.();
  }
}

/** Whether a job matches a feed's filter (any of its statuses, its provider). */
export function matches(filter: JobFilter, job: Job): boolean {
  if (filter.status?.length && !filter.status.includes(job.status)) return false;
  return !filter.provider || job.provider === filter.provider;
}
