import { redactUrl } from '../db/database.js';
import type { Config, UpstreamPace } from './env.js';

/** "unlimited", "2/s", or "2/s kling=1/s". */
function describePace(pace: UpstreamPace): string {
  const named = Object.entries(pace.perProvider).map(([p, rate]) => `${p.toLowerCase()}=${rate}/s`);
  const parts = [...(pace.all ? [`${pace.all}/s`] : []), ...named];
  return parts.length ? parts.join(',') : 'unlimited';
}

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
    submitUncertainGraceSeconds: config.dispatch.uncertainGraceMs / 1000,
    resubmitUncertain: String(config.dispatch.resubmitUncertain),
    upstreamPace: describePace(config.dispatch.pace),
    runwayVideoToVideo: config.dispatch.upstream.runwayVideoToVideo,
    shutdownDrainMs: config.http.shutdownDrainMs,
    shutdownTimeoutMs: config.http.shutdownTimeoutMs,
    graphiql: config.http.graphiql ? 'on' : 'off',
    redis: config.redis ? `${redactUrl(config.redis.url)} prefix ${config.redis.prefix || '(none)'}` : 'none (this instance alone)',
    webhookSecret: config.webhooks.openSecret ? 'set' : 'none (keys sign with their own)',
    webhookPrivateAddresses: config.webhooks.allowPrivate ? 'allowed' : 'refused',
    metrics: config.metrics.token ? 'token' : config.metrics.open ? 'open' : 'closed',
    cors: config.cors.origins.length > 0 ? config.cors.origins.join(',') : config.cors.anyOrigin ? 'any-origin' : 'same-origin',
    logLevel: config.log.level,
  };
  return `configuration: ${Object.entries(fields)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ')}`;
}
