import type { RateLimiter } from '../auth/rate-limit.js';
import { canSee, ownerOf, seesAll, type Viewer } from '../auth/viewer.js';
import type { EventSource, Job, VideoProvider } from '../db/generated/client.js';
import type { Prisma } from '../db/generated/client.js';
import type { Logger } from '../observability/logger.js';
import type { Metrics } from '../observability/metrics.js';
import { providerFor } from '../provider/registry.js';
import { UnknownTaskStateError } from '../provider/task-update.js';
import { IdempotencyKeyReusedError, JobNotFoundError, RateLimitedError, TaskIdTakenError } from './errors.js';
import { inputHash } from './input-hash.js';
import { hasLimits } from '../quotas/limits.js';
import type { WebhookEvent } from '../db/generated/client.js';
import { deliveryFor, type JobWebhook } from '../webhooks/events.js';
import type { WebhookSecrets } from '../webhooks/secrets.js';
import { checkWebhook, InvalidWebhookError } from '../webhooks/webhook-input.js';
import type { JobFilter, JobPage, JobStore } from '../store/job-store.js';
import { VersionConflict } from '../store/job-store.js';
import { isJobId } from './job-id.js';
import { currentThenChanges, listenNow, matches, until } from './job-watch.js';
import type { JobPubSub } from '../pubsub/job-pubsub.js';
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
  /** Where to tell the client's server of the job's events (InvalidWebhookError when it may not be called). */
  webhook?: { url: string; events?: readonly WebhookEvent[] | null } | null;
};

export type JobServiceDeps = {
  store: JobStore;
  pubsub: JobPubSub;
  logger: Logger;
  /** How long a new job has to finish before it fails with TIMEOUT. */
  deadlineMs: number;
  /** `generateVideo` calls per client per minute (all instances together, with Redis). */
  generateLimiter?: RateLimiter;
  /** Told of each new QUEUED job, so the dispatcher can submit it at once. */
  onQueued?: (job: Job) => void;
  metrics?: Metrics['jobs'];
  /** Webhooks: whether http: and private hosts are allowed, the signing secrets, and who to tell of a new delivery. */
  webhooks?: { allowPrivate: boolean; secrets: WebhookSecrets; onEnqueued: () => void };
};

export class JobService {
  /**
   * Each recent job as this instance last stored it. A callback's first attempt starts from it
   * and skips a read: the state machine only moves forwards, so a row that another instance has
   * moved past can only make the conditional write lose, and the retry reads the fresh row.
   */
  private readonly recent = new RecentJobs(10_000);

  private readonly store: JobStore;
  private readonly pubsub: JobPubSub;
  private readonly logger: Logger;
  private readonly deadlineMs: number;
  private readonly generateLimiter: RateLimiter | undefined;
  private readonly onQueued: (job: Job) => void;
  private readonly metrics: Metrics['jobs'] | undefined;

  constructor(deps: JobServiceDeps) {
    ({
      store: this.store,
      pubsub: this.pubsub,
      logger: this.logger,
      deadlineMs: this.deadlineMs,
      generateLimiter: this.generateLimiter,
      metrics: this.metrics,
    } = deps);
    this.onQueued = deps.onQueued ?? (() => {});
    this.webhooks = deps.webhooks;
  }

  private readonly webhooks: JobServiceDeps['webhooks'];

  /** The stored form of a client's webhook, checked: a URL the gateway may call, and a secret to sign with. */
  private async webhookOf(webhook: CreateOptions['webhook'], ownerId: string | null): Promise<JobWebhook | null> {
    if (!webhook) return null;
    if (!this.webhooks) throw new InvalidWebhookError('url', 'this gateway sends no webhooks');
    const checked = checkWebhook(webhook, this.webhooks.allowPrivate);
    if (!(await this.webhooks.secrets.of(ownerId))) {
      throw new InvalidWebhookError(
        'url',
        ownerId
          ? 'this API key has no webhook signing secret yet: call rotateWebhookSecret first'
          : 'this open gateway has no WEBHOOK_SECRET to sign webhooks with',
      );
    }
    return checked;
  }

  /**
   * Stores a new job (QUEUED, committed before any upstream call) from a schema-validated input.
   * Throws InvalidJobInputError when the input refers to an earlier job the viewer may not use,
   * IdempotencyKeyReusedError when its idempotency key came before with another input,
   * RateLimitedError when the viewer's key (or the open gateway) is over its rate.
   */
  async create(provider: VideoProvider, input: unknown, { viewer, idempotencyKey, webhook: requested }: CreateOptions): Promise<Job> {
    const allowed = await this.generateLimiter?.take(ownerOf(viewer) ?? 'open');
    if (allowed && !allowed.ok) throw new RateLimitedError(allowed.retryAfterSeconds);
    const module = providerFor(provider);
    let normalized = module.normalize(input);
    if (module.resolveReferences) normalized = await module.resolveReferences(normalized, (jobId) => this.find(jobId, viewer));
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
    const webhook = await this.webhookOf(requested, ownerId);
    const fields = {
      provider,
      input: normalized as Prisma.InputJsonObject,
      mode: module.modeOf(normalized),
      idempotencyKey: scopedKey,
      inputHash: hash,
      deadlineAt: new Date(Date.now() + this.deadlineMs),
      webhook,
    };
    // A key with quotas is counted under a lock (QuotaExceededError, nothing stored); others take the batched path.
    const job =
      viewer.kind === 'key' && hasLimits(viewer.limits)
        ? await this.store.insertWithinLimits({ ...fields, ownerId: viewer.keyId })
        : await this.store.insert({ ...fields, ownerId });
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

  /**
   * The job's current state, then each change (each version once), ending after a final state
   * or when `signal` aborts. Throws JobNotFoundError, before any value, when the viewer may not
   * see it. Listens before reading, so no change between the read and the first event is missed.
   */
  async *watch(id: string, viewer: Viewer, { signal }: { signal: AbortSignal }): AsyncGenerator<Job> {
    if (!isJobId(id)) throw new JobNotFoundError(id);
    const changes = listenNow(this.pubsub.subscribe('job:updated', id));
    yield* currentThenChanges(
      changes,
      () => this.find(id, viewer),
      () => new JobNotFoundError(id),
      signal,
    );
  }

  /** Every change to any job the viewer may see that matches `filter`, until `signal` aborts. */
  async *watchAll(filter: JobFilter, viewer: Viewer, { signal }: { signal: AbortSignal }): AsyncGenerator<Job> {
    for await (const job of until(this.pubsub.subscribe('jobs:updated')[Symbol.asyncIterator](), signal)) {
      if (canSee(viewer, job) && matches(filter, job)) yield job;
    }
  }

  /** Ends the job CANCELED (a final job is returned as it is); later callbacks are kept but ignored. */
  async cancel(id: string, viewer: Viewer): Promise<Job> {
    const job = await this.find(id, viewer);
    if (!job) throw new JobNotFoundError(id);
    const { job: after } = await this.observe(
      id,
      { status: 'CANCELED', errorCode: 'CANCELED', errorMessage: 'canceled by the client' },
      'API',
    );
    return after;
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
  async observe(
    jobId: string,
    seen: Observation,
    source: EventSource,
    payload?: unknown,
    current?: Job,
  ): Promise<{ job: Job; changed: boolean }> {
    for (let attempt = 0; ; attempt++) {
      const job = attempt === 0 && current ? current : await this.store.find(jobId);
      if (!job) throw new JobNotFoundError(jobId);
      const change = nextState(job, withWebUrls(seen));
      if (!change) return { job, changed: false };
      try {
        const delivery = deliveryFor(job, change);
        const updated = await this.store.write(job, change, source, payload, delivery);
        if (delivery) this.webhooks?.onEnqueued();
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
