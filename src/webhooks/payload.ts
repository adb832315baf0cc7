import { encodeGlobalID } from '@pothos/plugin-relay';
import type { WebhookEvent } from '../db/generated/client.js';

/** A job row as `to_jsonb` stored it with the delivery: timestamps without their zone (they are UTC). */
type JobSnapshot = Record<string, unknown> & { id: string };

const utc = (value: unknown) => (typeof value === 'string' ? new Date(`${value.replace(' ', 'T')}Z`).toISOString() : null);

/**
 * The body of every attempt of a delivery: the event's type and time, and the job as the API
 * shows it (its global id, status, progress, result, error and cost), as it was at the event.
 */
export function webhookBody(event: WebhookEvent, createdAt: Date, job: JobSnapshot): string {
  return JSON.stringify({
    type: event,
    timestamp: createdAt.toISOString(),
    data: {
      id: encodeGlobalID('VideoJob', job.id),
      provider: job.provider,
      status: job.status,
      progress: job.progress,
      upstreamTaskId: job.upstreamTaskId ?? null,
      videoUrl: job.videoUrl ?? null,
      posterUrl: job.posterUrl ?? null,
      error: job.errorCode ? { code: job.errorCode, message: job.errorMessage ?? '' } : null,
      cost:
        job.costPoints == null && job.costRefunded == null ? null : { points: job.costPoints ?? null, refunded: job.costRefunded ?? false },
      createdAt: utc(job.createdAt),
      updatedAt: utc(job.updatedAt),
      finishedAt: utc(job.finishedAt),
    },
  });
}
