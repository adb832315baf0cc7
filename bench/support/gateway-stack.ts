import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KnobsInput } from '../../src/provider/simulator/knobs.js';
import { freshDatabase } from '../../test/support/databases.js';
import { freePort, startServer, type ServerProcess } from './servers.js';

export const benchSecret = 'bench-callback-secret-0123456789abcdef';
const apiKey = 'bench-key';
/** The gateway's bootstrap admin key (production refuses to start without a key) and /metrics token. */
export const benchKey = 'vgk_bench-admin-key-0123456789abcdefghijkl';
export const benchMetricsToken = 'bench-metrics-token-0123456789';
/** What every bench request to the gateway sends (the bare server ignores it). */
export const benchHeaders = { authorization: `Bearer ${benchKey}` };

export type GatewayStack = {
  gateway: ServerProcess;
  databaseUrl?: string;
  /** Stops the gateway and the simulator, keeping the database for a baseline on it. */
  stopServers: () => Promise<void>;
  /** Stops everything and removes the database. */
  stop: () => Promise<void>;
};

/**
 * The gateway as deployed (src/main.ts, NODE_ENV=production) with the simulator in a process of
 * its own, as DuomiAPI would be, on a fresh Postgres database or an embedded one in a temp dir.
 * Request logs are off (LOG_LEVEL=warn): the bare baseline logs nothing either.
 */
export async function startGatewayStack(database: 'postgres' | 'pglite', knobs: KnobsInput = {}): Promise<GatewayStack> {
  const [simulatorPort, port] = [await freePort(), await freePort()];
  const simulator = await startServer('src/provider/simulator/main.ts', {
    port: simulatorPort,
    args: ['--port', String(simulatorPort), '--key', apiKey, '--knobs', JSON.stringify(knobs)],
  });
  const db = database === 'postgres' ? await freshDatabase('postgres') : undefined;
  const dataDir = database === 'pglite' ? await mkdtemp(join(tmpdir(), 'bench-pglite-')) : undefined;
  const gateway = await startServer('src/main.ts', {
    port,
    env: {
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      CALLBACK_SECRET: benchSecret,
      DUOMI_BASE_URL: simulator.url,
      DUOMI_API_KEY: apiKey,
      LOG_LEVEL: 'warn',
      ADMIN_API_KEY: benchKey,
      METRICS_TOKEN: benchMetricsToken,
      // The bench measures throughput, not the limits: one key makes every call and connection.
      RATE_LIMIT_PER_MINUTE: '1000000000',
      MAX_CONNECTIONS_PER_KEY: '1000000',
      ...(db ? { DATABASE_URL: db.url! } : { DATA_DIR: dataDir! }),
    },
  }).catch(async (error: unknown) => {
    // A gateway that does not start leaves nothing behind: no simulator, database or folder.
    await simulator.stop();
    await db?.drop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
    throw error;
  });
  const stopServers = async () => {
    await gateway.stop();
    await simulator.stop();
  };
  return {
    gateway,
    databaseUrl: db?.url,
    stopServers,
    stop: async () => {
      await stopServers();
      await db?.drop();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The bare yoga + graphql-ws baseline server (bare-server.ts) in its own process. */
export async function startBareServer(): Promise<ServerProcess> {
  const port = await freePort();
  return startServer('bench/support/bare-server.ts', { port, args: ['--port', String(port)] });
}
