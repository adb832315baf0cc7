import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import type { Config } from '../config/env.js';
import { PrismaClient } from './generated/client.js';
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
  const db = config.kind === 'postgres' ? openPostgres(config.url) : openEmbedded(config.dataDir);
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

function openEmbedded(dataDir: string): Database {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const pglite = new PGlite(dataDir);
  const adapter = new PrismaPGlite(pglite);
  const prisma = new PrismaClient({ adapter });
  return {
    prisma,
    adapter,
    describe: `embedded Postgres (PGlite) in ${dataDir}`,
    close: async () => {
      await prisma.$disconnect();
      if (!pglite.closed) await pglite.close();
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
