import type { Viewer } from '../auth/viewer.js';
import type { JobEstimates } from '../jobs/estimates.js';
import type { JobService } from '../jobs/job-service.js';
import type { QueuePositions } from '../jobs/queue-positions.js';
import type { Logger } from '../observability/logger.js';
import type { UsageService } from '../quotas/usage-service.js';
import type { WebhookService } from '../webhooks/webhook-service.js';

/** What every resolver receives; built per request (HTTP/SSE) or per subscription (graphql-ws). */
export type GraphQLContext = {
  requestId: string;
  logger: Logger;
  /** Aborted when the server shuts down. */
  shutdown: AbortSignal;
  /**
   * Aborted when this operation must end: the server shuts down, the viewer's key is revoked (or,
   * for an open gateway, a key now exists), or the client unsubscribed. Subscriptions end on it.
   */
  ended: AbortSignal;
  /** Ends the operation from the transport's side (the client unsubscribed). */
  end(): void;
  /** Who is asking; every job read or write is scoped to it. */
  viewer: Viewer;
  jobs: JobService;
  /** How long unfinished jobs have left, from the history of finished ones. */
  estimates: JobEstimates;
  /** Where QUEUED jobs stand in line. */
  queue: QueuePositions;
  /** Quotas and usage per key, for `viewer`. */
  usage: UsageService;
  /** Webhook deliveries and signing secrets. */
  webhooks: WebhookService;
};

/**
 * The context a subscription event shared by many subscribers is executed with: a field that
 * read the viewer would show one client's view to all, so it fails loudly instead.
 */
export function withoutViewer(context: GraphQLContext): GraphQLContext {
  return new Proxy(context, {
    get(target, property, receiver) {
      if (property === 'viewer') throw new Error('this field depends on who reads it, so subscriptions cannot select it');
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}
