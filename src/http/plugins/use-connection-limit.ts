import type { ServerResponse } from 'node:http';
import type { Plugin } from 'graphql-yoga';
import { authenticate } from '../../auth/authenticate.js';
import type { ApiKeys } from '../../auth/api-keys.js';
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

/** graphql-sse's single connection mode names its reserved stream in a header or the query string. */
const streamTokenOf = (request: Request) =>
  request.headers.get('x-graphql-event-stream-token') ?? new URL(request.url).searchParams.get('token');

type Deps = { limiter: ConnectionLimiter; apiKeys: ApiKeys; ssePath: string; rateLimited?: Metrics['rateLimited'] };

/**
 * What holds a connection over HTTP counts against the key's connections until its response
 * closes: a subscription over SSE (distinct connections), or graphql-sse's single connection
 * stream (the GET that carries every operation of one client; those operations are not counted
 * again). graphql-ws connections are counted once, when they open (graphql-ws.ts).
 */
export function useConnectionLimit({ limiter, apiKeys, ssePath, rateLimited }: Deps): Plugin<GraphQLContext> {
  const refusal = () => {
    rateLimited?.inc({ limit: 'connections_per_key' });
    return userError('RATE_LIMITED', tooManyConnections(limiter.max), { http: { status: 429 } });
  };
  const holdUntilClosed = (res: ServerResponse, release: () => void) => {
    if (res.closed) release();
    else res.once('close', release);
  };

  return {
    async onRequest({ request, url, serverContext, endResponse, fetchAPI }) {
      const res = (serverContext as Partial<{ res: ServerResponse }>).res;
      if (request.method !== 'GET' || url.pathname !== ssePath || !res || !streamTokenOf(request)) return;
      // A key the gateway refuses holds nothing: each operation sent over the stream is refused on its own.
      const viewer = await authenticate(apiKeys, request.headers.get('authorization')).catch(() => undefined);
      const client = viewer && connectionClient(viewer);
      if (!client) return;
      const release = await limiter.open(client);
      if (release) {
        holdUntilClosed(res, release);
        return;
      }
      const { message, extensions } = refusal();
      endResponse(
        new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code: extensions.code } }] }), {
          status: 429,
          headers: { 'content-type': 'application/json; charset=utf-8' },
        }),
      );
    },
    async onSubscribe({ context, setResultAndStopExecution }) {
      const { res, request } = context as Partial<{ res: ServerResponse; request: Request }>;
      const client = connectionClient(context.viewer);
      if (!res || !request || !client || streamTokenOf(request)) return;
      const release = await limiter.open(client);
      if (release) {
        holdUntilClosed(res, release);
        return;
      }
      setResultAndStopExecution({ errors: [refusal()] });
    },
  };
}
