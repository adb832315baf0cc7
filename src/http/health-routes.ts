import type { Database } from '../db/database.js';
import type { RedisLink } from '../pubsub/redis-link.js';
import { isBackendUnavailable, unavailableReason } from '../db/unavailable.js';
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

/**
 * `/healthz`: the process serves. `/readyz`: and its database answers; Redis, where used, is `ok`
 * or `degraded` (the instance then runs alone), which fails readiness only if `required` (READY_REQUIRES_REDIS).
 * While the instance drains before shutting down (`draining()`), `/readyz` answers 503 at once.
 */
export function healthRoutes(db: Database, redis: { link: RedisLink; required: boolean } | undefined, draining: () => boolean): Route[] {
  return [
    { method: 'GET', path: '/healthz', handler: (_req, res) => sendJson(res, 200, { status: 'ok' }) },
    {
      method: 'GET',
      path: '/readyz',
      handler: async (_req, res, { logger }) => {
        if (draining()) return sendJson(res, 503, { status: 'shutting down' });
        const checks = {
          database: await check('database', () => db.prisma.$queryRaw`SELECT 1`, logger),
          ...(redis ? { redis: redis.link.up ? ('ok' as const) : ('degraded' as const) } : {}),
        };
        const ready = checks.database === 'ok' && (!redis?.required || checks.redis === 'ok');
        sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', ...checks });
      },
    },
  ];
}
