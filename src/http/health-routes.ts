import type { Database } from '../db/database.js';
import { isBackendUnavailable, unavailableReason } from '../db/unavailable.js';
import type { RedisEventTarget } from '../jobs/redis-pubsub.js';
import type { Logger } from '../observability/logger.js';
import { sendJson, type Route } from './routes.js';

async function check(name: string, probe: () => Promise<unknown>, logger: Logger): Promise<'ok' | 'unavailable'> {
  try {
    await probe();
    return 'ok';
  } catch (error) {
    // A probe every few seconds while a backend is down: its reason, not a stack each time.
    logger.warn(isBackendUnavailable(error) ? { reason: unavailableReason(error) } : { err: error }, `readiness: ${name} check failed`);
    return 'unavailable';
  }
}

/** `/healthz`: the process serves. `/readyz`: and its database (and Redis, where used) answer. */
export function healthRoutes(db: Database, redis?: RedisEventTarget): Route[] {
  return [
    { method: 'GET', path: '/healthz', handler: (_req, res) => sendJson(res, 200, { status: 'ok' }) },
    {
      method: 'GET',
      path: '/readyz',
      handler: async (_req, res, { logger }) => {
        const checks = {
          database: await check('database', () => db.prisma.$queryRaw`SELECT 1`, logger),
          ...(redis ? { redis: await check('redis', () => redis.ping(), logger) } : {}),
        };
        const ready = Object.values(checks).every((c) => c === 'ok');
        sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', ...checks });
      },
    },
  ];
}
