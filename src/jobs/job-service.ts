import { canSee, ownerOf, seesAll, type Viewer } from '../auth/viewer.js';
import type { EventSource, Job, VideoProvider } from '../db/generated/client.js';
import type { Prisma } from '../db/generated/client.js';
import type { Logger } from '../observability/logger.js';
import type { Metrics } from '../observability/metrics.js';
import { providerFor } from '../provider/registry.js';
import { UnknownTaskStateError } from '../provider/task-update.js';
import type { ReferencedJob } from '../provider/types.js';
import { IdempotencyKeyReusedError, JobNotFoundError, TaskIdTakenError } from './errors.js';
import { inputHash } from './input-hash.js';
import type { JobFilter, JobPage, JobStore } from './job-store.js';
import { VersionConflict } from './job-store.js';
import { isJobId } from './job-id.js';
import type { JobPubSub } from './pubsub.js';
import { RecentJobs } from './recent-jobs.js';
import { isFinal, isStale, nextState, type Observation } from './state-machine.js';

/**
 * Result URLs are handed to API clients, which may put them in a page: only http(s) ones are
 * kept (`javascript:` or `data:` from a broken or hostile upstream is dropped).
 */
function withWebUrls(seen: Observation): Observation {
  const kept = { ...seen };
  for (const [field, value] of Object.entries(seen)) {
    if (field.endsWith('Url') && typeof value === 'string' && !/^https?:\/\//i.test(value)) delete kept[field as keyof Observation];
  }
  return kept;
}

export type CallbackOutcome =
  | { kind: 'applied'; job: Job }
  /** `stale`: the report was behind the job; otherwise a repeat of where it stands. */
  | { kind: 'unchanged'; job: Job; stale: boolean }
  | { kind: 'unknown-job' }
  | { kind: 'task-mismatch'; job: Job }
  /** The task id it names is another job's. */
  | { kind: 'task-taken' }
  | { kind: 'unknown-state'; reason: string };

/**
 * Owns every write to a job. A job changes state only in `observe`, which asks the state
 * machine, writes the change with its history row, and publishes it once, after the commit.
 */
export type CreateOptions = {
  viewer: Viewer;
  /** The client's key for retrying safely: the same key and input give the same job. */
  idempotencyKey?: string | null;
  /** The stored id of the job a client's reference names (the API writes Relay global ids). */
  jobIdOf?: (ref: string) => string | undefined;
};

export class JobService {
  /**
   * Each recent job as this instance last stored it. A callback's first attempt starts from it
   * and skips a read: the state machine only moves forwards, so a row that another instance has
   * moved past can only make the conditional write lose, and the retry reads the fresh row.
   */
  private readonly recent = new RecentJobs(10_000);

  constructor(
    private readonly store: JobStore,
    private readonly pubsub: JobPubSub,
    private readonly logger: Logger,
    private readonly deadlineMs: number,
    /** Told of each new QUEUED job, so the dispatcher can submit it at once. */
    private readonly onQueued: (job: Job) => void = () => {},
    private readonly metrics?: Metrics['jobs'],
  ) {}

  /**
   * Stores a new job (QUEUED, committed before any upstream call) from a schema-validated input.
   * Throws InvalidJobInputError when the input refers to an earlier job the viewer may not use,
   * IdempotencyKeyReusedError when its idempotency key came before with another input.
   */
  async create(provider: VideoProvider, input: unknown, { viewer, idempotencyKey, jobIdOf = (ref) => ref }: CreateOptions): Promise<Job> {
    const module = providerFor(provider);
    let normalized = module.normalize(input);
    if (module.resolveReferences) normalized = await module.resolveReferences(normalized, (ref) => this.findReferenced(ref, jobIdOf, viewer));
    const hash = inputHash(provider, normalized);
    const ownerId = ownerOf(viewer);
    const scopedKey = idempotencyKey ? `${ownerId ?? 'open'}:${idempotencyKey}` : null;
    const replay = async () => {
      const existing = scopedKey ? await this.store.findByIdempotencyKey(scopedKey) : null;
      if (existing && existing.inputHash !== hash) throw new IdempotencyKeyReusedError();
      return existing;
    };
    const earlier = await replay();
    if (earlier) return earlier;
    const job = await this.store.insert({
      provider,
      input: normalized as Prisma.InputJsonObject,
      mode: module.modeOf(normalized),
      ownerId,
      idempotencyKey: scopedKey,
      inputHash: hash,
      deadlineAt: new Date(Date.now() + this.deadlineMs),
    });
    if (!job) return (await replay())!; // the same key won a race with us
    this.metrics?.created.inc({ provider });
    this.publish(job);
    this.onQueued(job);
    return job;
  }

  /** The job, if the viewer may see it. */
  async find(id: string, viewer: Viewer): Promise<Job | null> {
    if (!isJobId(id)) return null;
    const job = await this.store.find(id);
    return job && canSee(viewer, job) ? job : null;
  }

  list(filter: JobFilter, page: JobPage, viewer: Viewer): Promise<Job[]> {
    return this.store.list({ ...filter, ownerId: seesAll(viewer) ? undefined : ownerOf(viewer)! }, page);
  }

  /** Ends the job CANCELED (a final job is returned as it is); later callbacks are kept but ignored. */
  async cancel(id: string, viewer: Viewer): Promise<Job> {
    const job = await this.find(id, viewer);
    if (!job) throw new JobNotFoundError(id);
    const { job: after } = await this.observe(id, { status: 'CANCELED', errorCode: 'CANCELED', errorMessage: 'canceled by the client' }, 'API');
    return after;
  }

  /** The earlier job an input names (Luma's `extend`), if the viewer may see it. */
  private async findReferenced(ref: string, jobIdOf: (ref: string) => string | undefined, viewer: Viewer): Promise<ReferencedJob | null> {
    const id = jobIdOf(ref);
    if (!id || !isJobId(id)) return null;
    return this.find(id, viewer);
  }

  /**
   * Sends a job whose submission was uncertain again, past its grace: the history says so (the
   * caller holds the job's lease and sends it next).
   */
  resendUncertain(job: Job, note: string): Promise<void> {
    return this.store.resend(job, note);
  }

  events(jobId: string) {
    return this.store.events(jobId);
  }

  /**
   * Applies what a source saw of the job. Returns the job as stored and whether it changed;
   * a lost race is retried against the fresh row, so concurrent reports never lose an update.
   * `current` is the job as the caller just read it: it saves a read, and if it is out of date
   * the write loses the race and is retried on the fresh row.
   */
  async observe(jobId: string, seen: Observation, source: EventSource, payload?: unknown, current?: Job): Promise<{ job: Job; changed: boolean }> {
    for (let attempt = 0; ; attempt++) {
      const job = attempt === 0 && current ? current : await this.store.find(jobId);
      if (!job) throw new JobNotFoundError(jobId);
      const change = nextState(job, withWebUrls(seen));
      if (!change) return { job, changed: false };
      try {
        const updated = await this.store.write(job, change, source, payload);
        if (isFinal(updated.status)) this.countFinished(updated);
        this.publish(updated);
        return { job: updated, changed: true };
      } catch (error) {
        if (!(error instanceof VersionConflict) || attempt >= 20) throw error;
      }
    }
  }

  /** A provider's callback for a job: parsed by the job's provider module, then observed. */
  async handleCallback(jobId: string, payload: unknown): Promise<CallbackOutcome> {
    const job = this.recent.get(jobId) ?? (await this.store.find(jobId));
    if (!job) return { kind: 'unknown-job' };
    if (job.status === 'CANCELED') {
      await this.store.recordIgnored(job, 'CALLBACK', payload);
      return { kind: 'unchanged', job, stale: false };
    }
    let update;
    try {
      update = providerFor(job.provider).parseUpdate(payload);
    } catch (error) {
      if (error instanceof UnknownTaskStateError) return { kind: 'unknown-state', reason: error.message };
      throw error;
    }
    if (update.taskId && job.upstreamTaskId && update.taskId !== job.upstreamTaskId) return { kind: 'task-mismatch', job };
    const { taskId, ...rest } = update;
    const seen = { ...rest, upstreamTaskId: taskId };
    let observed;
    try {
      observed = await this.observe(jobId, seen, 'CALLBACK', payload, job);
    } catch (error) {
      if (error instanceof TaskIdTakenError) return { kind: 'task-taken' };
      throw error;
    }
    const { job: after, changed } = observed;
    return changed ? { kind: 'applied', job: after } : { kind: 'unchanged', job: after, stale: isStale(after, seen) };
  }

  private countFinished(job: Job) {
    const labels = { provider: job.provider, status: job.status };
    this.metrics?.finished.inc(labels);
    this.metrics?.timeToFinal.observe(labels, ((job.finishedAt ?? job.updatedAt).getTime() - job.createdAt.getTime()) / 1000);
  }

  private publish(job: Job) {
    this.recent.remember(job);
    this.pubsub.publish('job:updated', job.id, job);
    this.pubsub.publish('jobs:updated', job);
    this.logger.debug({ jobId: job.id, status: job.status, progress: job.progress }, 'job changed');
  }
}
