import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config/env.js';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('configuration is read once and validated', () => {
  it('defaults to port 4000 on an embedded database in ./.data with the built-in simulator', () => {
    const config = loadConfig({});
    expect(config.http.port).toBe(4000);
    expect(config.database).toEqual({ kind: 'embedded', dataDir: expect.stringMatching(/\/\.data$/) });
    expect(config.duomi.kind).toBe('simulator');
  });

  it('uses a Postgres server when DATABASE_URL is set', () => {
    const config = loadConfig({ DATABASE_URL: 'postgresql://u:p@db:5432/gw' });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgresql://u:p@db:5432/gw' });
  });

  it('names every bad variable and its rule, all at once', () => {
    const problems = problemsOf({ PORT: 'abc', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', PUBLIC_URL: 'ftp://x' });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^PORT must be a whole number from 0 to 65535/),
        expect.stringMatching(/^DATABASE_URL must be a postgresql:\/\/ URL/),
        expect.stringMatching(/^LOG_LEVEL must be one of/),
        expect.stringMatching(/^PUBLIC_URL must be an http\(s\) URL/),
      ]),
    );
    expect(problemsOf({ PORT: '70000' })).toEqual([expect.stringMatching(/^PORT must be a whole number from 0 to 65535/)]);
  });

  it("takes the dispatcher's sweep and first backoff from DISPATCH_POLL_MS and SUBMIT_BACKOFF_MS", () => {
    expect(loadConfig({}).dispatch).toMatchObject({ pollMs: 1_000, baseBackoffMs: 500 });
    expect(loadConfig({ DISPATCH_POLL_MS: '250', SUBMIT_BACKOFF_MS: '50' }).dispatch).toMatchObject({ pollMs: 250, baseBackoffMs: 50 });
    expect(problemsOf({ DISPATCH_POLL_MS: 'often', SUBMIT_BACKOFF_MS: '0' })).toEqual([
      expect.stringMatching(/^DISPATCH_POLL_MS must be a number of milliseconds/),
      expect.stringMatching(/^SUBMIT_BACKOFF_MS /),
    ]);
  });

  it('needs a key for a real DuomiAPI and a public URL in production', () => {
    expect(problemsOf({ DUOMI_BASE_URL: 'https://duomiapi.com' })).toEqual(['DUOMI_API_KEY is required when DUOMI_BASE_URL is set']);
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual(expect.arrayContaining(['PUBLIC_URL is required in production']));
  });

  it('never runs the simulator in production unless told to: DUOMI_BASE_URL, or DUOMI_SIMULATOR=true', () => {
    const production = { NODE_ENV: 'production', PUBLIC_URL: 'https://gw.example.com', CALLBACK_SECRET: 's'.repeat(40) };
    expect(problemsOf(production)).toEqual([expect.stringMatching(/^DUOMI_BASE_URL is required in production .*DUOMI_SIMULATOR=true/)]);
    expect(loadConfig({ ...production, DUOMI_SIMULATOR: 'true' }).duomi.kind).toBe('simulator');
    expect(loadConfig({ ...production, DUOMI_BASE_URL: 'https://duomiapi.com', DUOMI_API_KEY: 'k' }).duomi.kind).toBe('remote');
    expect(problemsOf({ DUOMI_BASE_URL: 'https://duomiapi.com', DUOMI_API_KEY: 'k', DUOMI_SIMULATOR: 'true' })).toEqual([
      'DUOMI_BASE_URL and DUOMI_SIMULATOR=true exclude each other',
    ]);
    expect(problemsOf({ DUOMI_SIMULATOR: 'false' })).toEqual(['DUOMI_BASE_URL is required when DUOMI_SIMULATOR=false']);
    expect(problemsOf({ DUOMI_SIMULATOR: 'yes' })).toEqual(['DUOMI_SIMULATOR must be true or false']);
  });

  it('checks the bootstrap key, the metrics token and the CORS origins', () => {
    expect(loadConfig({ ADMIN_API_KEY: `vgk_${'a'.repeat(43)}` }).auth.bootstrapKey).toBe(`vgk_${'a'.repeat(43)}`);
    expect(problemsOf({ ADMIN_API_KEY: 'hunter2-short' })).toEqual([
      expect.stringMatching(/^ADMIN_API_KEY must be vgk_ followed by at least 32/),
    ]);
    expect(problemsOf({ METRICS_TOKEN: 'short' })).toEqual(['METRICS_TOKEN must be at least 16 characters']);
    expect(loadConfig({ CORS_ORIGINS: ' https://a.example.com ,http://localhost:3000,' }).cors).toEqual({
      origins: ['https://a.example.com', 'http://localhost:3000'],
      anyOrigin: false,
    });
    expect(problemsOf({ CORS_ORIGINS: 'https://a.example.com/path' })).toEqual([expect.stringMatching(/^CORS_ORIGINS must list origins/)]);
    // Empty: any origin (without credentials) in development, same-origin only in production.
    expect(loadConfig({}).cors).toEqual({ origins: [], anyOrigin: true });
    expect(
      loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://gw.example.com', CALLBACK_SECRET: 's'.repeat(40), DUOMI_SIMULATOR: 'true' })
        .cors.anyOrigin,
    ).toBe(false);
    expect(loadConfig({}).metrics).toEqual({ token: undefined, open: true });
  });

  it('never echoes a secret value in its messages', () => {
    const problems = problemsOf({
      CALLBACK_SECRET: 'short-secret-value',
      DATABASE_URL: 'mysql://user:hunter2@x',
      ADMIN_API_KEY: 'admin-key-value',
      METRICS_TOKEN: 'tok-value',
    });
    expect(problems).toHaveLength(4);
    expect(problems.join(' ')).not.toMatch(/short-secret-value|hunter2|admin-key-value|tok-value/);
  });

  it('bounds each phase of an upstream call by the whole call, and reads the cluster settings', () => {
    const config = loadConfig({
      UPSTREAM_TIMEOUT_MS: '3000',
      UPSTREAM_BODY_TIMEOUT_MS: '20000',
      REDIS_URL: 'redis://cache:6379',
      READY_REQUIRES_REDIS: 'true',
    });
    expect(config.dispatch).toMatchObject({
      timeoutMs: 3000,
      connectTimeoutMs: 3000,
      headersTimeoutMs: 3000,
      bodyTimeoutMs: 3000,
      maxAnswerBytes: 262_144,
    });
    expect(config.redis).toEqual({ url: 'redis://cache:6379', prefix: 'vg:', requiredForReadiness: true });
    expect(config.limits.connectionsPerKey).toBe(100);
    expect(
      problemsOf({ REDIS_PREFIX: 'has space', READY_REQUIRES_REDIS: 'yes', MAX_CONNECTIONS_PER_KEY: '0', UPSTREAM_MAX_ANSWER_BYTES: '10' }),
    ).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^REDIS_PREFIX must be at most 64 letters/),
        'READY_REQUIRES_REDIS must be true or false',
        expect.stringMatching(/^MAX_CONNECTIONS_PER_KEY /),
        expect.stringMatching(/^UPSTREAM_MAX_ANSWER_BYTES /),
      ]),
    );
  });
});
