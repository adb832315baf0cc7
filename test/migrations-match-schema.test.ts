import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { describe, expect, it } from 'vitest';
import { applyMigrations, diffMigrationsToSchema, readMigrations } from '../src/db/migrations.js';
import { databaseKinds } from './support/databases.js';
import { startGateway } from './support/gateway.js';
import { useDisposables } from './support/disposables.js';

describe('prisma/migrations and schema.prisma never drift', () => {
  it('replaying every migration yields exactly schema.prisma (the schema engine diff is empty)', { timeout: 180_000 }, async () => {
    expect((await readMigrations()).migrationDirectories.length).toBeGreaterThan(0);
    expect(await diffMigrationsToSchema(new PrismaPGlite(new PGlite()))).toBe('');
  });
});

describe.each(databaseKinds)('migrations on %s', (kind) => {
  const using = useDisposables();

  it('are applied on start into _prisma_migrations, and a second run applies nothing', async () => {
    const gateway = using(await startGateway(kind), (g) => g.stop());
    const rows = await gateway.db.prisma.$queryRaw<{ migration_name: string; finished_at: Date | null }[]>`
      SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name`;
    const names = (await readMigrations()).migrationDirectories.map((d) => d.path);
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
    expect(await applyMigrations(gateway.db.adapter)).toEqual([]);
  });
});
