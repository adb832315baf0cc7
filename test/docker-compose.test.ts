import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config/env.js';
import { compose, interpolate, serviceEnvironment } from './support/compose.js';

// Docker has no daemon on these machines: the image and compose file are checked by reading them.
// test/production-build.test.ts runs what the image runs (`node dist/main.js`, production
// dependencies only) with the compose file's environment.

const root = resolve(import.meta.dirname, '..');
const gatewayEnvironment = (env: Record<string, string> = {}) => serviceEnvironment('gateway', env);

/** The Dockerfile's stages, by name, with their instructions (continuation lines joined). */
function dockerStages() {
  const text = readFileSync(resolve(root, 'Dockerfile'), 'utf8').replace(/\\\n\s*/g, ' ');
  const lines = text.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#'));
  const args = Object.fromEntries(
    lines
      .map((l) => /^ARG (\w+)=(\S+)/.exec(l))
      .filter((m) => m !== null)
      .map((m) => [m[1]!, m[2]!]),
  );
  const stages: { name: string; from: string; instructions: string[] }[] = [];
  for (const line of lines) {
    const from = /^FROM (\S+)(?: AS (\S+))?/i.exec(line);
    if (from)
      stages.push({ from: from[1]!.replace(/\$\{(\w+)\}/g, (_m, n: string) => args[n] ?? ''), name: from[2] ?? '', instructions: [] });
    else stages.at(-1)?.instructions.push(line.trim());
  }
  return stages;
}

describe('the Dockerfile builds a small production image', () => {
  const stages = dockerStages();
  const runtime = stages.at(-1)!;
  const named = (name: string) => stages.find((s) => s.name === name)!;
  const run = (stage: { instructions: string[] }) => stage.instructions.filter((i) => i.startsWith('RUN ')).join('\n');

  it('is multi-stage on a current LTS Node (22 or newer)', () => {
    expect(stages.map((s) => s.name)).toEqual(['build', 'deps', 'runtime']);
    for (const stage of stages) expect(Number(/^node:(\d+)/.exec(stage.from)?.[1])).toBeGreaterThanOrEqual(22);
  });

  it('builds dist/ with the dev dependencies, in the build stage only', () => {
    expect(run(named('build'))).toMatch(/npm ci\b/);
    expect(run(named('build'))).toContain('npm run build');
  });

  it('runs with production dependencies only, no install scripts, no TypeScript loader', () => {
    expect(run(named('deps'))).toMatch(/npm ci --omit=dev --omit=optional --ignore-scripts/);
    const copies = runtime.instructions.filter((i) => i.startsWith('COPY'));
    expect(copies).toContain('COPY --from=deps /app/node_modules ./node_modules');
    expect(copies).toContain('COPY --from=build /app/dist ./dist');
    expect(copies.join('\n')).not.toMatch(/--from=build \S*node_modules|COPY src /);
    expect(run(runtime)).not.toMatch(/npm (ci|install)/);
    expect(runtime.instructions.join('\n')).not.toMatch(/tsx|esbuild/);
  });

  it('starts node dist/main.js under tini, as a non-root user owning the data folder', () => {
    expect(runtime.instructions).toContain('CMD ["node", "dist/main.js"]');
    expect(runtime.instructions).toContain('ENTRYPOINT ["/usr/bin/tini", "--"]');
    expect(run(runtime)).toMatch(/apt-get install .*\btini\b/);
    const user = runtime.instructions.find((i) => i.startsWith('USER '))?.split(' ')[1];
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^(root|0)$/);
    const dataDir = /DATA_DIR=(\S+)/.exec(runtime.instructions.find((i) => i.startsWith('ENV ')) ?? '')?.[1];
    expect(dataDir).toBe('/data');
    expect(run(runtime)).toContain(`chown ${user}:${user} ${dataDir}`);
    // The chown comes before USER, which could not do it.
    const chownAt = runtime.instructions.findIndex((i) => i.includes('chown'));
    expect(chownAt).toBeLessThan(runtime.instructions.findIndex((i) => i.startsWith('USER ')));
  });

  it('checks its health on /readyz with node, not curl', () => {
    const healthcheck = runtime.instructions.find((i) => i.startsWith('HEALTHCHECK'));
    expect(healthcheck).toMatch(/CMD \["node", "-e", ".*\/readyz/);
    expect(runtime.instructions.join('\n')).not.toContain('curl');
  });

  it('keeps local files out of the build context', () => {
    const ignored = readFileSync(resolve(root, '.dockerignore'), 'utf8').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'dist', '.env', '.data', '.git']));
  });
});

describe('docker-compose.yml starts Postgres 16 and the gateway on the first try', () => {
  const { postgres, gateway, redis } = compose.services;

  it('keeps Postgres 16 data in a named volume and checks its health', () => {
    expect(postgres?.image).toMatch(/^postgres:16/);
    const volume = postgres?.volumes?.[0]?.split(':')[0];
    expect(volume && compose.volumes).toHaveProperty(volume!);
    expect(postgres?.healthcheck?.test.join(' ')).toContain('pg_isready');
  });

  it('restarts both, and starts the gateway from the Dockerfile once Postgres is healthy', () => {
    expect(gateway?.build).toBe('.');
    expect(postgres?.restart).toBe('unless-stopped');
    expect(gateway?.restart).toBe('unless-stopped');
    expect(gateway?.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
  });

  it("checks the gateway's health on /readyz with node", () => {
    expect(gateway?.healthcheck?.test.slice(0, 3)).toEqual(['CMD', 'node', '-e']);
    expect(gateway?.healthcheck?.test[3]).toContain('http://127.0.0.1:4000/readyz');
  });

  it('publishes the port on localhost only unless GATEWAY_BIND says otherwise', () => {
    expect(gateway?.ports?.map((p) => interpolate(p, {}))).toEqual(['127.0.0.1:4000:4000']);
    expect(gateway?.ports?.map((p) => interpolate(p, { GATEWAY_BIND: '0.0.0.0' }))).toEqual(['0.0.0.0:4000:4000']);
  });

  it('takes the database password from the environment, with a local default, on both sides', () => {
    for (const env of [{}, { POSTGRES_PASSWORD: 'from-the-operator-42' }] as Record<string, string>[]) {
      const url = new URL(gatewayEnvironment(env).DATABASE_URL!);
      const pg = serviceEnvironment('postgres', env);
      expect([url.hostname, url.port, url.username, url.password, url.pathname]).toEqual([
        'postgres',
        '5432',
        pg.POSTGRES_USER,
        pg.POSTGRES_PASSWORD,
        `/${pg.POSTGRES_DB}`,
      ]);
      expect(url.password).toBe(env.POSTGRES_PASSWORD ?? 'gateway-local');
    }
  });

  it('with nothing set, is a valid production configuration: the simulator said explicitly, a bootstrap admin key', () => {
    const config = loadConfig(gatewayEnvironment());
    expect(config.env).toBe('production');
    expect(config.database.kind).toBe('postgres');
    expect(config.http.port).toBe(4000);
    expect(gatewayEnvironment().DUOMI_SIMULATOR).toBe('true');
    expect(config.duomi.kind).toBe('simulator');
    expect(config.auth.bootstrapKey).toMatch(/^vgk_/);
    expect(config.metrics.open).toBe(false);
    expect(config.callbacks.secret).toBeUndefined(); // made once and kept in the database
  });

  it('takes a real deployment from .env: DuomiAPI, secrets, keys, a metrics token', () => {
    const config = loadConfig(
      gatewayEnvironment({
        DUOMI_SIMULATOR: 'false',
        DUOMI_BASE_URL: 'https://duomiapi.com',
        DUOMI_API_KEY: 'sk-live',
        PUBLIC_URL: 'https://gw.example.com',
        CALLBACK_SECRET: 's'.repeat(40),
        ADMIN_API_KEY: `vgk_${'a'.repeat(64)}`,
        METRICS_TOKEN: 'm'.repeat(32),
        CORS_ORIGINS: 'https://app.example.com',
      }),
    );
    expect(config.duomi).toEqual({ kind: 'remote', baseUrl: 'https://duomiapi.com', apiKey: 'sk-live' });
    expect(config.auth.bootstrapKey).toBe(`vgk_${'a'.repeat(64)}`);
    expect(config.metrics.token).toBe('m'.repeat(32));
    expect(config.cors.origins).toEqual(['https://app.example.com']);
  });

  it('refuses DUOMI_SIMULATOR=false without DUOMI_BASE_URL, naming DUOMI_BASE_URL', () => {
    expect(() => loadConfig(gatewayEnvironment({ DUOMI_SIMULATOR: 'false' }))).toThrow(ConfigError);
    expect(() => loadConfig(gatewayEnvironment({ DUOMI_SIMULATOR: 'false' }))).toThrow(/DUOMI_BASE_URL/);
  });

  it('has a Redis service behind a profile, for several gateways', () => {
    expect(redis?.image).toMatch(/^redis:/);
    expect(redis?.profiles).toEqual(['redis']);
    expect(gateway?.environment).toHaveProperty('REDIS_URL');
    expect(loadConfig(gatewayEnvironment({ REDIS_URL: 'redis://redis:6379' })).redis?.url).toBe('redis://redis:6379');
  });
});
