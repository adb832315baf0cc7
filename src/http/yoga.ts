import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { createYoga } from 'graphql-yoga';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from '../observability/logger.js';
import type { Metrics } from '../observability/metrics.js';
import type { GraphQLContext } from '../schema/context.js';
import { useInputErrorCodes } from './plugins/use-input-error-codes.js';
import { useMetrics } from './plugins/use-metrics.js';
import { useSharedSubscriptionExecution } from './plugins/use-shared-subscription-execution.js';

/** What node's server (HTTP, SSE) and graphql-ws hand yoga with each request or subscription. */
export type ServerContext = {
  req: IncomingMessage;
  /** Set by graphql-ws per subscription; HTTP requests carry theirs in x-request-id. */
  requestId?: string;
};

export type YogaDeps = {
  schema: GraphQLSchema;
  logger: Logger;
  shutdown: AbortSignal;
  services: Pick<GraphQLContext, 'jobs' | 'pubsub'>;
  metrics: Metrics['graphql'];
  /** Shows internal error messages to clients; only for tests and local debugging. */
  exposeErrors: boolean;
};

export function createGatewayYoga({ schema, logger, shutdown, services, metrics, exposeErrors }: YogaDeps) {
  return createYoga<ServerContext, GraphQLContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    plugins: [useSharedSubscriptionExecution(), useInputErrorCodes(), useMetrics(metrics)],
    maskedErrors: !exposeErrors,
    logging: {
      debug: (...args) => logger.debug(args.map(String).join(' ')),
      info: (...args) => logger.info(args.map(String).join(' ')),
      warn: (...args) => logger.warn(args.map(String).join(' ')),
      error: (...args) => logger.error({ err: args.find((a) => a instanceof Error) }, args.filter((a) => !(a instanceof Error)).map(String).join(' ')),
    },
    context: (initial): GraphQLContext => {
      // graphql-ws hands no fetch Request, only the upgrade's IncomingMessage.
      const fromHeader = (initial.request as Request | undefined)?.headers.get('x-request-id');
      const requestId = initial.requestId ?? fromHeader ?? randomUUID();
      let child: Logger | undefined;
      // Made on first use: most operations log nothing, and a child logger costs a serialization.
      return { requestId, get logger() { return (child ??= logger.child({ requestId })); }, shutdown, ...services };
    },
  });
}

export type GatewayYoga = ReturnType<typeof createGatewayYoga>;
