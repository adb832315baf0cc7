import type { Logger } from '../observability/logger.js';
import { OutageLog } from '../workers/outage-log.js';
import type { ClaimedDelivery, DeliveryStore } from './delivery-store.js';
import { webhookBody } from './payload.js';
import type { WebhookSecrets } from './secrets.js';
import type { SendOutcome, WebhookSender } from './sender.js';

export type WebhookWorkerOptions = {
  /** Deliveries in flight at once. */
  concurrency: number;
  /** How long a delivery is retried after its event, before it is given up (FAILED). */
  retryForMs: number;
  /** The first retry's delay; each next one is four times longer (at most an hour), with jitter. */
  baseBackoffMs: number;
  /** One attempt's time-out; a claim lasts well beyond it, so no two workers make one attempt. */
  timeoutMs: number;
  pollMs: number;
};

/**
 * Sends the webhook outbox, like the dispatcher sends jobs: claims due deliveries with a lease
 * (any number of instances), sends each signed, records the attempt, and schedules the next on a
 * network error, a time-out or a non-2xx answer, with backoff and jitter, until WEBHOOK_RETRY_HOURS
 * have passed. A 2xx ends it DELIVERED, a 410 GONE (no more attempts), a private address FAILED.
 * Every attempt of a delivery carries its id as `webhook-id`, so receivers can de-duplicate.
 */
export class WebhookWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  private readonly outage: OutageLog;

  constructor(
    private readonly store: DeliveryStore,
    private readonly sender: WebhookSender,
    private readonly secrets: WebhookSecrets,
    private readonly logger: Logger,
    private readonly options: WebhookWorkerOptions,
  ) {
    this.outage = new OutageLog(logger, 'webhook worker');
  }

  start() {
    this.timer = setInterval(() => this.kick(), this.options.pollMs);
    this.timer.unref();
    this.kick();
  }

  /** Sweeps now (a delivery was enqueued); never two sweeps at once in one instance. */
  kick() {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.sweep()
      .catch((error: unknown) => void this.outage.failed(error, 'webhook sweep failed'))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  async stop() {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
    await this.sender.close();
  }

  private async sweep() {
    while (!this.stopped) {
      const claimed = await this.store.claimDue(this.options.concurrency, this.options.timeoutMs * 2 + 5_000);
      this.outage.succeeded();
      if (claimed.length === 0) return;
      await Promise.all(claimed.map((delivery) => this.deliver(delivery)));
    }
  }

  private async deliver(delivery: ClaimedDelivery) {
    const log = this.logger.child({ webhookId: delivery.id, jobId: delivery.jobId, event: delivery.event, attempt: delivery.attempts });
    const secret = await this.secrets.of(delivery.ownerId);
    const outcome: SendOutcome = secret
      ? await this.sender.send(
          delivery.url,
          delivery.id,
          webhookBody(delivery.event, delivery.createdAt, delivery.body as { id: string }),
          secret,
        )
      : { error: 'no webhook signing secret for this key (rotateWebhookSecret makes one)' };
    if ('statusCode' in outcome && outcome.statusCode >= 200 && outcome.statusCode < 300) {
      await this.store.recordAttempt(delivery, outcome, { status: 'DELIVERED' });
      log.debug({ statusCode: outcome.statusCode }, 'webhook delivered');
      return;
    }
    if ('statusCode' in outcome && outcome.statusCode === 410) {
      await this.store.recordAttempt(delivery, outcome, { status: 'GONE' });
      log.info('webhook receiver answered 410 Gone: no more attempts');
      return;
    }
    const retryInMs = this.backoffMs(delivery.attempts);
    const tooLate = Date.now() + retryInMs - delivery.createdAt.getTime() > this.options.retryForMs;
    if (('refused' in outcome && outcome.refused) || tooLate) {
      await this.store.recordAttempt(delivery, outcome, { status: 'FAILED' });
      log.warn({ outcome }, 'webhook given up');
      return;
    }
    await this.store.recordAttempt(delivery, outcome, { status: 'PENDING', retryInMs });
    log.info({ outcome, retryInMs: Math.round(retryInMs) }, 'webhook attempt failed; will retry');
  }

  /** Exponential (×4, at most an hour) with jitter over its upper half. */
  private backoffMs(attempt: number) {
    const exponential = Math.min(3_600_000, this.options.baseBackoffMs * 4 ** (attempt - 1));
    return exponential / 2 + Math.random() * (exponential / 2);
  }
}
