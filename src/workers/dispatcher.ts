import type { Job } from '../db/generated/client.js';
import type { Logger } from '../observability/logger.js';
import type { Metrics } from '../observability/metrics.js';
import { UpstreamFault, type DuomiClient } from '../provider/duomi-client.js';
import { providerFor } from '../provider/registry.js';
import { UnknownTaskStateError } from '../provider/task-update.js';
import type { UpstreamSettings } from '../provider/types.js';
import type { UpstreamPacer } from './upstream-pace.js';
import { TaskIdTakenError } from '../jobs/errors.js';
import type { JobService } from '../jobs/job-service.js';
import type { ClaimedJob, JobStore } from '../store/job-store.js';
import { OutageLog } from './outage-log.js';

/** What the dispatcher and the reconciler work with. */
export type WorkerDeps = { store: JobStore; jobs: JobService; client: DuomiClient; logger: Logger };

export type DispatcherOptions = {
  /** Upstream calls in flight at once, to protect the account. */
  concurrency: number;
  /** Submissions tried per job before it fails with UPSTREAM_UNAVAILABLE. */
  maxAttempts: number;
  /** How long a claim lasts; longer than the client's time-out, so no two instances submit one job. */
  leaseMs: number;
  /** How often the outbox is swept for due jobs (retries, and jobs left by a crash). */
  pollMs: number;
  baseBackoffMs: number;
  callbackUrl: (jobId: string) => string;
  /** Choices of upstream endpoints (Runway video-to-video's path). */
  upstream?: UpstreamSettings;
  /** The per-provider submission pace shared by every instance (UPSTREAM_RATE_PER_SECOND); none is unlimited. */
  pacer?: UpstreamPacer;
  /** A submission whose answer was lost is not sent again until this long after it was sent. */
  uncertainGraceMs: number;
  /** Past the grace: send it again (true), or fail it with SUBMISSION_UNCERTAIN (false). */
  resubmitUncertain: boolean;
  /** How often a provider that can look a task up by the job's id (Kling) is asked, meanwhile. */
  lookupEveryMs: number;
};

export const SUBMISSION_UNCERTAIN = 'SUBMISSION_UNCERTAIN';

/**
 * Submits QUEUED jobs from the database (an outbox): a job is claimed with a lease before its
 * upstream call, so a crash between commit and submit leaves it to be submitted later, and
 * several instances never submit the same job at once.
 *
 * At most once: the claim marks the job as sent. A job claimed again with that mark (its
 * instance stopped before storing the answer, or its request went unanswered: a time-out, a
 * dropped connection) may already have a task upstream, which DuomiAPI
 * cannot be asked about (no idempotency key): it waits `uncertainGraceMs` for the task's callback,
 * which adopts it; a provider that takes our id (Kling) is asked for the task meanwhile. Only then
 * is it sent again, or failed, as configured, and its history says which.
 */
export class Dispatcher {
  private inFlight = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | undefined;
  private sweeping: Promise<void> | undefined;
  private again = false;
  private started = false;
  private stopped = false;
  private readonly outage: OutageLog;

  private readonly store: JobStore;
  private readonly jobs: JobService;
  private readonly client: DuomiClient;
  private readonly logger: Logger;
  private readonly metrics: Metrics['dispatch'] | undefined;

  constructor(
    deps: WorkerDeps & { metrics?: Metrics['dispatch'] },
    private readonly options: DispatcherOptions,
  ) {
    ({ store: this.store, jobs: this.jobs, client: this.client, logger: this.logger, metrics: this.metrics } = deps);
    this.outage = new OutageLog(deps.logger, 'dispatcher');
  }

  start() {
    this.started = true;
    this.timer = setInterval(() => this.kick(), this.options.pollMs);
    this.timer.unref();
    this.kick();
  }

  /** Sweeps now (a new job was queued); sweeps are never concurrent within one instance. */
  kick() {
    if (!this.started || this.stopped) return;
    if (this.sweeping) {
      this.again = true;
      return;
    }
    this.sweeping = this.sweep()
      .catch((error: unknown) => void this.outage.failed(error, 'dispatcher sweep failed'))
      .finally(() => {
        this.sweeping = undefined;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  async stop() {
    this.stopped = true;
    clearInterval(this.timer);
    await this.sweeping;
    await Promise.all(this.inFlight);
  }

  private async sweep() {
    while (!this.stopped) {
      const room = this.options.concurrency - this.inFlight.size;
      // While submissions run, wait for a quarter of the slots to free up: claims come in batches.
      if (room <= 0 || (this.inFlight.size > 0 && room < Math.ceil(this.options.concurrency / 4))) return;
      const claimed = await this.store.claimDue(room, this.options.leaseMs);
      this.outage.succeeded();
      if (claimed.length === 0) return;
      for (const job of claimed) {
        const run: Promise<void> = this.submit(job)
          .catch((error: unknown) => void this.outage.failed(error, 'submission failed unexpectedly', { jobId: job.id }))
          .finally(() => {
            this.inFlight.delete(run);
            this.kick();
          });
        this.inFlight.add(run);
      }
    }
  }

  private async submit(job: ClaimedJob) {
    const log = this.logger.child({ jobId: job.id, provider: job.provider, attempt: job.attempts });
    const toSend = job.uncertainForSeconds === null ? job : await this.mayResend(job, job.uncertainForSeconds * 1000, log);
    if (!toSend) return;
    if (!(await this.awaitTurn(toSend, log))) return;
    await this.send(toSend, log);
  }

  /**
   * Waits for the job's slot in its provider's pace (UPSTREAM_RATE_PER_SECOND), when one begins
   * soon; else gives the job back to the queue until one will. True when it is to be sent now.
   */
  private async awaitTurn(job: Job, log: Logger): Promise<boolean> {
    const { pacer } = this.options;
    const interval = pacer?.intervalMs(job.provider);
    if (!pacer || interval === undefined) return true;
    for (let tries = 0; ; tries++) {
      const turn = await pacer.take(job.provider);
      if (turn.kind === 'busy') {
        await this.store.deferForPace(job.id, turn.freeAt);
        // Sweep again when its turn nears, rather than at the next poll.
        setTimeout(() => this.kick(), turn.freeInMs + 10).unref();
        log.debug({ freeInMs: Math.round(turn.freeInMs) }, 'upstream pace: waiting for a slot');
        return false;
      }
      const planned = performance.now() + turn.waitMs;
      if (turn.waitMs > 0) await new Promise((resolve) => setTimeout(resolve, turn.waitMs));
      // Woken far past its slot (a stalled event loop): sending now would crowd the next slot's
      // submission, so it takes a fresh slot instead (a few times at most).
      if (performance.now() - planned <= interval / 4 || tries >= 3) return true;
    }
  }

  /**
   * For a job whose submission is uncertain: adopts its task if the provider finds it by our id;
   * else, within the grace, gives the job back to be looked at later; past it, fails the job or
   * records that it is sent again. The job to send now (one attempt more), if it is to be sent.
   */
  private async mayResend(job: Job, uncertainForMs: number, log: Logger): Promise<Job | undefined> {
    if (await this.adoptFoundTask(job, log)) return undefined;
    const left = this.options.uncertainGraceMs - uncertainForMs;
    if (left > 0) {
      const lookup = providerFor(job.provider).lookup;
      await this.store.postpone(job.id, lookup ? Math.min(left, this.options.lookupEveryMs) : left);
      log.warn(
        { graceLeftMs: Math.round(left) },
        'submission uncertain (sent, its answer never stored): waiting for its task before sending it again',
      );
      return undefined;
    }
    const grace = `${Math.round(this.options.uncertainGraceMs / 1000)} s`;
    if (!this.options.resubmitUncertain) {
      const message = `the submission may have reached DuomiAPI, but no task was heard of within ${grace}; not sent again (RESUBMIT_UNCERTAIN=false)`;
      await this.jobs.observe(
        job.id,
        { status: 'FAILED', errorCode: SUBMISSION_UNCERTAIN, errorMessage: message },
        'SYSTEM',
        { note: message },
        job,
      );
      log.warn(message);
      return undefined;
    }
    const note = `submission uncertain: no task heard of within ${grace}; sending it again`;
    await this.jobs.resendUncertain(job, note);
    log.warn(note);
    return { ...job, attempts: job.attempts + 1 };
  }

  /** Asks a provider that knows tasks by our id (Kling) for the job's task, and adopts it. */
  private async adoptFoundTask(job: Job, log: Logger): Promise<boolean> {
    const provider = providerFor(job.provider);
    if (!provider.lookup) return false;
    let found;
    try {
      const answer = await this.client.call(provider.lookup.build(job.id, job.input), provider.successCodes);
      found = provider.lookup.parse(answer, job.id);
      if (!found) return false;
      const { taskId, ...update } = found;
      await this.jobs.observe(job.id, { ...update, upstreamTaskId: taskId }, 'POLL', answer, job);
    } catch (error) {
      if (!(error instanceof UpstreamFault) && !(error instanceof UnknownTaskStateError)) throw error;
      log.warn({ reason: error.message }, 'could not look the uncertain submission up; waiting out the grace');
      return false;
    }
    log.info({ taskId: found.taskId }, 'found the task of an uncertain submission; adopted it');
    return true;
  }

  private async send(job: Job, log: Logger) {
    const provider = providerFor(job.provider);
    try {
      const answer = await this.client.call(
        provider.buildSubmit(job.input, this.options.callbackUrl(job.id), job.id, this.options.upstream),
        provider.successCodes,
      );
      const outcome = provider.parseSubmitAnswer(answer);
      if (outcome.kind === 'accepted') {
        await this.accepted(job, outcome.taskId, answer, log);
      } else {
        const message = this.client.scrub(outcome.message);
        await this.jobs.observe(
          job.id,
          { status: 'FAILED', errorCode: outcome.code, errorMessage: message },
          'API',
          { code: outcome.code, msg: message },
          job,
        );
        log.warn({ code: outcome.code, msg: message }, 'upstream refused the job');
      }
    } catch (error) {
      if (!(error instanceof UpstreamFault)) throw error;
      if (job.attempts >= this.options.maxAttempts) {
        const message = `DuomiAPI could not be reached after ${job.attempts} attempts (${error.message})`;
        await this.jobs.observe(job.id, { status: 'FAILED', errorCode: 'UPSTREAM_UNAVAILABLE', errorMessage: message }, 'SYSTEM');
        log.error({ fault: error.message }, 'giving up on submission');
        return;
      }
      const backoff = this.backoffMs(job.attempts, error.retryAfterSeconds);
      this.metrics?.retries.inc({ provider: job.provider, fault: error.kind });
      if (error.maybeSent) {
        // Sent and not answered: DuomiAPI may have made the task. The job keeps its mark as sent,
        // so when it comes back it is uncertain (mayResend): its callback or a lookup adopts the
        // task, and only past the grace is it sent again.
        await this.store.postpone(job.id, backoff);
        log.warn({ fault: error.message }, 'submission fault after the request was sent: uncertain, not sent again within the grace');
        return;
      }
      await this.store.release(job.id, backoff);
      log.warn({ fault: error.message, retryInMs: backoff }, 'submission fault, will retry');
    }
  }

  private async accepted(job: Job, taskId: string, answer: unknown, log: Logger) {
    let stored: Job;
    try {
      ({ job: stored } = await this.jobs.observe(job.id, { status: 'SUBMITTED', upstreamTaskId: taskId }, 'API', answer, job));
    } catch (error) {
      if (!(error instanceof TaskIdTakenError)) throw error;
      const message = `DuomiAPI answered with task ${taskId}, which is another job's`;
      await this.jobs.observe(job.id, { status: 'FAILED', errorCode: 'UPSTREAM_TASK_CONFLICT', errorMessage: message }, 'SYSTEM', answer);
      log.error({ taskId }, message);
      return;
    }
    if (stored.upstreamTaskId !== taskId) {
      // A callback named the job first, with another task id: the first is kept, this answer is
      // recorded as ignored so the history shows both.
      await this.store.recordIgnored(stored, 'API', answer);
      log.warn({ taskId, kept: stored.upstreamTaskId }, 'submit answer names another task than the callback before it; keeping the first');
      return;
    }
    log.info({ taskId }, 'submitted');
  }

  /** Exponential with full jitter, never sooner than the upstream's Retry-After. */
  private backoffMs(attempt: number, retryAfterSeconds?: number) {
    const exponential = Math.min(60_000, this.options.baseBackoffMs * 2 ** (attempt - 1));
    const jittered = exponential / 2 + Math.random() * (exponential / 2);
    return Math.max(jittered, (retryAfterSeconds ?? 0) * 1000);
  }
}
