import { mkdirSync } from 'node:fs';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { Config } from '../config/env.js';
import { PrismaClient } from './generated/client.js';
import { startEmbeddedServer } from './embedded-server.js';
import { applyMigrations } from './migrations.js';

export type Database = {
  prisma: PrismaClient;
  /** The same driver adapter the client uses, for the schema engine. */
  adapter: SqlMigrationAwareDriverAdapterFactory;
  describe: string;
  close(): Promise<void>;
};

export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

/** Opens the configured database (a Postgres server, or PGlite in DATA_DIR) and migrates it. */
export async function openDatabase(config: Config['database']): Promise<Database & { applied: string[] }> {
  const db = config.kind === 'postgres' ? openPostgres(config.url) : await openEmbedded(config.dataDir);
  try {
    const applied = await applyMigrations(db.adapter);
    return { ...db, applied };
  } catch (error) {
    await db.close().catch(() => {});
    throw new DatabaseUnavailableError(`cannot migrate ${db.describe}: ${describeError(error)}`, { cause: error });
  }
}

function openPostgres(url: string): Database {
  const adapter = new PrismaPg({ connectionString: url, max: 20, connectionTimeoutMillis: 5_000 });
  const prisma = new PrismaClient({ adapter });
  return { prisma, adapter, describe: `Postgres at ${redactUrl(url)}`, close: () => prisma.$disconnect() };
}

/**
 * PGlite on its own thread, spoken to over `pg` like Postgres (see embedded-server.ts). One
 * connection: PGlite runs one statement at a time anyway, and pglite-socket interleaves the
 * messages of concurrent connections, which the extended protocol cannot survive.
 */
async function openEmbedded(dataDir: string): Promise<Database> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const server = await startEmbeddedServer(dataDir).catch((error: unknown) => {
    throw new DatabaseUnavailableError(`cannot open embedded Postgres (PGlite) in ${dataDir}: ${describeError(error)}`, { cause: error });
  });
  const adapter = new PrismaPg({ host: server.host, port: server.port, user: 'postgres', database: 'postgres', max: 1 });
  const prisma = new PrismaClient({ adapter });
  return {
    prisma,
    adapter,
    describe: `embedded Postgres (PGlite) in ${dataDir}`,
    close: async () => {
      await prisma.$disconnect();
      await server.stop();
    },
  };
}

export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    u.search = '';
    return u.toString();
  } catch {
    return '(unparseable URL)';
  }
}

function describeError(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return describeError(error.errors[0]);
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    const msg = error.message.split('\n')[0] || error.name;
    return typeof code === 'string' && !msg.includes(code) ? `${code} ${msg}` : msg;
  }
  return String(error);
}
