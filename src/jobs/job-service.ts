import type { EventSource, Job, VideoProvider } from '../db/generated/client.js';
import type { Prisma } from '../db/generated/client.js';
import type { Logger } from '../observability/logger.js';
import { providerFor } from '../provider/registry.js';
import { UnknownTaskStateError } from '../provider/task-update.js';
import type { ReferencedJob } from '../provider/types.js';
import { JobNotFoundError } from './errors.js';
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

/** How the ids of earlier jobs written in an input (Luma's `extend`) are resolved. */
export type JobReferences = {
  /** The stored id of the job a client's id names (the API writes Relay global ids); undefined when it names none. */
  jobIdOf: (ref: string) => string | undefined;
  /**
   * The caller. Ownership hook: once API keys land, an input may refer only to its owner's jobs;
   * until then every job is everyone's.
   */
  owner?: string;
};

/**
 * Owns every write to a job. A job changes state only in `observe`, which asks the state
 * machine, writes the change with its history row, and publishes it once, after the commit.
 */
export class JobService {
  constructor(
    private readonly store: JobStore,
    private readonly pubsub: JobPubSub,
    private readonly logger: Logger,
    /** Told of each new QUEUED job, so the dispatcher can submit it at once. */
    private readonly onQueued: (job: Job) => void = () => {},
  ) {}

  /**
   * Stores a new job (QUEUED, committed before any upstream call) from a schema-validated input.
   * Throws InvalidJobInputError when the input refers to an earlier job it may not use.
   */
  async create(provider: VideoProvider, input: unknown, references: JobReferences = { jobIdOf: (ref) => ref }): Promise<Job> {
    const module = providerFor(provider);
    let normalized = module.normalize(input);
    if (module.resolveReferences) normalized = await module.resolveReferences(normalized, (ref) => this.findReferenced(ref, references));
    const job = await this.store.insert(provider, normalized as Prisma.InputJsonObject);
    this.publish(job);
    this.onQueued(job);
    return job;
  }

  async get(id: string): Promise<Job> {
    const job = await this.store.find(id);
    if (!job) throw new JobNotFoundError(id);
    return job;
  }

  find(id: string): Promise<Job | null> {
    return this.store.find(id);
  }

  /** The earlier job an input names, if the caller may build on it (see JobReferences.owner). */
  private async findReferenced(ref: string, { jobIdOf }: JobReferences): Promise<ReferencedJob | null> {
    const id = jobIdOf(ref);
    if (!id || !isJobId(id)) return null;
    return this.store.find(id);
  }

  list(filter: JobFilter, page: JobPage): Promise<Job[]> {
    return this.store.list(filter, page);
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
      const job = await this.get(jobId);
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
