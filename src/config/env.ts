import { resolve } from 'node:path';
import { z } from 'zod';
import { VideoProvider } from '../db/generated/enums.js';

// The only reader of process.env. Every problem is collected and reported together;
// the result is a typed, nested config passed down from main.ts.

const port = z.coerce
  .number({ error: 'must be a whole number from 0 to 65535 (0 picks a free port)' })
  .int('must be a whole number from 0 to 65535 (0 picks a free port)')
  .min(0, 'must be a whole number from 0 to 65535 (0 picks a free port)')
  .max(65535, 'must be a whole number from 0 to 65535 (0 picks a free port)');

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });
const blankAsUndefined = (v: unknown) => (v === '' ? undefined : v);

/** Submissions per second per provider: "2" (every provider), "kling=1,pix=0.5" (those only), or both ("2,kling=1"). */
export type UpstreamPace = { all?: number; perProvider: Partial<Record<VideoProvider, number>> };

const paceMessage = `must be a rate per second ("1"), or provider=rate pairs ("kling=1,pix=0.5"), providers among ${Object.keys(
  VideoProvider,
)
  .map((p) => p.toLowerCase())
  .join(', ')}`;
const upstreamPace = z.preprocess(blankAsUndefined, z.string().optional()).transform((value, ctx): UpstreamPace => {
  const pace: UpstreamPace = { perProvider: {} };
  for (const entry of (value ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [name, rateText] = entry.includes('=') ? entry.split('=').map((p) => p.trim()) : [undefined, entry];
    const rate = Number(rateText);
    const provider = name?.toUpperCase() as VideoProvider | undefined;
    if (!rateText || !Number.isFinite(rate) || rate <= 0 || (provider !== undefined && !(provider in VideoProvider))) {
      ctx.addIssue({ code: 'custom', message: paceMessage });
      return z.NEVER;
    }
    if (provider) pace.perProvider[provider] = rate;
    else pace.all = rate;
  }
  return pace;
});

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production'], { error: 'must be development, test or production' }).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: port.default(4000),
  PUBLIC_URL: z.preprocess(blankAsUndefined, httpUrl.optional()),
  DATABASE_URL: z.preprocess(blankAsUndefined, z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgresql:// URL' }).optional()),
  /** PGlite's folder when DATABASE_URL is unset; `memory://` keeps nothing on disk. */
  DATA_DIR: z.string().min(1).default('./.data'),
  DUOMI_BASE_URL: z.preprocess(blankAsUndefined, httpUrl.optional()),
  DUOMI_API_KEY: z.preprocess(blankAsUndefined, z.string().min(1).optional()),
  /** Runs the built-in simulator in place of DuomiAPI; production needs it said explicitly. */
  DUOMI_SIMULATOR: z.preprocess(blankAsUndefined, z.enum(['true', 'false'], { error: 'must be true or false' }).optional()),
  /** The bootstrap admin key, stored hashed at start (like `npm run apikey -- create --admin`). */
  ADMIN_API_KEY: z.preprocess(
    blankAsUndefined,
    z
      .string()
      .regex(/^vgk_[\w-]{32,}$/, 'must be vgk_ followed by at least 32 letters, digits, - or _ (e.g. vgk_$(openssl rand -hex 32))')
      .optional(),
  ),
  /** Bearer token for GET /metrics; without it /metrics is open outside production and closed in it. */
  METRICS_TOKEN: z.preprocess(blankAsUndefined, z.string().min(16, 'must be at least 16 characters').optional()),
  /** Origins (scheme://host[:port]) allowed to call /graphql from a browser, comma-separated. */
  CORS_ORIGINS: z.preprocess(
    (v) =>
      typeof v === 'string'
        ? v
            .split(',')
            .map((o) => o.trim())
            .filter(Boolean)
        : v,
    z
      .array(z.string())
      .refine(
        (origins) => origins.every((o) => /^https?:\/\/[^/\s]+$/.test(o)),
        'must list origins like https://app.example.com, comma-separated',
      )
      .default([]),
  ),
  CALLBACK_SECRET: z.preprocess(blankAsUndefined, z.string().min(32, 'must be at least 32 characters').optional()),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  UPSTREAM_TIMEOUT_MS: z.coerce.number({ error: 'must be a number of milliseconds' }).int().min(100).default(15_000),
  UPSTREAM_CONNECT_TIMEOUT_MS: z.coerce.number({ error: 'must be a number of milliseconds' }).int().min(10).default(5_000),
  UPSTREAM_HEADERS_TIMEOUT_MS: z.coerce.number({ error: 'must be a number of milliseconds' }).int().min(10).optional(),
  UPSTREAM_BODY_TIMEOUT_MS: z.coerce.number({ error: 'must be a number of milliseconds' }).int().min(10).default(10_000),
  UPSTREAM_MAX_ANSWER_BYTES: z.coerce.number({ error: 'must be a whole number of bytes' }).int().min(1024).default(262_144),
  UPSTREAM_CONCURRENCY: z.coerce.number({ error: 'must be a whole number' }).int().min(1).max(1000).default(16),
  /** Submissions per second DuomiAPI takes, per provider; unset is unlimited. */
  UPSTREAM_RATE_PER_SECOND: upstreamPace,
  /** Runway video-to-video's endpoint: DuomiAPI's pages disagree. */
  RUNWAY_VIDEO_TO_VIDEO_ENDPOINT: z.enum(['video2video', 'generate'], { error: 'must be video2video or generate' }).default('video2video'),
  SUBMIT_MAX_ATTEMPTS: z.coerce.number({ error: 'must be a whole number' }).int().min(1).max(100).default(8),
  /** How often the outbox is swept for due jobs (retries, and jobs left by a crash); new jobs are submitted at once. */
  DISPATCH_POLL_MS: z.coerce.number({ error: 'must be a number of milliseconds' }).int().min(10).max(600_000).default(1_000),
  /** The first retry's backoff after a submission fault; it doubles per attempt (with jitter), up to a minute. */
  SUBMIT_BACKOFF_MS: z.coerce.number({ error: 'must be a number of milliseconds' }).int().min(1).max(60_000).default(500),
  RECONCILE_AFTER_SECONDS: z.coerce.number({ error: 'must be a number of seconds' }).positive('must be more than 0').default(60),
  SUBMIT_UNCERTAIN_GRACE_SECONDS: z.coerce.number({ error: 'must be a number of seconds' }).positive('must be more than 0').default(900),
  RESUBMIT_UNCERTAIN: z.enum(['true', 'false'], { error: 'must be true or false' }).default('true'),
  /** Signs the webhooks of an open gateway's jobs (keys have their own). */
  WEBHOOK_SECRET: z.preprocess(
    blankAsUndefined,
    z
      .string()
      .regex(
        /^whsec_[A-Za-z0-9+/]{32,}={0,2}$/,
        'must be whsec_ followed by base64 of at least 24 random bytes (e.g. whsec_$(openssl rand -base64 32))',
      )
      .optional(),
  ),
  WEBHOOK_RETRY_HOURS: z.coerce.number({ error: 'must be a number of hours' }).positive('must be more than 0').default(24),
  WEBHOOK_TIMEOUT_MS: z.coerce.number({ error: 'must be a number of milliseconds' }).int().min(100).default(10_000),
  WEBHOOK_RETRY_BASE_MS: z.coerce.number({ error: 'must be a number of milliseconds' }).int().min(10).default(5_000),
  WEBHOOK_ALLOW_PRIVATE: z.enum(['true', 'false'], { error: 'must be true or false' }).default('false'),
  JOB_DEADLINE_SECONDS: z.coerce.number({ error: 'must be a number of seconds' }).positive('must be more than 0').default(3600),
  REDIS_URL: z.preprocess(blankAsUndefined, z.url({ protocol: /^rediss?$/, error: 'must be a redis:// URL' }).optional()),
  REDIS_PREFIX: z
    .string()
    .regex(/^[\w.:-]{0,64}$/, 'must be at most 64 letters, digits or _ . : -')
    .default('vg:'),
  READY_REQUIRES_REDIS: z.enum(['true', 'false'], { error: 'must be true or false' }).default('false'),
  RATE_LIMIT_PER_MINUTE: z.coerce.number({ error: 'must be a whole number' }).int().min(1).default(60),
  MAX_QUERY_DEPTH: z.coerce.number({ error: 'must be a whole number' }).int().min(2).default(12),
  MAX_QUERY_COST: z.coerce.number({ error: 'must be a whole number' }).int().min(10).default(5000),
  MAX_ALIASES: z.coerce.number({ error: 'must be a whole number' }).int().min(1).default(20),
  MAX_BODY_BYTES: z.coerce.number({ error: 'must be a whole number of bytes' }).int().min(1024).default(1_048_576),
  MAX_LIST_ITEMS: z.coerce.number({ error: 'must be a whole number' }).int().min(1).default(100),
  MAX_SUBSCRIPTIONS_PER_CONNECTION: z.coerce.number({ error: 'must be a whole number' }).int().min(1).default(100),
  MAX_CONNECTIONS_PER_KEY: z.coerce.number({ error: 'must be a whole number' }).int().min(1).default(100),
  GRAPHQL_INTROSPECTION: z.enum(['true', 'false'], { error: 'must be true or false' }).optional(),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number({ error: 'must be a number of milliseconds' }).int().min(0).default(10_000),
  /** On shutdown, /readyz answers 503 this long first, so a load balancer stops sending new clients before connections close. */
  SHUTDOWN_DRAIN_MS: z.coerce.number({ error: 'must be a number of milliseconds' }).int().min(0).max(600_000).default(2_000),
  /** GraphiQL at GET /graphql: on outside production; in production only with GRAPHIQL=true. */
  GRAPHIQL: z.enum(['true', 'false'], { error: 'must be true or false' }).optional(),
});

export type Env = z.input<typeof envSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env) {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`));
  }
  const e = parsed.data;
  const problems: string[] = [];
  if (e.DUOMI_BASE_URL && !e.DUOMI_API_KEY) problems.push('DUOMI_API_KEY is required when DUOMI_BASE_URL is set');
  if (e.DUOMI_BASE_URL && e.DUOMI_SIMULATOR === 'true') problems.push('DUOMI_BASE_URL and DUOMI_SIMULATOR=true exclude each other');
  if (!e.DUOMI_BASE_URL && e.DUOMI_SIMULATOR === 'false') problems.push('DUOMI_BASE_URL is required when DUOMI_SIMULATOR=false');
  // A deployment must never "work" against the simulator by accident.
  if (e.NODE_ENV === 'production' && !e.DUOMI_BASE_URL && e.DUOMI_SIMULATOR !== 'true') {
    problems.push(
      "DUOMI_BASE_URL is required in production (DuomiAPI's address; DUOMI_SIMULATOR=true runs the built-in simulator instead, for a demo)",
    );
  }
  if (e.NODE_ENV === 'production' && !e.PUBLIC_URL) problems.push('PUBLIC_URL is required in production');
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    env: e.NODE_ENV,
    http: {
      host: e.HOST,
      port: e.PORT,
      /** Where DuomiAPI reaches us; callbacks go to PUBLIC_URL/callbacks/duomi/…. */
      publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ''),
      shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
      shutdownDrainMs: e.SHUTDOWN_DRAIN_MS,
      graphiql: e.GRAPHIQL ? e.GRAPHIQL === 'true' : e.NODE_ENV !== 'production',
    },
    database: e.DATABASE_URL
      ? ({ kind: 'postgres', url: e.DATABASE_URL } as const)
      : ({ kind: 'embedded', dataDir: e.DATA_DIR.startsWith('memory://') ? e.DATA_DIR : resolve(e.DATA_DIR) } as const),
    duomi: e.DUOMI_BASE_URL
      ? ({ kind: 'remote', baseUrl: e.DUOMI_BASE_URL.replace(/\/+$/, ''), apiKey: e.DUOMI_API_KEY! } as const)
      : ({ kind: 'simulator', apiKey: e.DUOMI_API_KEY ?? 'simulator-key' } as const),
    dispatch: {
      concurrency: e.UPSTREAM_CONCURRENCY,
      maxAttempts: e.SUBMIT_MAX_ATTEMPTS,
      pollMs: e.DISPATCH_POLL_MS,
      baseBackoffMs: e.SUBMIT_BACKOFF_MS,
      timeoutMs: e.UPSTREAM_TIMEOUT_MS,
      /** Each phase of one call is bounded on its own, and the whole call by timeoutMs. */
      connectTimeoutMs: Math.min(e.UPSTREAM_CONNECT_TIMEOUT_MS, e.UPSTREAM_TIMEOUT_MS),
      headersTimeoutMs: Math.min(e.UPSTREAM_HEADERS_TIMEOUT_MS ?? e.UPSTREAM_TIMEOUT_MS, e.UPSTREAM_TIMEOUT_MS),
      bodyTimeoutMs: Math.min(e.UPSTREAM_BODY_TIMEOUT_MS, e.UPSTREAM_TIMEOUT_MS),
      maxAnswerBytes: e.UPSTREAM_MAX_ANSWER_BYTES,
      // A claim outlives the slowest submission, so no two instances submit one job.
      leaseMs: e.UPSTREAM_TIMEOUT_MS * 2 + 5_000,
      /** Submissions per second per provider, across every instance on the database; none named is unlimited. */
      pace: e.UPSTREAM_RATE_PER_SECOND,
      /** Choices of upstream endpoints the provider modules follow. */
      upstream: { runwayVideoToVideo: e.RUNWAY_VIDEO_TO_VIDEO_ENDPOINT },
      /** A submission whose answer was lost (a crash) is not sent again within this. */
      uncertainGraceMs: e.SUBMIT_UNCERTAIN_GRACE_SECONDS * 1000,
      resubmitUncertain: e.RESUBMIT_UNCERTAIN === 'true',
    },
    reconcile: {
      afterMs: e.RECONCILE_AFTER_SECONDS * 1000,
      deadlineMs: e.JOB_DEADLINE_SECONDS * 1000,
    },
    redis: e.REDIS_URL ? { url: e.REDIS_URL, prefix: e.REDIS_PREFIX, requiredForReadiness: e.READY_REQUIRES_REDIS === 'true' } : undefined,
    auth: { bootstrapKey: e.ADMIN_API_KEY },
    metrics: {
      token: e.METRICS_TOKEN,
      /** Without a token /metrics is open, except in production where it is closed. */
      open: !e.METRICS_TOKEN && e.NODE_ENV !== 'production',
    },
    /** `origins` empty: same-origin only in production, any origin (without credentials) elsewhere. */
    cors: { origins: e.CORS_ORIGINS, anyOrigin: e.CORS_ORIGINS.length === 0 && e.NODE_ENV !== 'production' },
    limits: {
      generatePerMinute: e.RATE_LIMIT_PER_MINUTE,
      depth: e.MAX_QUERY_DEPTH,
      cost: e.MAX_QUERY_COST,
      aliases: e.MAX_ALIASES,
      bodyBytes: e.MAX_BODY_BYTES,
      listItems: e.MAX_LIST_ITEMS,
      subscriptionsPerConnection: e.MAX_SUBSCRIPTIONS_PER_CONNECTION,
      connectionsPerKey: e.MAX_CONNECTIONS_PER_KEY,
      introspection: e.GRAPHQL_INTROSPECTION ? e.GRAPHQL_INTROSPECTION === 'true' : e.NODE_ENV !== 'production',
    },
    /** Without CALLBACK_SECRET, a random one is made once and kept in the database (GatewaySecret). */
    callbacks: { secret: e.CALLBACK_SECRET },
    webhooks: {
      openSecret: e.WEBHOOK_SECRET,
      retryForMs: e.WEBHOOK_RETRY_HOURS * 3_600_000,
      timeoutMs: e.WEBHOOK_TIMEOUT_MS,
      baseBackoffMs: e.WEBHOOK_RETRY_BASE_MS,
      /** http: URLs and private, loopback and link-local addresses: for tests and local development only. */
      allowPrivate: e.WEBHOOK_ALLOW_PRIVATE === 'true',
    },
    log: { level: e.LOG_LEVEL, pretty: e.NODE_ENV !== 'production' && process.stdout.isTTY === true },
  };
}

export type Config = ReturnType<typeof loadConfig>;
