import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/**
 * Makes sure dist/ holds the production build of the current sources: `npm run build` when
 * anything it reads changed since (scripts/build.ts --if-stale; a lock keeps parallel files
 * from building at once), else nothing.
 */
export async function ensureProductionBuild(): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--if-stale'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((done) => child.on('exit', done));
  if (code !== 0) throw new Error(`npm run build failed (${code}):\n${output}`);
}
