import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import type { Route } from './routes.js';

const sources = resolve(import.meta.dirname, '../dashboard');

type Asset = { body: string | Uint8Array; type: string };
type Assets = Record<'/dashboard' | '/dashboard/app.js' | '/dashboard/styles.css', Asset>;

async function loadAssets(): Promise<Assets> {
  const [html, styles, bundle] = await Promise.all([
    readFile(resolve(sources, 'index.html'), 'utf8'),
    readFile(resolve(sources, 'styles.css'), 'utf8'),
    build({
      entryPoints: [resolve(sources, 'main.ts')],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      legalComments: 'none',
      logLevel: 'silent',
    }),
  ]);
  return {
    '/dashboard': { body: html, type: 'text/html; charset=utf-8' },
    '/dashboard/app.js': { body: bundle.outputFiles[0]!.contents, type: 'text/javascript; charset=utf-8' },
    '/dashboard/styles.css': { body: styles, type: 'text/css; charset=utf-8' },
  };
}

// Videos and posters come from the provider's hosts; everything else from here.
const contentSecurityPolicy = "default-src 'self'; img-src * data:; media-src *; connect-src 'self' ws: wss:; base-uri 'none'; form-action 'none'";

/**
 * GET /dashboard, the live jobs page, and its script and styles. The script is bundled from
 * src/dashboard/ by esbuild on the first request and kept in memory.
 */
export function dashboardRoutes(): Route[] {
  let assets: Promise<Assets> | undefined;
  const load = () =>
    (assets ??= loadAssets().catch((error: unknown) => {
      assets = undefined; // a failed build is tried again on the next request
      throw error;
    }));
  return (['/dashboard', '/dashboard/app.js', '/dashboard/styles.css'] as const).map((path) => ({
    method: 'GET',
    path,
    handler: async (_req, res) => {
      const { body, type } = (await load())[path];
      res.writeHead(200, {
        'content-type': type,
        'content-length': Buffer.byteLength(body),
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
        'content-security-policy': contentSecurityPolicy,
      });
      res.end(body);
    },
  }));
}
