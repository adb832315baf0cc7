import autocannon from 'autocannon';
import { benchHeaders } from './gateway-stack.js';

/** The same load for every HTTP case and its baseline. */
export const load = { connections: 50, warmupSeconds: 2, seconds: 8 };

export type HttpFigures = { 'req/s': number; 'p50 ms': number; 'p99 ms': number };

/**
 * Drives `url` with autocannon: a warm-up, then the measured run. `request` may vary each
 * request (autocannon's setupRequest). Any non-2xx answer or socket error fails the case.
 */
export async function measureHttp(options: {
  url: string;
  method?: 'GET' | 'POST';
  body?: string;
  setupRequest?: (request: autocannon.Request) => autocannon.Request;
  connections?: number;
  /** Runs between the warm-up and the measured run, e.g. to read a counter. */
  afterWarmup?: () => Promise<void>;
}): Promise<HttpFigures> {
  const run = (seconds: number) =>
    autocannon({
      url: options.url,
      method: options.method ?? 'POST',
      headers: { 'content-type': 'application/json', ...benchHeaders },
      body: options.body,
      connections: options.connections ?? load.connections,
      duration: seconds,
      ...(options.setupRequest ? { requests: [{ setupRequest: options.setupRequest }] } : {}),
    });
  await run(load.warmupSeconds);
  await options.afterWarmup?.();
  const result = await run(load.seconds);
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${options.url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return { 'req/s': Math.round(result.requests.average), 'p50 ms': result.latency.p50, 'p99 ms': result.latency.p99 };
}
