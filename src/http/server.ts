import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { isBackendUnavailable, RETRY_AFTER_SECONDS, unavailableReason } from '../db/unavailable.js';
import type { Logger } from '../observability/logger.js';
import type { Metrics } from '../observability/metrics.js';
import { matchRoute, sendJson, type Route } from './routes.js';
import type { EventStreams } from './event-streams.js';
import { setSecurityHeaders } from './security-headers.js';
import type { GatewayYoga } from './yoga.js';

const REQUEST_ID = /^[\w.-]{1,128}$/;

/** graphql-sse's own protocol (both connection modes), beside yoga's SSE on /graphql (distinct connections). */
export const GRAPHQL_SSE_PATH = '/graphql/stream';

/** The one node http server: REST routes first, then yoga for /graphql (HTTP, SSE, GraphiQL). */
export function createHttpServer({
  yoga,
  routes,
  logger,
  maxBodyBytes,
  metrics,
  streams,
}: {
  yoga: GatewayYoga;
  /** Where GraphQL responses are tracked, so a shutdown can cut SSE streams. */
  streams?: EventStreams;
  routes: Route[];
  logger: Logger;
  maxBodyBytes: number;
  metrics?: Metrics['http'];
}) {
  return createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const started = performance.now();
    const incoming = req.headers['x-request-id'];
    const requestId = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    // Normalised in place so yoga's context reads the same id.
    req.headers['x-request-id'] = requestId;
    res.setHeader('x-request-id', requestId);
    setSecurityHeaders(req, res);
    const url = new URL(req.url ?? '/', 'http://gateway.local');
    // A route template, never the raw path: the label set stays bounded.
    let route = 'unmatched';
    if (metrics) res.on('finish', () => metrics.requests.inc({ route, method: methodLabel(req.method), status: res.statusCode }));
    let child: Logger | undefined;
    const log = () => (child ??= logger.child({ requestId }));
    // Query strings are never logged: callback URLs carry their token there.
    if (logger.isLevelEnabled('info')) {
      res.on('finish', () =>
        log().info(
          { method: req.method, path: url.pathname, status: res.statusCode, ms: Math.round(performance.now() - started) },
          'request',
        ),
      );
    }
    try {
      if (url.pathname === yoga.graphqlEndpoint || url.pathname === GRAPHQL_SSE_PATH) {
        route = url.pathname;
        streams?.track(res);
        res.setHeader('vary', 'Origin');
        const refusal = bodyRefusal(req, maxBodyBytes);
        if (refusal) return sendJson(res, refusal.status, { errors: [{ message: refusal.message, extensions: { code: 'BAD_REQUEST' } }] });
        await yoga.requestListener(req, res);
        return;
      }
      const match = matchRoute(routes, req.method ?? 'GET', url.pathname);
      if (match === undefined) return sendJson(res, 404, { error: 'NOT_FOUND', message: `no route for ${url.pathname}` });
      if (match === 'method-not-allowed')
        return sendJson(res, 405, { error: 'METHOD_NOT_ALLOWED', message: `${req.method} is not allowed on ${url.pathname}` });
      route = match.route.path;
      await match.route.handler(req, res, {
        requestId,
        url,
        get logger() {
          return log();
        },
        params: match.params,
      });
    } catch (error) {
      if (isBackendUnavailable(error)) {
        log().warn({ path: url.pathname, reason: unavailableReason(error) }, 'service unavailable: a backend cannot be reached');
        if (!res.headersSent) {
          return sendJson(
            res,
            503,
            { error: 'SERVICE_UNAVAILABLE', message: 'the service is unavailable; try again later', requestId },
            {
              'retry-after': String(RETRY_AFTER_SECONDS),
            },
          );
        }
      } else {
        log().error({ err: error, path: url.pathname }, 'unhandled error in HTTP handler');
      }
      if (!res.headersSent) sendJson(res, 500, { error: 'INTERNAL', message: 'internal error', requestId });
      else res.destroy();
    }
  });
}

const METHODS = new Set(['GET', 'POST', 'OPTIONS', 'HEAD', 'PUT', 'DELETE', 'PATCH']);
const methodLabel = (method = 'GET') => (METHODS.has(method) ? method : 'other');

/**
 * A browser sends form, multipart and plain-text POSTs from any site without asking first (no
 * CORS preflight), so a page could make a gateway it can reach create jobs: only JSON and
 * GraphQL bodies are taken.
 */
const POST_TYPES = new Set(['application/json', 'application/graphql']);

/** GraphQL bodies must be JSON or GraphQL, declare their length, and stay under the limit, before yoga reads them. */
function bodyRefusal(req: IncomingMessage, limit: number): { status: number; message: string } | undefined {
  if (req.method !== 'POST') return undefined;
  const type = req.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  if (!type || !POST_TYPES.has(type)) return { status: 415, message: 'a POST body must be application/json (or application/graphql)' };
  const length = req.headers['content-length'];
  if (length === undefined) return { status: 411, message: 'a Content-Length is required' };
  if (Number(length) > limit) return { status: 413, message: `the request body is over ${limit} bytes` };
  return undefined;
}
