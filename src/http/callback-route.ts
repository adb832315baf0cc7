import type { IncomingMessage } from 'node:http';
import { isValidCallbackToken } from '../jobs/callback-token.js';
import type { JobService } from '../jobs/job-service.js';
import { isJobId } from '../jobs/job-id.js';
import type { Metrics } from '../observability/metrics.js';
import { sendJson, type Route } from './routes.js';

const MAX_BODY_BYTES = 64 * 1024;
/** DuomiAPI's payloads are a few levels deep; far deeper ones would exhaust the stack later on. */
const MAX_NESTING = 32;

/** How deep objects and arrays nest in a parsed JSON value, counted without recursion. */
function nestingOf(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > MAX_NESTING) return deepest;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return deepest;
}

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (declared > limit) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * POST /callbacks/duomi/:jobId?token=… — DuomiAPI's status callbacks. Answers 2xx only once the
 * change is stored (or known to be a repeat); anything it cannot trust gets a 4xx and changes nothing.
 */
export function callbackRoute(jobs: JobService, secret: string, metrics: Metrics['callbacks']): Route {
  return {
    method: 'POST',
    path: '/callbacks/duomi/:jobId',
    handler: async (req, res, { params, url, logger }) => {
      const { jobId } = params as { jobId: string };
      const reject = (status: number, error: string, message: string) => {
        logger.warn({ jobId, status, error }, `callback rejected: ${message}`);
        metrics.inc({ outcome: 'rejected', reason: error.toLowerCase() });
        req.resume();
        sendJson(res, status, { error, message });
      };
      if (!isJobId(jobId)) return reject(404, 'UNKNOWN_JOB', 'no such job');
      if (!isValidCallbackToken(secret, jobId, url.searchParams.get('token'))) return reject(401, 'BAD_TOKEN', 'missing or wrong token');
      let payload: unknown;
      try {
        payload = JSON.parse(await readBody(req, MAX_BODY_BYTES));
      } catch (error) {
        if (error instanceof BodyTooLarge) return reject(413, 'TOO_LARGE', `body over ${MAX_BODY_BYTES} bytes`);
        return reject(400, 'MALFORMED_JSON', 'body is not JSON');
      }
      if (nestingOf(payload) > MAX_NESTING) return reject(400, 'TOO_DEEP', `body nested over ${MAX_NESTING} levels`);
      const outcome = await jobs.handleCallback(jobId, payload);
      switch (outcome.kind) {
        case 'unknown-job':
          return reject(404, 'UNKNOWN_JOB', 'no such job');
        case 'task-mismatch':
          return reject(409, 'TASK_MISMATCH', 'task id does not match the job');
        case 'task-taken':
          return reject(409, 'TASK_TAKEN', 'task id belongs to another job');
        case 'unknown-state':
          return reject(422, 'UNKNOWN_STATE', outcome.reason);
        case 'applied':
        case 'unchanged':
          logger.debug({ jobId, outcome: outcome.kind, status: outcome.job.status }, 'callback taken');
          metrics.inc({ outcome: outcome.kind === 'applied' ? 'applied' : outcome.stale ? 'stale' : 'duplicate' });
          return sendJson(res, 200, { ok: true, applied: outcome.kind === 'applied', status: outcome.job.status });
      }
    },
  };
}
