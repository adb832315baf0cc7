import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { createYoga } from 'graphql-yoga';
import { useGraphQLSSE } from '@graphql-yoga/plugin-graphql-sse';
import type { GraphQLError, GraphQLSchema, ValidationContext } from 'graphql';
import type { Logger } from '../observability/logger.js';
import type { Metrics } from '../observability/metrics.js';
import { withoutViewer, type GraphQLContext } from '../schema/context.js';
import { useErrorPolicy } from './plugins/use-error-policy.js';
import { useInputErrorCodes } from './plugins/use-input-error-codes.js';
import { useMetrics } from './plugins/use-metrics.js';
import { EnvelopArmor } from '@escape.tech/graphql-armor';
import { InvalidApiKeyError, type ApiKeys } from '../auth/api-keys.js';
import { authenticate, MissingApiKeyError } from '../auth/authenticate.js';
import type { KeyWatch } from '../auth/key-watch.js';
import type { Viewer } from '../auth/viewer.js';
import type { Config } from '../config/env.js';
import { graphQLErrorOf } from '../schema/domain-errors.js';
import { userError } from '../schema/errors.js';
import { corsPolicy } from './cors.js';
import { useEndedViewers } from './plugins/use-ended-viewers.js';
import { useInputHygiene } from './plugins/use-input-hygiene.js';
import { useSchemaPrivacy } from './plugins/use-schema-privacy.js';
import { useSharedSubscriptionExecution } from './plugins/use-shared-subscription-execution.js';
import type { ConnectionLimiter } from '../auth/connection-limit.js';
import { useConnectionLimit } from './plugins/use-connection-limit.js';
import { GRAPHQL_SSE_PATH } from './server.js';
import { graphiqlOptions, graphiqlPage } from './graphiql.js';

/** What node's server (HTTP, SSE) and graphql-ws hand yoga with each request or subscription. */
export type ServerContext = {
  req: IncomingMessage;
  /** Set by graphql-ws per subscription; HTTP requests carry theirs in x-request-id. */
  requestId?: string;
  /** Set by graphql-ws, which authenticates once per connection. */
  viewer?: Viewer;
};

export type YogaDeps = {
  schema: GraphQLSchema;
  logger: Logger;
  shutdown: AbortSignal;
  services: Pick<GraphQLContext, 'jobs' | 'estimates' | 'queue' | 'usage' | 'webhooks'>;
  apiKeys: ApiKeys;
  keyWatch: KeyWatch;
  /** SSE streams (either graphql-sse mode) count against their key's connections. */
  connections: ConnectionLimiter;
  limits: Config['limits'];
  metrics: Metrics['graphql'];
  /** Counts requests refused by a rate limit. */
  rateLimited?: Metrics['rateLimited'];
  cors: Config['cors'];
  /** Shows internal error messages to clients; only for tests and local debugging. */
  exposeErrors: boolean;
  /** GraphiQL at GET /graphql (GRAPHIQL). */
  graphiql: boolean;
};

export function createGatewayYoga({
  schema,
  logger,
  shutdown,
  services,
  apiKeys,
  keyWatch,
  connections,
  limits,
  metrics,
  rateLimited,
  cors,
  exposeErrors,
  graphiql,
}: YogaDeps) {
  return createYoga<ServerContext, GraphQLContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    // Served whole from here (graphiql.ts), never from a CDN.
    graphiql: graphiql ? graphiqlOptions : false,
    renderGraphiQL: graphiqlPage,
    cors: corsPolicy(cors),
    plugins: [
      ...new EnvelopArmor({
        // Reported as validation errors, not thrown, so they are coded like every other refusal.
        maxDepth: { n: limits.depth, ...reported },
        costLimit: { maxCost: limits.cost, ...reported },
        maxAliases: { n: limits.aliases, ...reported },
        maxTokens: { n: 5_000 },
        maxDirectives: { n: 50, ...reported },
        // useSchemaPrivacy hides every suggestion (enum values too) when introspection is off.
        blockFieldSuggestion: { enabled: false },
      }).protect().plugins,
      ...(limits.introspection ? [] : [useSchemaPrivacy()]),
      useInputHygiene({ maxListItems: limits.listItems }),
      useEndedViewers(keyWatch),
      useConnectionLimit({ limiter: connections, apiKeys, ssePath: GRAPHQL_SSE_PATH, rateLimited }),
      useSharedSubscriptionExecution({ sharedContext: (context) => withoutViewer(context as GraphQLContext) }),
      useInputErrorCodes(),
      useMetrics(metrics),
      useErrorPolicy({ logger, domainError: graphQLErrorOf, exposeErrors, onRateLimited: (limit) => rateLimited?.inc({ limit }) }),
      // graphql-sse's protocol in both modes (single connection: PUT reserves a stream, GET holds
      // it, POSTs start operations on it); each operation runs through this same pipeline.
      useGraphQLSSE({ endpoint: GRAPHQL_SSE_PATH }),
    ],
    maskedErrors: !exposeErrors,
    logging: {
      debug: (...args) => logger.debug(args.map(String).join(' ')),
      info: (...args) => logger.info(args.map(String).join(' ')),
      warn: (...args) => logger.warn(args.map(String).join(' ')),
      error: (...args) =>
        logger.error(
          { err: args.find((a) => a instanceof Error) },
          args
            .filter((a) => !(a instanceof Error))
            .map(String)
            .join(' '),
        ),
    },
    context: async (initial): Promise<GraphQLContext> => {
      // graphql-ws hands no fetch Request, only the upgrade's IncomingMessage.
      const headers = (initial.request as Request | undefined)?.headers;
      const requestId = initial.requestId ?? headers?.get('x-request-id') ?? randomUUID();
      const viewer = initial.viewer ?? (await authenticateOrThrow(apiKeys, headers?.get('authorization')));
      let child: Logger | undefined;
      let own: AbortController | undefined;
      let ended: AbortSignal | undefined;
      // Made on first use: most operations log nothing and hold nothing open.
      return {
        requestId,
        get logger() {
          return (child ??= logger.child({ requestId }));
        },
        shutdown,
        get ended() {
          return (ended ??= AbortSignal.any([shutdown, keyWatch.signal(viewer), (own ??= new AbortController()).signal]));
        },
        end: () => (own ??= new AbortController()).abort(),
        viewer,
        ...services,
      };
    },
  });
}

const reported = {
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

/** Authentication failures as the GraphQL errors clients get (HTTP 401). */
async function authenticateOrThrow(apiKeys: ApiKeys, authorization: string | null | undefined): Promise<Viewer> {
  try {
    return await authenticate(apiKeys, authorization);
  } catch (error) {
    if (error instanceof InvalidApiKeyError || error instanceof MissingApiKeyError) {
      throw userError('UNAUTHENTICATED', error.message, { http: { status: 401, headers: { 'www-authenticate': 'Bearer' } } });
    }
    throw error;
  }
}

export type GatewayYoga = ReturnType<typeof createGatewayYoga>;
