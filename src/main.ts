import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config/env.js';
import { DatabaseUnavailableError, openDatabase } from './db/database.js';
import { createLogger } from './observability/logger.js';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

const config = (() => {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
})();
const logger = createLogger(config.log);

const db = await openDatabase(config.database).catch((error: unknown) => {
  if (error instanceof DatabaseUnavailableError) fail(`Database unavailable: ${error.message}`);
  throw error;
});
if (db.applied.length > 0) logger.info({ migrations: db.applied }, 'applied migrations');

const app = buildApp({ config, logger, db });
const url = await app.listen().catch((error: NodeJS.ErrnoException) =>
  fail(`Cannot listen on ${config.http.host}:${config.http.port}: ${error.code ?? error.message}`),
);
logger.info(
  { url, graphql: `${url}/graphql`, database: db.describe, env: config.env },
  `gateway listening on ${url}/graphql`,
);
if (config.callbacks.isDevSecret) logger.warn('CALLBACK_SECRET is not set: using a development secret');

let signalled = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (signalled) return;
    signalled = true;
    logger.info({ signal }, 'shutting down');
    void (async () => {
      await app.stop();
      await db.close();
      logger.info('stopped');
      logger.flush();
      process.exit(0);
    })().catch((error: unknown) => {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    });
  });
}
