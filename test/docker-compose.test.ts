import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../src/config/env.js';

const root = resolve(import.meta.dirname, '..');
type Service = {
  image?: string;
  build?: string;
  environment?: Record<string, string>;
  volumes?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  ports?: string[];
};
const compose = parse(readFileSync(resolve(root, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};

/** Substitutes ${VAR:-default} and ${VAR:?message} the way compose does, from `env`. */
function interpolate(value: string, env: Record<string, string>): string {
  return value.replace(/\$\{(\w+)(?::([-?])([^}]*))?\}/g, (_m, name: string, op?: string, arg?: string) => {
    if (env[name]) return env[name];
    if (op === '?') throw new Error(`${name}: ${arg}`);
    return op === '-' ? (arg ?? '') : '';
  });
}

describe('docker-compose.yml runs the gateway on Postgres 16', () => {
  const { postgres, gateway } = compose.services;

  it('keeps Postgres 16 data in a named volume and checks its health', () => {
    expect(postgres?.image).toMatch(/^postgres:16/);
    const volume = postgres?.volumes?.[0]?.split(':')[0];
    expect(volume && compose.volumes).toHaveProperty(volume!);
    expect(postgres?.healthcheck?.test.join(' ')).toContain('pg_isready');
  });

  it('builds the gateway from the Dockerfile and starts it once Postgres is healthy', () => {
    expect(gateway?.build).toBe('.');
    expect(readFileSync(resolve(root, 'Dockerfile'), 'utf8')).toMatch(/CMD .*src\/main\.ts/);
    expect(gateway?.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    expect(gateway?.ports).toContain('4000:4000');
  });

  it('wires DATABASE_URL to the postgres service with its own credentials, into a valid config', () => {
    const env = Object.fromEntries(
      Object.entries(gateway!.environment!).map(([k, v]) => [k, interpolate(v, { CALLBACK_SECRET: 'x'.repeat(40) })]),
    );
    const url = new URL(env.DATABASE_URL!);
    const pgEnv = postgres!.environment!;
    expect([url.hostname, url.port, url.username, url.password, url.pathname]).toEqual([
      'postgres',
      '5432',
      pgEnv.POSTGRES_USER,
      pgEnv.POSTGRES_PASSWORD,
      `/${pgEnv.POSTGRES_DB}`,
    ]);
    const config = loadConfig(env);
    expect(config.env).toBe('production');
    expect(config.database.kind).toBe('postgres');
    expect(config.http.port).toBe(4000);
  });

  it('refuses to start without a callback secret', () => {
    expect(() => interpolate(gateway!.environment!.CALLBACK_SECRET!, {})).toThrow(/CALLBACK_SECRET/);
  });
});
