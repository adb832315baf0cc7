import { buildApp, type App } from './app.js';
import { ConfigError, loadConfig } from './config/env.js';
import { summarizeConfig } from './config/summary.js';
import { DatabaseUnavailableError, openDatabase, type Database } from './db/database.js';
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

// Installed before anything opens, so a signal at any moment of startup still stops cleanly.
let app: App | undefined;
let db: Database | undefined;
let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    void (async () => {
      await app?.stop();
      await db?.close();
      logger.info('stopped');
      logger.flush();
      process.exit(0);
    })().catch((error: unknown) => {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    });
  });
}

const opened = await openDatabase(config.database).catch((error: unknown) => {
  if (error instanceof DatabaseUnavailableError) fail(`Database unavailable: ${error.message}`);
  throw error;
});
db = opened;
if (opened.applied.length > 0) logger.info({ migrations: opened.applied }, 'applied migrations');
if (stopping) await new Promise(() => {}); // the signal handler finishes the process

logger.info(summarizeConfig(config));
app = await buildApp({ config, logger, db: opened });
if (!(await app.apiKeys.required())) {
  if (config.env === 'production') {
    fail(
      'NODE_ENV=production needs at least one API key: set ADMIN_API_KEY, or create one with: npm run apikey -- create --name <name> --admin',
    );
  }
  logger.warn('no API keys exist: the gateway is open to anyone who can reach it (create one with npm run apikey -- create --name …)');
}
if (app.simulator)
  logger.warn({ simulator: app.simulator.url }, 'DUOMI_BASE_URL is not set: using the built-in DuomiAPI simulator, not DuomiAPI');
if (config.env === 'production' && !config.metrics.token) logger.warn('METRICS_TOKEN is not set: /metrics answers 401 until it is');
const url = await app
  .listen()
  .catch((error: NodeJS.ErrnoException) =>
    fail(`Cannot listen on ${config.http.host}:${config.http.port}: ${error.code ?? error.message}`),
  );
logger.info({ url, graphql: `${url}/graphql`, database: opened.describe, env: config.env }, `gateway listening on ${url}/graphql`);
