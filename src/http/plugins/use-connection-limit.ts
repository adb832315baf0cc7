import type { ServerResponse } from 'node:http';
import type { Plugin } from 'graphql-yoga';
import type { ConnectionLimiter } from '../../auth/connection-limit.js';
import type { Metrics } from '../../observability/metrics.js';
import type { GraphQLContext } from '../../schema/context.js';
import { userError } from '../../schema/errors.js';

/** The refusal a client over its connection limit gets, over SSE as a GraphQL error, over graphql-ws as the close reason. */
export const tooManyConnections = (max: number) => `too many open connections for this API key (at most ${max})`;

/** Who a connection counts against: its API key. An open gateway (no keys exist) is not limited. */
export function connectionClient(viewer: GraphQLContext['viewer']): string | undefined {
  return viewer.kind === 'key' ? viewer.keyId : undefined;
}

/**
 * A subscription over HTTP (SSE) holds its own connection, so it counts against the key's
 * connections until its response closes. graphql-ws connections are counted once, when they
 * open (graphql-ws.ts); their subscriptions carry no `res` and are not counted here.
 */
export function useConnectionLimit(limiter: ConnectionLimiter, rateLimited?: Metrics['rateLimited']): Plugin<GraphQLContext> {
  return {
    async onSubscribe({ context, setResultAndStopExecution }) {
      const res = (context as Partial<{ res: ServerResponse }>).res;
      const client = connectionClient(context.viewer);
      if (!res || !client) return;
      const release = await limiter.open(client);
      if (!release) {
        rateLimited?.inc({ limit: 'connections_per_key' });
        const error = userError('RATE_LIMITED', tooManyConnections(limiter.max), { http: { status: 429 } });
        setResultAndStopExecution({ errors: [error] });
        return;
      }
      if (res.closed) release();
      else res.once('close', release);
    },
  };
}
