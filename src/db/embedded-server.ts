import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { EmbeddedWorkerData, FromEmbeddedWorker } from './embedded-worker.js';

/** Where `pg` reaches the embedded database: a Unix socket's folder and port, as libpq names it. */
export type EmbeddedServer = { host: string; port: number; stop: () => Promise<void> };

const PORT = 5432;

/**
 * The worker's entry: built, dist/db/embedded-worker.js; from the sources (npm start, vitest) the
 * .ts file, loaded through tsx's loader, which a worker does not inherit on Node 20.
 */
function workerEntry(): URL {
  const ext = extname(fileURLToPath(import.meta.url));
  const entry = new URL(`./embedded-worker${ext}`, import.meta.url);
  if (ext !== '.ts') return entry;
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href.replace(/\.cjs$/, '.mjs');
  const source = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(entry.href)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(source)}`);
}

/**
 * Starts PGlite on `dataDir` in a worker thread (embedded-worker.ts), serving the Postgres
 * protocol on a Unix socket in a fresh folder only this user can enter. Resolves once it listens;
 * stop() closes the database (a clean shutdown) and removes the socket's folder.
 */
export async function startEmbeddedServer(dataDir: string): Promise<EmbeddedServer> {
  const socketDir = await mkdtemp(join(tmpdir(), 'video-gateway-pglite-'));
  await chmod(socketDir, 0o700);
  const worker = new Worker(workerEntry(), {
    workerData: { dataDir, socketPath: join(socketDir, `.s.PGSQL.${PORT}`) } satisfies EmbeddedWorkerData,
    // Not the process's flags: its --import hooks (a test runner's, the bench's) are not for this thread.
    execArgv: [],
  });
  const next = () =>
    new Promise<FromEmbeddedWorker>((resolve, reject) => {
      const onMessage = (message: FromEmbeddedWorker) => {
        cleanup();
        resolve(message);
      };
      const onError = (error: Error) => {
        cleanup();
        reject(error);
      };
      const onExit = (code: number) => {
        cleanup();
        reject(new Error(`the embedded database's thread exited (${code})`));
      };
      const cleanup = () => {
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      };
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    });
  const started = await next().catch((error: unknown) => ({ type: 'failed', message: (error as Error).message }) as const);
  if (started.type !== 'listening') {
    await worker.terminate();
    await rm(socketDir, { recursive: true, force: true });
    throw new Error(started.type === 'failed' ? started.message : 'the embedded database did not start');
  }
  let stopping: Promise<void> | undefined;
  return {
    host: socketDir,
    port: PORT,
    stop: () =>
      (stopping ??= (async () => {
        const closed = next().catch(() => undefined);
        worker.postMessage('close');
        await closed;
        await worker.terminate();
        await rm(socketDir, { recursive: true, force: true });
      })()),
  };
}
