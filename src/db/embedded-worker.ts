// The embedded database's own thread: PGlite (Postgres compiled to WASM) on DATA_DIR, served in
// Postgres' wire protocol on a Unix socket by pglite-socket. The gateway's thread only speaks `pg`
// to it, as it does to a Postgres server, so no statement runs on the thread that serves requests.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export type EmbeddedWorkerData = { dataDir: string; socketPath: string };
export type FromEmbeddedWorker = { type: 'listening' } | { type: 'failed'; message: string } | { type: 'closed' };

const { dataDir, socketPath } = workerData as EmbeddedWorkerData;
const port = parentPort!;
const send = (message: FromEmbeddedWorker) => port.postMessage(message);

try {
  const db = await PGlite.create(dataDir);
  // A few connections, for a pool that replaces one while the last is closing; the gateway uses
  // one at a time (database.ts), since concurrent ones would interleave their protocol messages.
  const server = new PGLiteSocketServer({ db, path: socketPath, maxConnections: 4 });
  await server.start();
  port.on('message', (message: unknown) => {
    if (message !== 'close') return;
    void (async () => {
      await server.stop();
      if (!db.closed) await db.close();
      send({ type: 'closed' });
      port.close();
    })();
  });
  send({ type: 'listening' });
} catch (error) {
  send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
}
