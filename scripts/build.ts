// `npm run build`: the server as plain JavaScript in dist/, for `node dist/main.js` (no TypeScript
// loader, no esbuild at run time). One output file per source file, in the same layout, so paths
// relative to a module hold (dist/db/ finds ../../prisma/migrations, dist/http/ finds
// ../dashboard/); the Prisma client generated into src/db/generated/ is compiled with the rest.
// The dashboard's script is bundled now, beside its page and styles in dist/dashboard/.
// Type checking is `npm run typecheck`'s job; this only strips types (tsconfig has isolatedModules).
//
// `--if-stale` builds only when src/ (or what else the build reads) changed since dist/ was made:
// tests that run the production build call it, so `npm test` never runs a stale dist/.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import { dashboardBundleOptions } from '../src/http/dashboard-bundle.js';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const stampFile = join(dist, 'build-stamp.json');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/** A hash of everything the build reads: the sources, this script, the lockfile (esbuild's version). */
function inputsHash(): string {
  const hash = createHash('sha256');
  const inputs = [...filesUnder(join(root, 'src')), join(root, 'scripts/build.ts'), join(root, 'package-lock.json')].sort();
  for (const file of inputs) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

function isFresh(hash: string): boolean {
  try {
    return (JSON.parse(readFileSync(stampFile, 'utf8')) as { inputs?: string }).inputs === hash;
  } catch {
    return false;
  }
}

/** One build at a time (test files run in parallel); a lock older than two minutes was abandoned. */
async function withLock<T>(use: () => Promise<T>): Promise<T> {
  const lock = join(root, 'dist.lock');
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 120_000) rmSync(lock, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    return await use();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

async function buildInto(out: string, hash: string) {
  const sources = join(root, 'src');
  const dashboard = join(sources, 'dashboard');
  const server = filesUnder(sources).filter((f) => f.endsWith('.ts') && !f.startsWith(`${dashboard}/`));
  await build({
    entryPoints: server,
    outdir: out,
    outbase: sources,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  await build({ ...dashboardBundleOptions(dashboard), outfile: join(out, 'dashboard/app.js'), write: true });
  for (const asset of ['index.html', 'styles.css']) cpSync(join(dashboard, asset), join(out, 'dashboard', asset));
  writeFileSync(join(out, 'build-stamp.json'), `${JSON.stringify({ inputs: hash, builtAt: new Date().toISOString() })}\n`);
}

const ifStale = process.argv.includes('--if-stale');
await withLock(async () => {
  const hash = inputsHash();
  if (ifStale && isFresh(hash)) return;
  const started = performance.now();
  const temporary = join(root, `dist.tmp-${process.pid}`);
  rmSync(temporary, { recursive: true, force: true });
  try {
    await buildInto(temporary, hash);
    rmSync(dist, { recursive: true, force: true });
    renameSync(temporary, dist);
  } finally {
    rmSync(temporary, { recursive: true, force: true });
  }
  console.log(`built dist/ in ${Math.round(performance.now() - started)} ms`);
});
