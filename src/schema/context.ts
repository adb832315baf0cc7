import type { JobService } from '../jobs/job-service.js';
import type { JobPubSub } from '../jobs/pubsub.js';
import type { Logger } from '../observability/logger.js';

/** What every resolver receives; built per request (HTTP/SSE) or per subscription (graphql-ws). */
export type GraphQLContext = {
  requestId: string;
  logger: Logger;
  /** Aborted when the server shuts down: long-lived subscriptions end on it. */
  shutdown: AbortSignal;
  jobs: JobService;
  pubsub: JobPubSub;
};
