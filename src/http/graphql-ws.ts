import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { type ExecutionArgs, type ExecutionResult, type FormattedExecutionResult, GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { OperationResult } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { ApiKeys } from '../auth/api-keys.js';
import type { ConnectionLimiter } from '../auth/connection-limit.js';
import { authenticate } from '../auth/authenticate.js';
import { viewerName, type KeyWatch } from '../auth/key-watch.js';
import type { Viewer } from '../auth/viewer.js';
import { isBackendUnavailable } from '../db/unavailable.js';
import type { Metrics } from '../observability/metrics.js';
import { connectionClient, tooManyConnections } from './plugins/use-connection-limit.js';
import type { GatewayYoga } from './yoga.js';

/** graphql-ws's own "too many" close code; its client does not retry after it. */
const CLOSE_TOO_MANY_CONNECTIONS = 4429;

type EnvelopedRoot = { execute: (args: ExecutionArgs) => OperationResult; subscribe: (args: ExecutionArgs) => OperationResult };

/**
 * graphql-ws on the same port and path as yoga. Every operation goes through yoga's own
 * pipeline (`getEnveloped`), so plugins, context and validation match HTTP and SSE exactly.
 */
export function attachGraphQLWs(
  server: Server,
  yoga: GatewayYoga,
  {
    apiKeys,
    keyWatch,
    maxSubscriptions,
    maxPayloadBytes,
    connections,
    rateLimited,
  }: {
    apiKeys: ApiKeys;
    keyWatch: KeyWatch;
    maxSubscriptions: number;
    maxPayloadBytes: number;
    connections: ConnectionLimiter;
    rateLimited?: Metrics['rateLimited'];
  },
) {
  // A frame over the body limit closes the socket (1009) before it is buffered whole or parsed.
  const wss = new WebSocketServer({ server, path: yoga.graphqlEndpoint, maxPayload: maxPayloadBytes });
  // ws has already closed such a socket with 1009; graphql-ws would also print it to the console
  // as an internal error of ours. It is the client's, so it stays out of the logs.
  wss.on('connection', (socket) => {
    const emit = socket.emit.bind(socket);
    socket.emit = (event: string | symbol, ...args: unknown[]) =>
      event === 'error' && (args[0] as { code?: string } | undefined)?.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH'
        ? true
        : emit(event, ...args);
  });
  // Authenticated once, at connection_init, from `connectionParams.authorization` (or Authorization).
  const viewers = new WeakMap<object, Viewer>();
  // When a viewer's access ends, its subscriptions end with a message saying why (useEndedViewers);
  // a moment later its sockets close with 4403, which clients do not retry.
  const socketsOf = new Map<string, Set<WebSocket>>();
  keyWatch.onEnded((name) => {
    const sockets = socketsOf.get(name);
    if (!sockets) return;
    setTimeout(() => {
      for (const socket of sockets) socket.close(4403, 'Forbidden: the API key no longer gives access');
    }, 100).unref();
  });
  function track(socket: WebSocket, viewer: Viewer) {
    const name = viewerName(viewer);
    const sockets = socketsOf.get(name) ?? new Set();
    socketsOf.set(name, sockets.add(socket));
    socket.once('close', () => {
      sockets.delete(socket);
      if (sockets.size === 0) socketsOf.delete(name);
    });
  }
  const dispose = useServer(
    {
      onConnect: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        let viewer: Viewer;
        try {
          viewer = await authenticate(apiKeys, params.authorization ?? params.Authorization);
        } catch (error) {
          // 1013 Try Again Later: clients retry it, unlike 4403.
          if (isBackendUnavailable(error)) ctx.extra.socket.close(1013, 'service unavailable: try again later');
          return false; // graphql-ws closes with 4403 Forbidden
        }
        viewers.set(ctx.extra, viewer);
        track(ctx.extra.socket, viewer);
        // Counted until the socket closes; over the key's limit it is closed with 4429.
        const client = connectionClient(viewer);
        const release = client ? await connections.open(client) : () => {};
        const { socket } = ctx.extra;
        if (!release) {
          rateLimited?.inc({ limit: 'connections_per_key' });
          socket.close(CLOSE_TOO_MANY_CONNECTIONS, tooManyConnections(connections.max));
          return false;
        }
        if (socket.readyState === socket.OPEN) socket.once('close', release);
        else release();
        return true;
      },
      // yoga's `extensions.http` (a status and headers for HTTP answers) means nothing here.
      onNext: (_ctx, _id, _payload, _args, result) => withoutHttp(result),
      onError: (_ctx, _id, _payload, errors) => errors.map(formatWithoutHttp),
      execute: (args) => (args.rootValue as EnvelopedRoot).execute(args),
      subscribe: (args) => (args.rootValue as EnvelopedRoot).subscribe(args),
      onSubscribe: async (ctx, _id, payload) => {
        // The operation being started is already listed among them.
        if (Object.keys(ctx.subscriptions).length > maxSubscriptions) {
          rateLimited?.inc({ limit: 'subscriptions_per_connection' });
          return [
            new GraphQLError(`at most ${maxSubscriptions} operations at once on one connection`, { extensions: { code: 'RATE_LIMITED' } }),
          ];
        }
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          ...ctx,
          req: ctx.extra.request,
          requestId: randomUUID(),
          viewer: viewers.get(ctx.extra),
          params: payload,
        });
        // A refusal (a parse error, an Armor limit, which may throw) ends this operation alone,
        // never the socket and the other operations on it.
        try {
          const document = parse(payload.query);
          const errors = validate(schema, document);
          if (errors.length > 0) return errors;
          return {
            schema,
            operationName: payload.operationName,
            document,
            variableValues: payload.variables,
            contextValue: await contextFactory(),
            rootValue: { execute, subscribe } satisfies EnvelopedRoot,
          } satisfies ExecutionArgs;
        } catch (error) {
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
      },
    },
    wss,
  );
  return {
    /**
     * Closes every socket with 1012 (service restart) before its subscriptions end, so no
     * `complete` reaches a client for a job that is not final: graphql-ws clients retry a 1012
     * and subscribe again (to this instance restarted, or another). Resolves once every socket
     * has closed (each subscription has then been ended by graphql-ws), cutting the ones that do
     * not answer within `graceMs`.
     */
    restart: async (graceMs = 1_000) => {
      const open = [...wss.clients];
      const closed = open.map(
        (socket) =>
          new Promise<void>((resolve) => (socket.readyState === socket.CLOSED ? resolve() : socket.once('close', () => resolve()))),
      );
      for (const socket of open) socket.close(1012, 'service restart');
      const cut = setTimeout(() => {
        for (const socket of open) socket.terminate();
      }, graceMs);
      await Promise.all(closed);
      clearTimeout(cut);
    },
    /** Closes every socket left (1001, going away) and stops accepting new ones. */
    close: async () => {
      await dispose.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

/** An error as graphql-ws sends it, without yoga's `extensions.http`. */
function formatWithoutHttp(error: GraphQLError | GraphQLFormattedError): GraphQLFormattedError {
  const formatted = error instanceof GraphQLError ? error.toJSON() : error;
  if (!formatted.extensions || !('http' in formatted.extensions)) return formatted;
  const { http: _http, ...extensions } = formatted.extensions;
  return { ...formatted, extensions: Object.keys(extensions).length > 0 ? extensions : undefined } as GraphQLFormattedError;
}

function withoutHttp(result: ExecutionResult): FormattedExecutionResult {
  const { errors, ...rest } = result;
  return errors ? { ...rest, errors: errors.map(formatWithoutHttp) } : (rest as FormattedExecutionResult);
}
