import { randomBytes } from 'node:crypto';
import { buildApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config/env.js';
import { openDatabase, type Database } from '../../src/db/database.js';
import { createLogger } from '../../src/observability/logger.js';

/** The Redis the suite uses, and a fresh channel and key namespace per test: Redis is shared with other runs. */
export const testRedisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const freshRedisPrefix = () => `test:${randomBytes(6).toString('hex')}:`;

export type Instance = { url: string; wsUrl: string; app: App; db: Database; stop: () => Promise<void> };

/**
 * One more gateway instance, in this process, on the database and Redis that `env` names (the
 * instances of a test share them), listening on `port` (0: any).
 */
export async function startInstance(env: Record<string, string>, port = 0): Promise<Instance> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    HOST: '127.0.0.1',
    RATE_LIMIT_PER_MINUTE: '100000',
    SHUTDOWN_DRAIN_MS: '0',
    ...env,
    PORT: String(port),
  });
  const db = await openDatabase(config.database);
  const app = await buildApp({ config, logger: createLogger(config.log), db });
  const url = await app.listen();
  let stopped: Promise<void> | undefined;
  return {
    url,
    wsUrl: `${url.replace(/^http/, 'ws')}/graphql`,
    app,
    db,
    stop: () =>
      (stopped ??= (async () => {
        await app.stop();
        await db.close();
      })()),
  };
}
