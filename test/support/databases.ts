import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The local Postgres server the suite creates its databases on (see .ci/run). */
export const postgresServerUrl = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export type DatabaseKind = 'postgres' | 'pglite';
export const databaseKinds: DatabaseKind[] = ['postgres', 'pglite'];

/** The env a gateway needs for a fresh, empty database of the kind; drop() removes it. */
export async function freshDatabase(kind: DatabaseKind): Promise<{ env: Record<string, string>; url?: string; drop: () => Promise<void> }> {
  if (kind === 'pglite') return { env: { DATA_DIR: 'memory://' }, drop: async () => {} };
  const name = `gw_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(postgresServerUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    url: url.toString(),
    drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: postgresServerUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
