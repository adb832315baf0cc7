import type { AddressInfo } from 'node:net';
import type { Config } from './config/env.js';
import type { Database } from './db/database.js';
import { callbackRoute } from './http/callback-route.js';
import { dashboardRoutes } from './http/dashboard-route.js';
import { attachGraphQLWs } from './http/graphql-ws.js';
import { healthRoutes } from './http/health-routes.js';
import { metricsRoute } from './http/metrics-route.js';
import { createHttpServer } from './http/server.js';
import { createGatewayYoga } from './http/yoga.js';
import { callbackToken } from './jobs/callback-token.js';
import { Dispatcher } from './jobs/dispatcher.js';
import { JobService } from './jobs/job-service.js';
import { JobStore } from './jobs/job-store.js';
import { createJobPubSub } from './jobs/pubsub.js';
import type { Logger } from './observability/logger.js';
import { createMetrics } from './observability/metrics.js';
import { DuomiClient } from './provider/duomi-client.js';
import { startSimulator, type Simulator } from './provider/simulator/server.js';
import { schema } from './schema/index.js';

export type AppDeps = { config: Config; logger: Logger; db: Database };

/**
 * Everything the gateway serves, wired but not listening: main.ts and the tests both start it.
 * Without DUOMI_BASE_URL it runs the DuomiAPI simulator in-process and talks to it over HTTP.
 */
export async function buildApp({ config, logger, db }: AppDeps) {
  const shutdown = new AbortController();
  const metrics = createMetrics();
  const simulator: Simulator | undefined =
    config.duomi.kind === 'simulator'
      ? await startSimulator({ apiKey: config.duomi.apiKey, log: (msg) => logger.warn(msg) })
      : undefined;
  const client = new DuomiClient({
    baseUrl: simulator?.url ?? (config.duomi.kind === 'remote' ? config.duomi.baseUrl : ''),
    apiKey: config.duomi.apiKey,
    timeoutMs: config.dispatch.timeoutMs,
    metrics: metrics.upstream,
  });

  const pubsub = createJobPubSub();
  const store = new JobStore(db.prisma);
  let dispatcher: Dispatcher | undefined;
  const jobs = new JobService(store, pubsub, logger, () => dispatcher?.kick(), metrics.jobs);

  const yoga = createGatewayYoga({
    schema,
    logger,
    shutdown: shutdown.signal,
    services: { jobs, pubsub },
    metrics: metrics.graphql,
    exposeErrors: config.env === 'test',
  });
  const server = createHttpServer({
    yoga,
    logger,
    routes: [
      ...healthRoutes(db),
      callbackRoute(jobs, config.callbacks.secret, metrics.callbacks),
      metricsRoute(metrics.registry),
      ...dashboardRoutes(),
    ],
  });
  const ws = attachGraphQLWs(server, yoga);
  let stopping: Promise<void> | undefined;

  return {
    yoga,
    server,
    jobs,
    /** This app's Prometheus metrics; parts added later (the reconciler) count into their group. */
    metrics,
    /** The in-process simulator, when the gateway runs one. */
    simulator,
    /** Listens on config.http (port 0 picks a free one), starts submitting jobs, resolves to the base URL. */
    async listen(port = config.http.port, host = config.http.host): Promise<string> {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve();
        });
      });
      const { port: bound } = server.address() as AddressInfo;
      const url = `http://${host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host}:${bound}`;
      const publicUrl = config.http.publicUrl ?? url;
      dispatcher = new Dispatcher(store, jobs, client, logger, {
        ...config.dispatch,
        pollMs: 1_000,
        baseBackoffMs: 500,
        callbackUrl: (jobId) => `${publicUrl}/callbacks/duomi/${jobId}?token=${callbackToken(config.callbacks.secret, jobId)}`,
      });
      dispatcher.start();
      return url;
    },
    /**
     * Graceful stop: no new submissions, refuse new connections, end subscriptions (graphql-ws
     * and SSE), let in-flight requests finish, and after the timeout cut what is left.
     * The database is the caller's.
     */
    stop(): Promise<void> {
      stopping ??= (async () => {
        await dispatcher?.stop();
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
        await simulator?.close();
      })();
      return stopping;
    },
  };
}

export type App = Awaited<ReturnType<typeof buildApp>>;
