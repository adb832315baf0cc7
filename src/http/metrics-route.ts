import { createHash, timingSafeEqual } from 'node:crypto';
import type { Registry } from 'prom-client';
import type { Config } from '../config/env.js';
import { sendJson, type Route } from './routes.js';

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * GET /metrics: the app's Prometheus metrics, in the text exposition format. With METRICS_TOKEN
 * it needs `Authorization: Bearer <token>` (compared in constant time); without one it is open
 * outside production and closed in production.
 */
export function metricsRoute(registry: Registry, access: Config['metrics']): Route {
  const expected = access.token ? digest(access.token) : undefined;
  return {
    method: 'GET',
    path: '/metrics',
    handler: async (req, res) => {
      if (!access.open) {
        const presented = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1]?.trim();
        if (!expected || !presented || !timingSafeEqual(digest(presented), expected)) {
          const message = expected
            ? 'send the METRICS_TOKEN as "Authorization: Bearer <token>"'
            : 'set METRICS_TOKEN to scrape /metrics in production';
          return sendJson(res, 401, { error: 'UNAUTHENTICATED', message }, { 'www-authenticate': 'Bearer realm="metrics"' });
        }
      }
      const body = await registry.metrics();
      res.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' });
      res.end(body);
    },
  };
}
