import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshDatabase } from './support/databases.js';
import { useDisposables } from './support/disposables.js';
import { gql } from './support/graphql.js';
import { spawnGateway, type GatewayProcess } from './support/process.js';

describe('starting and stopping the gateway process', () => {
  const using = useDisposables();
  const killOnExit = (p: GatewayProcess) => using(p, (g) => g.child.exitCode === null && g.child.kill('SIGKILL'));

  it('refuses a bad PORT with one clear line and a non-zero exit', async () => {
    const gateway = killOnExit(spawnGateway({ PORT: 'eighty', DATA_DIR: 'memory://' }));
    expect((await gateway.exited).code).not.toBe(0);
    expect(gateway.output().trim().split('\n')).toEqual([expect.stringMatching(/^Invalid configuration: PORT must be a whole number/)]);
  });

  it('refuses an unreachable DATABASE_URL with one clear line, never printing the password', async () => {
    const gateway = killOnExit(spawnGateway({ PORT: '0', DATABASE_URL: 'postgresql://postgres:hunter2@127.0.0.1:1/nowhere' }));
    expect((await gateway.exited).code).not.toBe(0);
    const lines = gateway.output().trim().split('\n');
    expect(lines).toEqual([expect.stringMatching(/^Database unavailable: .*127\.0\.0\.1:1/)]);
    expect(lines[0]).not.toContain('hunter2');
  });

  it('serves on an embedded database kept in DATA_DIR, and keeps its rows across a restart', async () => {
    const dataDir = using(mkdtempSync(join(tmpdir(), 'gw-data-')), (dir) => rmSync(dir, { recursive: true, force: true }));
    const first = killOnExit(spawnGateway({ PORT: '0', DATA_DIR: dataDir }));
    const url = await first.ready;
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${url}/readyz`)).json()).toEqual({ status: 'ready', database: 'ok' });
    const graphiql = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
    expect(graphiql.headers.get('content-type')).toMatch(/text\/html/);
    expect(await graphiql.text()).toMatch(/graphiql/i);
    expect(await gql(url, '{ health }')).toEqual({ data: { health: 'ok' } });
    expect(first.output()).toContain('applied migrations');
    expect(first.output()).toContain('DUOMI_BASE_URL is not set: using the built-in DuomiAPI simulator');

    // A row written through the embedded database must survive the restart.
    const { PGlite } = await import('@electric-sql/pglite');
    first.child.kill('SIGTERM');
    expect(await first.exited).toEqual({ code: 0, signal: null });
    const direct = new PGlite(dataDir);
    await direct.query(
      `INSERT INTO "Job" (id, provider, input) VALUES ('01939d1c-0000-7000-8000-000000000001', 'PIKA', '{"prompt":"kept"}')`,
    );
    await direct.close();

    const second = killOnExit(spawnGateway({ PORT: '0', DATA_DIR: dataDir }));
    await second.ready;
    expect(second.output()).not.toContain('applied migrations');
    second.child.kill('SIGTERM');
    expect((await second.exited).code).toBe(0);
    const reopened = new PGlite(dataDir);
    const { rows } = await reopened.query<{ input: { prompt: string } }>(`SELECT input FROM "Job"`);
    await reopened.close();
    expect(rows).toEqual([{ input: { prompt: 'kept' } }]);
  });

  it('runs a job through the built-in simulator without ever logging the key or a callback token', async () => {
    const database = using(await freshDatabase('postgres'), (d) => d.drop());
    const gateway = killOnExit(
      spawnGateway({ PORT: '0', DATABASE_URL: database.url!, DUOMI_API_KEY: 'sk-very-secret-key-42', LOG_LEVEL: 'debug' }),
    );
    const url = await gateway.ready;
    const created = await gql<{ generateVideo: { id: string } }>(
      url,
      'mutation { generateVideo(input: { pika: { prompt: "a cat", ratio: RATIO_1_1, options: { frameRate: 12 } } }) { id } }',
    );
    const id = created.data!.generateVideo.id;
    await expect
      .poll(async () => (await gql<{ videoJob: { status: string } }>(url, `{ videoJob(id: "${id}") { status } }`)).data?.videoJob.status, {
        timeout: 10_000,
      })
      .toBe('SUCCEEDED');
    gateway.child.kill('SIGTERM');
    await gateway.exited;
    const log = gateway.output();
    expect(log).toMatch(/"path":"\/callbacks\/duomi\/[0-9a-f-]+","status":200/);
    expect(log).not.toContain('sk-very-secret-key-42');
    expect(log).not.toMatch(/token=/);
  });

  it('migrates a Postgres server named by DATABASE_URL, and exits 0 on SIGINT', async () => {
    const database = using(await freshDatabase('postgres'), (d) => d.drop());
    const gateway = killOnExit(spawnGateway({ PORT: '0', DATABASE_URL: database.url! }));
    const url = await gateway.ready;
    expect(await gql(url, '{ health }')).toEqual({ data: { health: 'ok' } });
    gateway.child.kill('SIGINT');
    expect(await gateway.exited).toEqual({ code: 0, signal: null });
    expect(gateway.output()).toMatch(/"msg":"stopped"/);
  });
});
