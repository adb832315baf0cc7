import type { Client } from 'graphql-ws';
import { afterAll, beforeAll } from 'vitest';
import { buildApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config/env.js';
import { openDatabase, type Database } from '../../src/db/database.js';
import { createLogger } from '../../src/observability/logger.js';
import { freshDatabase, type DatabaseKind } from './databases.js';
import { wsClient } from './graphql.js';

export type TestGateway = {
  url: string;
  wsUrl: string;
  app: App;
  db: Database;
  databaseUrl?: string;
  /** Stops the app (not its database), runs `whileDown`, and starts a new app on the same port, as a restarted process would. */
  restart: (whileDown?: () => Promise<void>) => Promise<void>;
  stop: () => Promise<void>;
};

/** The configuration every test gateway starts from: quiet, on a free port, `env` on top. */
export function testConfig(env: Record<string, string>) {
  // Rate limiting has its own test; elsewhere it would only make busy tests fail.
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    HOST: '127.0.0.1',
    PORT: '0',
    RATE_LIMIT_PER_MINUTE: '100000',
    SHUTDOWN_DRAIN_MS: '0',
    ...env,
  });
}

/** A gateway on a free port and its own fresh database, as main.ts would build it. */
export async function startGateway(kind: DatabaseKind, env: Record<string, string> = {}): Promise<TestGateway> {
  const database = await freshDatabase(kind);
  const config = testConfig({ ...database.env, ...env });
  const logger = createLogger(config.log);
  const db = await openDatabase(config.database);
  const app = await buildApp({ config, logger, db });
  const url = await app.listen();
  let stopped: Promise<void> | undefined;
  const gateway: TestGateway = {
    url,
    wsUrl: `${url.replace(/^http/, 'ws')}/graphql`,
    databaseUrl: database.url,
    app,
    db,
    async restart(whileDown) {
      await gateway.app.stop();
      await whileDown?.();
      gateway.app = await buildApp({ config, logger, db });
      await gateway.app.listen(Number(new URL(url).port));
    },
    stop: () =>
      (stopped ??= (async () => {
        await gateway.app.stop();
        await db.close();
        await database.drop();
      })()),
  };
  return gateway;
}

/** One gateway (on Postgres) and one graphql-ws client for a whole test file, handed to `use` once started. */
export function useSharedGateway(use: (gateway: TestGateway, client: Client) => void, env: Record<string, string> = {}) {
  let started: { gateway: TestGateway; client: Client } | undefined;
  beforeAll(async () => {
    const gateway = await startGateway('postgres', env);
    started = { gateway, client: wsClient(gateway.wsUrl) };
    use(started.gateway, started.client);
  });
  afterAll(async () => {
    await started?.client.dispose();
    await started?.gateway.stop();
  });
}
