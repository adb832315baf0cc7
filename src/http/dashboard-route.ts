import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { dashboardScript } from './dashboard-bundle.js';
import type { Route } from './routes.js';

const sources = resolve(import.meta.dirname, '../dashboard');

type Asset = { body: string | Uint8Array; type: string };
type Assets = Record<'/dashboard' | '/dashboard/app.js' | '/dashboard/styles.css', Asset>;

async function loadAssets(): Promise<Assets> {
  const [html, styles, bundle] = await Promise.all([
    readFile(resolve(sources, 'index.html'), 'utf8'),
    readFile(resolve(sources, 'styles.css'), 'utf8'),
    dashboardScript(sources),
  ]);
  return {
    '/dashboard': { body: html, type: 'text/html; charset=utf-8' },
    '/dashboard/app.js': { body: bundle, type: 'text/javascript; charset=utf-8' },
    '/dashboard/styles.css': { body: styles, type: 'text/css; charset=utf-8' },
  };
}

/**
 * GET /dashboard, the live jobs page, and its script and styles (prebuilt by `npm run build`, or
 * bundled from src/dashboard/ by esbuild on the first request), kept in memory. The HTTP layer
 * sets the security headers (src/http/security-headers.ts).
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
      });
      res.end(body);
    },
  }));
}
