import type { Registry } from 'prom-client';
import type { Route } from './routes.js';

/** GET /metrics: the app's Prometheus metrics, in the text exposition format. */
export function metricsRoute(registry: Registry): Route {
  return {
    method: 'GET',
    path: '/metrics',
    handler: async (_req, res) => {
      const body = await registry.metrics();
      res.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' });
      res.end(body);
    },
  };
}
