import type { Logger } from '../observability/logger.js';
import type { Metrics } from '../observability/metrics.js';
import { UpstreamFault, type DuomiClient } from '../provider/duomi-client.js';
import { providerFor } from '../provider/registry.js';
import { UnknownTaskStateError } from '../provider/task-update.js';
import type { JobService } from '../jobs/job-service.js';
import type { JobStore } from '../store/job-store.js';
import type { WorkerDeps } from './dispatcher.js';
import { OutageLog } from './outage-log.js';
import { TIMEOUT } from '../jobs/state-machine.js';

export type ReconcilerOptions = {
  /** A SUBMITTED/PROCESSING job silent this long is polled through the provider's feed. */
  quietMs: number;
  batch: number;
};

/**
 * Settles jobs whose callbacks were lost: polls the provider's feed for jobs that have heard
 * nothing for a while (ever less often), and fails with TIMEOUT those past their deadline.
 * Claims are row locks with SKIP LOCKED, so any number of instances can run it.
 */
export class Reconciler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private readonly outage: OutageLog;

  private readonly store: JobStore;
  private readonly jobs: JobService;
  private readonly client: DuomiClient;
  private readonly logger: Logger;
  private readonly metrics: Metrics['reconciliation'] | undefined;

  constructor(
    deps: WorkerDeps & { metrics?: Metrics['reconciliation'] },
    private readonly options: ReconcilerOptions,
  ) {
    ({ store: this.store, jobs: this.jobs, client: this.client, logger: this.logger, metrics: this.metrics } = deps);
    this.outage = new OutageLog(deps.logger, 'reconciler');
  }

  start() {
    // Look a few times per quiet period, so a silent job waits little longer than `quietMs`.
    const every = Math.min(5_000, Math.max(100, this.options.quietMs / 4));
    this.timer = setInterval(() => {
      this.running ??= this.pass()
        .catch((error: unknown) => void this.outage.failed(error, 'reconciliation pass failed'))
        .finally(() => (this.running = undefined));
    }, every);
    this.timer.unref();
  }

  async stop() {
    clearInterval(this.timer);
    await this.running;
  }

  /** One pass over what is due; returns when nothing is. */
  async pass() {
    for (;;) {
      const due = await this.store.claimStale(this.options.batch, this.options.quietMs);
      this.outage.succeeded();
      if (due.length === 0) return;
      await Promise.all(due.map((job) => this.settle(job)));
    }
  }

  private async settle(job: Awaited<ReturnType<JobStore['claimStale']>>[number]) {
    const log = this.logger.child({ jobId: job.id, provider: job.provider, poll: job.polls });
    if (job.deadlineAt && job.deadlineAt <= new Date()) {
      await this.jobs.observe(
        job.id,
        { status: 'FAILED', errorCode: TIMEOUT, errorMessage: 'the provider did not finish the job before its deadline' },
        'SYSTEM',
      );
      log.warn('job timed out');
      return;
    }
    if (!job.upstreamTaskId) return;
    const provider = providerFor(job.provider);
    try {
      const answer = await this.client.call(provider.buildFeed(job.upstreamTaskId, job.input), provider.successCodes);
      const { taskId: _taskId, ...update } = provider.parseUpdate(answer);
      const { changed } = await this.jobs.observe(job.id, update, 'POLL', answer);
      this.metrics?.polls.inc({ result: changed ? 'changed' : 'unchanged' });
      log.info({ status: update.status, changed }, 'polled the feed');
    } catch (error) {
      if (error instanceof UpstreamFault || error instanceof UnknownTaskStateError) {
        this.metrics?.polls.inc({ result: 'error' });
        log.warn({ reason: error.message }, 'feed did not settle the job; will poll again later');
        return;
      }
      throw error;
    }
  }
}
