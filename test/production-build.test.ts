import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureProductionBuild } from './support/build.js';
import { serviceEnvironment } from './support/compose.js';
import { freshDatabase } from './support/databases.js';
import { useDisposables } from './support/disposables.js';
import { gql, subscribeWs, wsClient } from './support/graphql.js';
import { GenerateVideo, VideoJobUpdated } from './support/operations.js';
import { minimalPika } from './support/pika.js';
import { freePort } from './support/ports.js';
import { spawnBuiltGateway, type GatewayProcess } from './support/process.js';

// The production path, as the image runs it: `node dist/main.js` (no TypeScript loader, no
// esbuild), NODE_ENV=production and the rest of docker-compose.yml's environment. The image's
// other half, production dependencies only, is checked on what dist/ imports.

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const adminKey = `vgk_${'k'.repeat(20)}production-test-key`;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

describe('the production build', () => {
  const using = useDisposables();
  const killOnExit = (p: GatewayProcess) => using(p, (g) => g.child.exitCode === null && g.child.kill('SIGKILL'));

  beforeAll(() => ensureProductionBuild(), 120_000);

  it('runs as the image does, on Postgres, with the compose environment and ADMIN_API_KEY: a job reaches SUCCEEDED with that key', async () => {
    const database = using(await freshDatabase('postgres'), (d) => d.drop());
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    // What compose hands the container, but for where this test's Postgres and port are.
    const env = {
      ...serviceEnvironment('gateway', { ADMIN_API_KEY: adminKey }),
      DATABASE_URL: database.url!,
      PORT: String(port),
      PUBLIC_URL: url,
      HOST: '127.0.0.1',
    };
    expect(env).toMatchObject({ NODE_ENV: 'production', DUOMI_SIMULATOR: 'true', ADMIN_API_KEY: adminKey });
    const gateway = killOnExit(spawnBuiltGateway(env));
    expect(await gateway.ready).toBe(url);

    expect(await (await fetch(`${url}/readyz`)).json()).toEqual({ status: 'ready', database: 'ok' });
    const anonymous = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ videoJobs(first: 1) { edges { cursor } } }' }),
    });
    expect(anonymous.status).toBe(401);
    expect((await (await fetch(`${url}/metrics`)).json()) as unknown).toMatchObject({ error: 'UNAUTHENTICATED' });

    const auth = { authorization: `Bearer ${adminKey}` };
    const created = await gql(url, GenerateVideo, { input: { pika: minimalPika('a lighthouse, in production') } }, auth);
    const id = created.data!.generateVideo.id;
    const client = using(wsClient(`${url.replace('http', 'ws')}/graphql`, auth), (c) => c.dispose());
    const updates = await subscribeWs(client, VideoJobUpdated, { id }).done;
    expect(updates.at(-1)?.data?.videoJobUpdated).toMatchObject({ status: 'SUCCEEDED', videoUrl: expect.stringMatching(/^http/) });

    // The dashboard is the prebuilt bundle, under the page policy.
    const page = await fetch(`${url}/dashboard`);
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect((await fetch(`${url}/dashboard/app.js`)).status).toBe(200);

    gateway.child.kill('SIGTERM');
    expect(await gateway.exited).toEqual({ code: 0, signal: null });
    const lines = gateway
      .output()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { level: number; msg: string });
    expect(lines).toContainEqual(expect.objectContaining({ level: 40, msg: expect.stringContaining('built-in DuomiAPI simulator') }));
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 30, msg: expect.stringMatching(/^ADMIN_API_KEY stored as an admin key/) }),
    );
    expect(lines.filter((l) => l.level >= 50)).toEqual([]);
    expect(gateway.output()).not.toContain(adminKey);
  });

  it('refuses to start in production without an upstream, in one line naming DUOMI_BASE_URL', async () => {
    const { DUOMI_SIMULATOR: _flag, ...env } = serviceEnvironment('gateway');
    const gateway = killOnExit(spawnBuiltGateway({ ...env, PORT: '0' }));
    expect((await gateway.exited).code).not.toBe(0);
    expect(gateway.output().trim().split('\n')).toEqual([
      expect.stringMatching(/^Invalid configuration: DUOMI_BASE_URL is required in production/),
    ]);
  });

  it('holds the compiled server, the Prisma client and the dashboard bundle, and imports only production dependencies', () => {
    const files = filesUnder(dist).map((f) => f.slice(dist.length + 1));
    expect(files).toEqual(
      expect.arrayContaining(['main.js', 'db/generated/client.js', 'dashboard/app.js', 'dashboard/index.html', 'dashboard/styles.css']),
    );
    expect(files.filter((f) => f.endsWith('.ts'))).toEqual([]);

    const { dependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const imported = new Set<string>();
    for (const file of files.filter((f) => f.endsWith('.js') && !f.startsWith('dashboard/'))) {
      const code = readFileSync(join(dist, file), 'utf8');
      for (const [, specifier] of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"'./][^"']*)["']/g)) {
        const name = specifier!.startsWith('@') ? specifier!.split('/').slice(0, 2).join('/') : specifier!.split('/')[0]!;
        if (!name.startsWith('node:') && !builtinModules.includes(name)) imported.add(name);
      }
    }
    // esbuild is imported only where no prebuilt bundle exists (development), so dist never loads it.
    const needed = [...imported].filter((name) => name !== 'esbuild');
    expect(needed.filter((name) => !(name in dependencies))).toEqual([]);
    expect(needed).toEqual(expect.arrayContaining(['@prisma/client', '@prisma/schema-engine-wasm', 'graphql-yoga']));
  });
});
