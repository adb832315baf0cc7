import type { AddressInfo } from 'node:net';
import type { Config } from './config/env.js';
import type { Database } from './db/database.js';
import { attachGraphQLWs } from './http/graphql-ws.js';
import { healthRoutes } from './http/health-routes.js';
import { createHttpServer } from './http/server.js';
import { createGatewayYoga } from './http/yoga.js';
import type { Logger } from './observability/logger.js';
import { schema } from './schema/index.js';

export type AppDeps = { config: Config; logger: Logger; db: Database };

/** Everything the gateway serves, wired but not listening: main.ts and the tests both start it. */
export function buildApp({ config, logger, db }: AppDeps) {
  const shutdown = new AbortController();
  const yoga = createGatewayYoga({ schema, logger, shutdown: shutdown.signal, exposeErrors: config.env === 'test' });
  const server = createHttpServer({ yoga, logger, routes: [...healthRoutes(db)] });
  const ws = attachGraphQLWs(server, yoga);
  let stopping: Promise<void> | undefined;

  return {
    yoga,
    server,
    /** Listens on config.http (port 0 picks a free one) and resolves to the base URL. */
    async listen(port = config.http.port, host = config.http.host): Promise<string> {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve();
        });
      });
      const { port: bound } = server.address() as AddressInfo;
      return `http://${host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host}:${bound}`;
    },
    /**
     * Graceful stop: refuse new connections, end subscriptions (graphql-ws and SSE), let in-flight
     * requests finish, and after the timeout cut what is left. The database is the caller's.
     */
    stop(): Promise<void> {
      stopping ??= (async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        shutdown.abort();
        // Subscriptions end on the abort; give their `complete` messages a moment to leave.
        await new Promise((resolve) => setTimeout(resolve, 50));
        await ws.close();
        // Keep-alive sockets go idle as their last response (an SSE stream, say) ends.
        const sweeper = setInterval(() => server.closeIdleConnections(), 25);
        const deadline = setTimeout(() => server.closeAllConnections(), config.http.shutdownTimeoutMs);
        server.closeIdleConnections();
        await closed;
        clearInterval(sweeper);
        clearTimeout(deadline);
        await yoga.dispose();
      })();
      return stopping;
    },
  };
}

export type App = ReturnType<typeof buildApp>;
