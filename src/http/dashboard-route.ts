import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InvalidApiKeyError, type ApiKeys } from '../auth/api-keys.js';
import { authenticate, MissingApiKeyError } from '../auth/authenticate.js';
import { dashboardScript } from './dashboard-bundle.js';
import { sendJson, type Route } from './routes.js';

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
export function dashboardRoutes(apiKeys: ApiKeys): Route[] {
  let assets: Promise<Assets> | undefined;
  const load = () =>
    (assets ??= loadAssets().catch((error: unknown) => {
      assets = undefined; // a failed build is tried again on the next request
      throw error;
    }));
  return [
    ...(['/dashboard', '/dashboard/app.js', '/dashboard/styles.css'] as const).map(
      (path): Route => ({
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
      }),
    ),
    accessRoute(apiKeys),
  ];
}

/**
 * GET /dashboard/access: whether the `Authorization` sent (or none) gives access, always as 200
 * (`granted`, or `denied` with the reason), so the page asks for a key without a 401 in the
 * browser's console. It tells no more than a GraphQL request's 401 would.
 */
function accessRoute(apiKeys: ApiKeys): Route {
  return {
    method: 'GET',
    path: '/dashboard/access',
    handler: async (req, res) => {
      try {
        await authenticate(apiKeys, req.headers.authorization);
        sendJson(res, 200, { access: 'granted' }, { 'cache-control': 'no-store' });
      } catch (error) {
        if (!(error instanceof InvalidApiKeyError || error instanceof MissingApiKeyError)) throw error;
        sendJson(
          res,
          200,
          { access: 'denied', reason: error instanceof MissingApiKeyError ? 'missing' : 'invalid', message: error.message },
          { 'cache-control': 'no-store' },
        );
      }
    },
  };
}
