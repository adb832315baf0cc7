// `npm run db:migrate` applies prisma/migrations to the configured database (as on start).
// `npm run db:diff -- --name <name>` writes the migration that takes prisma/migrations to schema.prisma,
// replayed on an in-memory shadow database, in place of `prisma migrate dev`.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { loadConfig } from '../config/env.js';
import { openDatabase } from './database.js';
import { diffMigrationsToSchema, migrationsDir } from './migrations.js';

const [command, ...rest] = process.argv.slice(2);

if (command === 'migrate') {
  const db = await openDatabase(loadConfig().database);
  console.log(db.applied.length ? `Applied ${db.applied.join(', ')} to ${db.describe}` : `${db.describe} is up to date`);
  await db.close();
} else if (command === 'diff') {
  const { values } = parseArgs({ args: rest, options: { name: { type: 'string' } } });
  const sql = await diffMigrationsToSchema(new PrismaPGlite(new PGlite()));
  if (!sql) {
    console.log('prisma/migrations already matches schema.prisma');
  } else if (!values.name) {
    console.log(sql);
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
    const dir = join(migrationsDir, `${stamp}_${values.name.replace(/\W+/g, '_')}`);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'migration.sql'), sql);
    console.log(`Wrote ${dir}/migration.sql`);
  }
} else {
  console.error('usage: db migrate | db diff [--name <name>]');
  process.exit(2);
}
// PGlite and the schema engine leave 10 s timers behind; nothing else is pending here.
process.exit(0);
