import { redactUrl } from '../db/database.js';
import type { Config } from './env.js';

/** The configuration in one line for the startup log: what matters to an operator, never a secret. */
export function summarizeConfig(config: Config): string {
  const fields: Record<string, string | number> = {
    env: config.env,
    listen: `${config.http.host}:${config.http.port}`,
    publicUrl: config.http.publicUrl ?? '(the listening address)',
    database: config.database.kind === 'postgres' ? redactUrl(config.database.url) : `embedded ${config.database.dataDir}`,
    duomi: config.duomi.kind === 'remote' ? redactUrl(config.duomi.baseUrl) : 'built-in simulator',
    callbackSecret: config.callbacks.secret ? 'set' : 'generated', // kept in the database
    upstreamConcurrency: config.dispatch.concurrency,
    upstreamTimeoutMs: config.dispatch.timeoutMs,
    submitMaxAttempts: config.dispatch.maxAttempts,
    shutdownDrainMs: config.http.shutdownDrainMs,
    shutdownTimeoutMs: config.http.shutdownTimeoutMs,
    graphiql: config.http.graphiql ? 'on' : 'off',
    redis: config.redis ? `${redactUrl(config.redis.url)} prefix ${config.redis.prefix || '(none)'}` : 'none (this instance alone)',
    metrics: config.metrics.token ? 'token' : config.metrics.open ? 'open' : 'closed',
    cors: config.cors.origins.length > 0 ? config.cors.origins.join(',') : config.cors.anyOrigin ? 'any-origin' : 'same-origin',
    logLevel: config.log.level,
  };
  return `configuration: ${Object.entries(fields).map(([k, v]) => `${k}=${v}`).join(' ')}`;
}
