import type { Job, PrismaClient, VideoProvider } from '../db/generated/client.js';
import type { JobPubSub } from '../pubsub/job-pubsub.js';
import { until } from './job-watch.js';

// Where a QUEUED job stands in line. Jobs wait behind the upstream pace (UPSTREAM_RATE_PER_SECOND,
// per provider) or the concurrency cap (UPSTREAM_CONCURRENCY, shared): a paced provider's jobs
// queue among themselves, the others together, each line in the order the jobs were made (the
// dispatcher's order). The whole queue is read in one statement and kept as a snapshot: readers
// and subscribers look positions up in it, and it is read again when the queue changes (a job
// stored, or one leaving QUEUED) while someone follows a queued job, never once per job.

/** Waiting jobs beyond this many are not placed (null): one snapshot stays one small read. */
export const QUEUE_SNAPSHOT_LIMIT = 10_000;

type Snapshot = { takenAt: number; positions: Map<string, number> };
type Listener = () => void;

export type QueuePositionOptions = {
  /** Whether a provider has a pace of its own (its jobs then form their own line). */
  paced: (provider: VideoProvider) => boolean;
  /** A snapshot younger than this answers reads. */
  freshMs?: number;
  /** Least time between two reads of the queue while it keeps changing. */
  throttleMs?: number;
  /** While someone follows a queued job, the queue is also read this often (changes made by instances this one does not hear of). */
  refreshMs?: number;
};

export class QueuePositions {
  private snapshot: Snapshot | undefined;
  private reading: Promise<Snapshot> | undefined;
  private dirty = false;
  private timer: NodeJS.Timeout | undefined;
  private ticker: NodeJS.Timeout | undefined;
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly stopped = new AbortController();
  /** Reads of the queue so far (each one statement, whatever the number of jobs or followers). */
  reads = 0;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly pubsub: JobPubSub,
    private readonly options: QueuePositionOptions,
  ) {}

  /** Listens for jobs entering or leaving the queue, here or on other instances (through the shared pub/sub). */
  start() {
    void (async () => {
      for await (const job of until(this.pubsub.subscribe('jobs:updated')[Symbol.asyncIterator](), this.stopped.signal)) {
        const known = this.snapshot?.positions.has(job.id) ?? false;
        if (this.listeners.size > 0 && (job.status === 'QUEUED') !== known) this.changed();
      }
    })().catch(() => {});
  }

  stop() {
    this.stopped.abort();
    clearTimeout(this.timer);
    clearInterval(this.ticker);
  }

  /** 1 for the next job of its line; null when the job is not QUEUED (or beyond the snapshot). */
  async positionOf(job: Pick<Job, 'id' | 'status' | 'updatedAt'>): Promise<number | null> {
    if (job.status !== 'QUEUED') return null;
    let snapshot = this.snapshot;
    const stale = !snapshot || Date.now() - snapshot.takenAt > (this.options.freshMs ?? 1_000);
    // A job stored after the snapshot was read is not in it yet.
    if (stale || (!snapshot!.positions.has(job.id) && snapshot!.takenAt <= job.updatedAt.getTime())) snapshot = await this.read();
    return snapshot!.positions.get(job.id) ?? null;
  }

  /**
   * Follows a job's stream (JobService.watch) and sends the job again, as it last was, each time
   * its queue position changes while it is QUEUED.
   */
  async *follow(jobId: string, source: AsyncGenerator<Job>): AsyncGenerator<Job> {
    let latest: Job | undefined;
    let moved = false;
    let wake: (() => void) | undefined;
    let shown: number | null | undefined;
    const unlisten = this.listen(jobId, () => {
      moved = true;
      wake?.();
    });
    let next: Promise<IteratorResult<Job>> | undefined;
    try {
      for (;;) {
        if (moved) {
          moved = false;
          if (latest?.status === 'QUEUED') {
            const position = this.snapshot?.positions.get(jobId) ?? null;
            if (position !== shown) {
              shown = position;
              yield { ...latest };
            }
          }
          continue;
        }
        next ??= source.next();
        const woken = new Promise<undefined>((resolve) => (wake = () => resolve(undefined)));
        const result = await Promise.race([next, woken]);
        wake = undefined;
        if (!result) continue; // the position moved
        next = undefined;
        if (result.done) return;
        latest = result.value;
        // Read (or share) a fresh snapshot first: the resolvers then place the job from it, and a
        // later change is told only when the position really moves.
        shown = await this.positionOf(latest);
        yield latest;
      }
    } finally {
      unlisten();
      await source.return(undefined);
    }
  }

  private listen(jobId: string, listener: Listener): () => void {
    const set = this.listeners.get(jobId) ?? new Set();
    set.add(listener);
    this.listeners.set(jobId, set);
    if (!this.ticker) {
      this.ticker = setInterval(() => this.changed(), this.options.refreshMs ?? 2_000);
      this.ticker.unref();
    }
    this.changed();
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(jobId);
      if (this.listeners.size === 0) {
        clearInterval(this.ticker);
        this.ticker = undefined;
      }
    };
  }

  /** The queue changed: read it again soon (reads are throttled and never overlap), then tell followers whose position moved. */
  private changed() {
    if (this.timer || this.stopped.signal.aborted) {
      this.dirty = true;
      return;
    }
    this.timer = setTimeout(() => {
      void this.read()
        .catch(() => undefined)
        .finally(() => {
          this.timer = undefined;
          if (this.dirty) {
            this.dirty = false;
            this.changed();
          }
        });
    }, this.options.throttleMs ?? 100);
    this.timer.unref();
  }

  /** One statement for the whole queue; concurrent callers share it. */
  private read(): Promise<Snapshot> {
    this.reading ??= (async () => {
      this.reads++;
      const takenAt = Date.now();
      const rows = await this.prisma.$queryRaw<{ id: string; provider: VideoProvider }[]>`
        SELECT "id"::text AS "id", "provider"::text AS "provider" FROM "Job" WHERE "status" = 'QUEUED' ORDER BY "id" LIMIT ${QUEUE_SNAPSHOT_LIMIT}`;
      const lines = new Map<string, number>();
      const positions = new Map<string, number>();
      for (const { id, provider } of rows) {
        const line = this.options.paced(provider) ? provider : '';
        const position = (lines.get(line) ?? 0) + 1;
        lines.set(line, position);
        positions.set(id, position);
      }
      const before = this.snapshot;
      const snapshot = { takenAt, positions };
      this.snapshot = snapshot;
      for (const [jobId, listeners] of this.listeners) {
        if (before?.positions.get(jobId) !== positions.get(jobId)) for (const listener of listeners) listener();
      }
      return snapshot;
    })().finally(() => (this.reading = undefined));
    return this.reading;
  }
}
