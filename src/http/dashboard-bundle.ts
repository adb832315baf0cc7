import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BuildOptions } from 'esbuild';

/** The dashboard script's bundle, the same at build time (`npm run build`) and from source. */
export function dashboardBundleOptions(sources: string): BuildOptions {
  return {
    entryPoints: [join(sources, 'main.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  };
}

/**
 * The dashboard's script: `app.js` beside the page when `npm run build` made it (dist/, where
 * esbuild is not installed), else bundled now from the TypeScript sources (development).
 */
export async function dashboardScript(sources: string): Promise<Uint8Array> {
  const prebuilt = join(sources, 'app.js');
  if (existsSync(prebuilt)) return readFile(prebuilt);
  const { build } = await import('esbuild');
  const result = await build({ ...dashboardBundleOptions(sources), write: false });
  return result.outputFiles[0]!.contents;
}
