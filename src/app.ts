import { setMaxListeners } from 'node:events';
import type { PubSubEventTarget } from 'graphql-yoga';
import type { AddressInfo } from 'node:net';
import type { Config } from './config/env.js';
import type { Database } from './db/database.js';
import { storedSecret } from './db/stored-secret.js';
import { callbackRoute } from './http/callback-route.js';
import { dashboardRoutes } from './http/dashboard-route.js';
import { graphiqlRoutes } from './http/graphiql.js';
import { EventStreams } from './http/event-streams.js';
import { attachGraphQLWs } from './http/graphql-ws.js';
import { healthRoutes } from './http/health-routes.js';
import { metricsRoute } from './http/metrics-route.js';
import { createHttpServer } from './http/server.js';
import { createGatewayYoga } from './http/yoga.js';
import { callbackToken } from './jobs/callback-token.js';
import { Dispatcher } from './workers/dispatcher.js';
import { JobEstimates } from './jobs/estimates.js';
import { UpstreamPacer } from './workers/upstream-pace.js';
import { QueuePositions } from './jobs/queue-positions.js';
import { JobService } from './jobs/job-service.js';
import { readJobStats } from './store/job-stats.js';
import { JobStore } from './store/job-store.js';
import { createJobPubSub, type JobTopics } from './pubsub/job-pubsub.js';
import { Reconciler } from './workers/reconciler.js';
import { jobCatchUp, jobEventVersion } from './pubsub/catch-up.js';
import { ApiKeys } from './auth/api-keys.js';
import { ConnectionLimiter } from './auth/connection-limit.js';
import { ensureBootstrapKey } from './auth/bootstrap-key.js';
import { KeyWatch } from './auth/key-watch.js';
import { RateLimiter } from './auth/rate-limit.js';
import { ClusterEventTarget } from './pubsub/cluster-event-target.js';
import { RedisLink } from './pubsub/redis-link.js';
import type { Logger } from './observability/logger.js';
import { createMetrics } from './observability/metrics.js';
import { DuomiClient } from './provider/duomi-client.js';
import { startSimulator, type Simulator } from './provider/simulator/server.js';
import { UsageService } from './quotas/usage-service.js';
import { DeliveryStore } from './webhooks/delivery-store.js';
import { WebhookSecrets } from './webhooks/secrets.js';
import { WebhookSender } from './webhooks/sender.js';
import { WebhookService } from './webhooks/webhook-service.js';
import { WebhookWorker } from './webhooks/webhook-worker.js';
import { schema } from './schema/index.js';

export type AppDeps = { config: Config; logger: Logger; db: Database };

/**
 * Everything the gateway serves, wired but not listening: main.ts and the tests both start it.
 * Without DUOMI_BASE_URL it runs the DuomiAPI simulator in-process and talks to it over HTTP.
 */
export async function buildApp({ config, logger, db }: AppDeps) {
  const shutdown = new AbortController();
  setMaxListeners(0, shutdown.signal); // every open subscription listens for it
  const metrics = createMetrics({ jobStats: () => readJobStats(db.prisma) });
  const callbackSecret = config.callbacks.secret ?? (await storedSecret(db.prisma, 'callback'));
  const simulator: Simulator | undefined =
    config.duomi.kind === 'simulator' ? await startSimulator({ apiKey: config.duomi.apiKey, log: (msg) => logger.warn(msg) }) : undefined;
  const client = new DuomiClient({
    baseUrl: simulator?.url ?? (config.duomi.kind === 'remote' ? config.duomi.baseUrl : ''),
    apiKey: config.duomi.apiKey,
    limits: {
      // Submissions and feed polls are each capped at UPSTREAM_CONCURRENCY: neither waits on the other for a socket.
      connections: config.dispatch.concurrency * 2,
      totalMs: config.dispatch.timeoutMs,
      connectMs: config.dispatch.connectTimeoutMs,
      headersMs: config.dispatch.headersTimeoutMs,
      bodyMs: config.dispatch.bodyTimeoutMs,
      maxBytes: config.dispatch.maxAnswerBytes,
    },
    metrics: metrics.upstream,
  });

  const store = new JobStore(db.prisma);
  const pacer = new UpstreamPacer(db.prisma, config.dispatch.pace);
  // With REDIS_URL, events, the rate limit and connection counts are shared by every instance;
  // while Redis is unreachable each instance carries on alone (see README, "Several instances").
  const link = config.redis ? new RedisLink({ url: config.redis.url, logger, metrics: metrics.cluster }) : undefined;
  const shared = link && config.redis ? { link, prefix: config.redis.prefix } : undefined;
  const eventTarget = shared
    ? new ClusterEventTarget({ ...shared, logger, versionOf: jobEventVersion, catchUp: jobCatchUp(store) })
    : undefined;
  const pubsub = createJobPubSub(eventTarget as PubSubEventTarget<JobTopics> | undefined);
  const queue = new QueuePositions(db.prisma, pubsub, { paced: (provider) => pacer.intervalMs(provider) !== undefined });
  const generateLimiter = new RateLimiter(config.limits.generatePerMinute, { redis: shared, metrics: metrics.cluster });
  const connections = new ConnectionLimiter(config.limits.connectionsPerKey, { redis: shared, metrics: metrics.cluster });
  await link?.connect();
  const apiKeys = new ApiKeys(db.prisma);
  if (config.auth.bootstrapKey) await ensureBootstrapKey(db.prisma, config.auth.bootstrapKey, logger);
  const keyWatch = new KeyWatch(db.prisma, apiKeys, logger);
  // Webhooks: an outbox of deliveries, enqueued with each job change, sent by a worker like the dispatcher.
  const webhookSecrets = new WebhookSecrets(db.prisma, config.webhooks.openSecret);
  const deliveries = new DeliveryStore(db.prisma);
  const webhookWorker = new WebhookWorker(deliveries, new WebhookSender(config.webhooks), webhookSecrets, logger, {
    ...config.webhooks,
    concurrency: config.dispatch.concurrency,
    pollMs: 1_000,
  });
  // A new job is handed to the dispatcher at once (it is built just below; jobs are made only once the app serves).
  const jobs = new JobService({
    store,
    pubsub,
    logger,
    deadlineMs: config.reconcile.deadlineMs,
    generateLimiter,
    onQueued: () => dispatcher.kick(),
    metrics: metrics.jobs,
    webhooks: { allowPrivate: config.webhooks.allowPrivate, secrets: webhookSecrets, onEnqueued: () => webhookWorker.kick() },
  });
  const dispatcher = new Dispatcher(
    { store, jobs, client, logger, metrics: metrics.dispatch },
    {
      ...config.dispatch,
      lookupEveryMs: Math.min(config.reconcile.afterMs, 60_000),
      pacer,
      callbackUrl: (jobId) => `${publicUrl()}/callbacks/duomi/${jobId}?token=${callbackToken(callbackSecret, jobId)}`,
    },
  );
  const reconciler = new Reconciler(
    { store, jobs, client, logger, metrics: metrics.reconciliation },
    { quietMs: config.reconcile.afterMs, batch: config.dispatch.concurrency },
  );

  const yoga = createGatewayYoga({
    schema,
    logger,
    shutdown: shutdown.signal,
    services: {
      jobs,
      estimates: new JobEstimates(db.prisma),
      queue,
      usage: new UsageService(db.prisma),
      webhooks: new WebhookService(deliveries, webhookSecrets),
    },
    apiKeys,
    keyWatch,
    connections,
    limits: config.limits,
    metrics: metrics.graphql,
    rateLimited: metrics.rateLimited,
    cors: config.cors,
    exposeErrors: config.env === 'test',
    graphiql: config.http.graphiql,
  });
  let draining = false;
  const streams = new EventStreams();
  const server = createHttpServer({
    yoga,
    logger,
    streams,
    maxBodyBytes: config.limits.bodyBytes,
    metrics: metrics.http,
    routes: [
      ...healthRoutes(db, link && { link, required: config.redis!.requiredForReadiness }, () => draining),
      callbackRoute(jobs, callbackSecret, metrics.callbacks),
      metricsRoute(metrics.registry, config.metrics),
      ...dashboardRoutes(apiKeys),
      ...graphiqlRoutes(config.http.graphiql),
    ],
  });
  const ws = attachGraphQLWs(server, yoga, {
    apiKeys,
    keyWatch,
    maxSubscriptions: config.limits.subscriptionsPerConnection,
    maxPayloadBytes: config.limits.bodyBytes,
    connections,
    rateLimited: metrics.rateLimited,
  });
  let stopping: Promise<void> | undefined;
  /** The address this app serves at, once it listens. */
  const listeningUrl = () => {
    const { port } = server.address() as AddressInfo;
    const host = config.http.host;
    return `http://${host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host}:${port}`;
  };
  /** Where DuomiAPI calls back: PUBLIC_URL, or where this app listens. */
  const publicUrl = () => config.http.publicUrl ?? listeningUrl();

  return {
    yoga,
    server,
    jobs,
    apiKeys,
    /** Where QUEUED jobs stand in line. */
    queue,
    /** This app's Prometheus metrics. */
    metrics,
    /** The in-process simulator, when the gateway runs one. */
    simulator,
    /** Listens on config.http (port 0 picks a free one), starts submitting jobs, resolves to the base URL. */
    async listen(port = config.http.port): Promise<string> {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, config.http.host, () => {
          server.off('error', reject);
          resolve();
        });
      });
      await keyWatch.start();
      dispatcher.start();
      reconciler.start();
      queue.start();
      webhookWorker.start();
      return listeningUrl();
    },
    /**
     * Graceful stop: `/readyz` answers 503 for SHUTDOWN_DRAIN_MS (load balancers stop sending new
     * clients), then no new submissions or connections; graphql-ws sockets close with 1012 and SSE
     * streams end, both without `complete` (clients reconnect and carry on following their jobs);
     * in-flight requests finish, and after SHUTDOWN_TIMEOUT_MS what is left is cut.
     * The database is the caller's.
     */
    stop(): Promise<void> {
      stopping ??= (async () => {
        draining = true;
        if (config.http.shutdownDrainMs > 0) await new Promise((resolve) => setTimeout(resolve, config.http.shutdownDrainMs));
        keyWatch.stop();
        queue.stop();
        await Promise.all([dispatcher.stop(), reconciler.stop(), webhookWorker.stop()]);
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        // The transports go first, so subscriptions end with their clients already gone.
        streams.cut();
        await ws.restart();
        streams.cut(); // any begun meanwhile on a kept-alive socket
        shutdown.abort();
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
        await client.close();
        connections.close();
        await link?.close();
      })();
      return stopping;
    },
  };
}

export type App = Awaited<ReturnType<typeof buildApp>>;
