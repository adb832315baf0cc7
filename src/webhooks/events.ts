import type { Job, WebhookEvent } from '../db/generated/client.js';
import { isFinal, type JobChange } from '../jobs/state-machine.js';
import { uuid7 } from '../store/uuid7.js';

/** What a client asked to hear of a job (stored in `Job.webhook`). */
export type JobWebhook = { url: string; events: WebhookEvent[] };

/** A delivery to enqueue with a change: its id is the `webhook-id` of all its attempts. */
export type NewDelivery = { id: string; event: WebhookEvent; url: string };

/**
 * Which webhook event a change is: COMPLETED for a final state (a TIMEOUT overruled by success
 * too), STARTED when the job leaves QUEUED (the provider took it), PROGRESS for any later step
 * forward (more progress, or SUBMITTED → PROCESSING); null for a change that is none of these.
 */
export function webhookEventOf(
  before: Pick<Job, 'status' | 'progress'>,
  change: Pick<JobChange, 'status' | 'progress'>,
): WebhookEvent | null {
  if (isFinal(change.status)) return 'COMPLETED';
  if (before.status === 'QUEUED') return change.status === 'QUEUED' ? null : 'STARTED';
  if (change.progress > before.progress || change.status !== before.status) return 'PROGRESS';
  return null;
}

/** The delivery a change of `job` makes, if the job has a webhook that asked for its event. */
export function deliveryFor(job: Job, change: Pick<JobChange, 'status' | 'progress'>): NewDelivery | undefined {
  const webhook = job.webhook as JobWebhook | null;
  const event = webhook && webhookEventOf(job, change);
  if (!webhook || !event || !webhook.events.includes(event)) return undefined;
  return { id: uuid7(), event, url: webhook.url };
}
