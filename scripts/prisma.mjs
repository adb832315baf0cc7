#!/usr/bin/env node
// Runs the Prisma CLI. Where Prisma's native schema engine cannot be downloaded (no internet),
// `generate` still works: it never runs that engine, and the CLI skips the download when
// PRISMA_SCHEMA_ENGINE_BINARY names an existing file. Other commands need the real engine,
// so we say what to run instead. With the engine installed, this is plain `prisma`.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const enginesDir = dirname(require.resolve('@prisma/engines/package.json'));
const hasNativeEngine =
  process.env.PRISMA_SCHEMA_ENGINE_BINARY !== undefined || readdirSync(enginesDir).some((name) => name.startsWith('schema-engine'));

const env = { ...process.env };
if (!hasNativeEngine) {
  if (args[0] !== 'generate') {
    console.error(
      `prisma ${args[0] ?? ''}: Prisma's native schema engine is not installed (it downloads from the internet).\n` +
        'Use the WASM engine instead: `npm run db:migrate` applies prisma/migrations, ' +
        '`npm run db:diff -- --name <name>` writes a new migration from schema.prisma.',
    );
    process.exit(1);
  }
  env.PRISMA_SCHEMA_ENGINE_BINARY = fileURLToPath(import.meta.url);
}
const cli = require.resolve('prisma/build/index.js');
const { status } = spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit', env });
process.exit(status ?? 1);
