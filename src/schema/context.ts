import type { RateLimiter } from '../auth/rate-limit.js';
import type { Viewer } from '../auth/viewer.js';
import type { JobService } from '../jobs/job-service.js';
import type { JobPubSub } from '../jobs/pubsub.js';
import type { Logger } from '../observability/logger.js';

/** What every resolver receives; built per request (HTTP/SSE) or per subscription (graphql-ws). */
export type GraphQLContext = {
  requestId: string;
  logger: Logger;
  /** Aborted when the server shuts down: long-lived subscriptions end on it. */
  shutdown: AbortSignal;
  /** Who is asking; every job read or write is scoped to it. */
  viewer: Viewer;
  jobs: JobService;
  pubsub: JobPubSub;
  generateLimiter: RateLimiter;
};
