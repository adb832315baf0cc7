import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { MigrationList } from '@prisma/schema-engine-wasm';
import { withSchemaEngine } from './schema-engine.js';

export const prismaDir = resolve(import.meta.dirname, '../../prisma');
export const migrationsDir = join(prismaDir, 'migrations');
export const schemaPath = join(prismaDir, 'schema.prisma');

const noFilter = { externalTables: [], externalEnums: [] };

/** Reads prisma/migrations the way the Prisma CLI does, for the schema engine. */
export async function readMigrations(dir = migrationsDir): Promise<MigrationList> {
  const lockPath = join(dir, 'migration_lock.toml');
  const folders = existsSync(dir)
    ? (await readdir(dir, { withFileTypes: true }))
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort()
    : [];
  return {
    baseDir: dir,
    lockfile: { path: 'migration_lock.toml', content: existsSync(lockPath) ? await readFile(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: await Promise.all(
      folders.map(async (name) => ({
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: { tag: 'ok' as const, value: await readFile(join(dir, name, 'migration.sql'), 'utf8') },
        },
      })),
    ),
  };
}

/** Applies the pending folders of prisma/migrations, exactly as `prisma migrate deploy` would. */
export async function applyMigrations(adapter: SqlMigrationAwareDriverAdapterFactory): Promise<string[]> {
  const migrationsList = await readMigrations();
  return withSchemaEngine(adapter, undefined, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: noFilter });
    return appliedMigrationNames;
  });
}

/**
 * The SQL that takes a database built from prisma/migrations to schema.prisma; empty when they agree.
 * The adapter's shadow database replays the migrations.
 */
export async function diffMigrationsToSchema(adapter: SqlMigrationAwareDriverAdapterFactory): Promise<string> {
  const content = await readFile(schemaPath, 'utf8');
  const migrations = await readMigrations();
  const from = migrations.migrationDirectories.length > 0 ? { tag: 'migrations' as const, ...migrations } : { tag: 'empty' as const };
  return withSchemaEngine(adapter, { path: schemaPath, content }, async (engine) => {
    const { stdout } = await engine.diff({
      from,
      to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content }] },
      script: true,
      exitCode: null,
      filters: noFilter,
    });
    return isEmptyScript(stdout ?? '') ? '' : (stdout ?? '');
  });
}

function isEmptyScript(sql: string): boolean {
  return sql.split('\n').every((line) => line.trim() === '' || line.trim().startsWith('--'));
}
