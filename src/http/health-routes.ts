import type { Database } from '../db/database.js';
import { sendJson, type Route } from './routes.js';

export function healthRoutes(db: Database): Route[] {
  return [
    { method: 'GET', path: '/healthz', handler: (_req, res) => sendJson(res, 200, { status: 'ok' }) },
    {
      method: 'GET',
      path: '/readyz',
      handler: async (_req, res, { logger }) => {
        const database = await db.prisma.$queryRaw`SELECT 1`.then(
          () => 'ok' as const,
          (error: unknown) => {
            logger.warn({ err: error }, 'readiness: database check failed');
            return 'unavailable' as const;
          },
        );
        sendJson(res, database === 'ok' ? 200 : 503, { status: database === 'ok' ? 'ready' : 'not ready', database });
      },
    },
  ];
}
