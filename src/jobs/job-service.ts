import { canSee, ownerOf, seesAll, type Viewer } from '../auth/viewer.js';
import type { EventSource, Job, VideoProvider } from '../db/generated/client.js';
import type { Prisma } from '../db/generated/client.js';
import type { Logger } from '../observability/logger.js';
import { providerFor } from '../provider/registry.js';
import { UnknownTaskStateError } from '../provider/task-update.js';
import type { ReferencedJob } from '../provider/types.js';
import { IdempotencyKeyReusedError, JobNotFoundError } from './errors.js';
import { inputHash } from './input-hash.js';
import type { JobFilter, JobPage, JobStore } from './job-store.js';
import { isJobId, VersionConflict } from './job-store.js';
import type { JobPubSub } from './pubsub.js';
import { nextState, type Observation } from './state-machine.js';

export type CallbackOutcome =
  | { kind: 'applied'; job: Job }
  | { kind: 'unchanged'; job: Job }
  | { kind: 'unknown-job' }
  | { kind: 'task-mismatch'; job: Job }
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
  constructor(
    private readonly store: JobStore,
    private readonly pubsub: JobPubSub,
    private readonly logger: Logger,
    private readonly deadlineMs: number,
    /** Told of each new QUEUED job, so the dispatcher can submit it at once. */
    private readonly onQueued: (job: Job) => void = () => {},
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
      ownerId,
      idempotencyKey: scopedKey,
      inputHash: hash,
      deadlineAt: new Date(Date.now() + this.deadlineMs),
    });
    if (!job) return (await replay())!; // the same key won a race with us
    this.publish(job);
    this.onQueued(job);
    return job;
  }

  /** The job, if the viewer may see it. */
  async find(id: string, viewer: Viewer): Promise<Job | null> {
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

  events(jobId: string) {
    return this.store.events(jobId);
  }

  /**
   * Applies what a source saw of the job. Returns the job as stored and whether it changed;
   * a lost race is retried against the fresh row, so concurrent reports never lose an update.
   */
  async observe(jobId: string, seen: Observation, source: EventSource, payload?: unknown): Promise<{ job: Job; changed: boolean }> {
    for (let attempt = 0; ; attempt++) {
      const job = await this.store.find(jobId);
      if (!job) throw new JobNotFoundError(jobId);
      const change = nextState(job, seen);
      if (!change) return { job, changed: false };
      try {
        const updated = await this.store.write(job, change, source, payload);
        this.publish(updated);
        return { job: updated, changed: true };
      } catch (error) {
        if (!(error instanceof VersionConflict) || attempt >= 20) throw error;
      }
    }
  }

  /** A provider's callback for a job: parsed by the job's provider module, then observed. */
  async handleCallback(jobId: string, payload: unknown): Promise<CallbackOutcome> {
    const job = await this.store.find(jobId);
    if (!job) return { kind: 'unknown-job' };
    if (job.status === 'CANCELED') {
      await this.store.recordIgnored(job, 'CALLBACK', payload);
      return { kind: 'unchanged', job };
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
    const { job: after, changed } = await this.observe(jobId, { ...rest, upstreamTaskId: taskId }, 'CALLBACK', payload);
    return changed ? { kind: 'applied', job: after } : { kind: 'unchanged', job: after };
  }

  private publish(job: Job) {
    this.pubsub.publish('job:updated', job.id, job);
    this.pubsub.publish('jobs:updated', job);
    this.logger.debug({ jobId: job.id, status: job.status, progress: job.progress }, 'job changed');
  }
}
