import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../observability/logger.js';

export type RouteContext = { requestId: string; url: URL; logger: Logger; params: Record<string, string> };

/** A REST route beside yoga: a method and a path whose `:name` segments become params. */
export type Route = {
  method: string;
  path: string;
  handler: (req: IncomingMessage, res: ServerResponse, ctx: RouteContext) => Promise<void> | void;
};

function decoded(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined; // a malformed escape (`%E0%A4%A`) names nothing
  }
}

export function matchRoute(routes: Route[], method: string, pathname: string) {
  const parts = pathname.split('/');
  let pathMatched = false;
  for (const route of routes) {
    const pattern = route.path.split('/');
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const ok = pattern.every((seg, i) => {
      if (seg.startsWith(':')) {
        const value = decoded(parts[i]!);
        if (value === undefined || value === '') return false;
        params[seg.slice(1)] = value;
        return true;
      }
      return seg === parts[i];
    });
    if (!ok) continue;
    pathMatched = true;
    if (route.method === method) return { route, params };
  }
  return pathMatched ? ('method-not-allowed' as const) : undefined;
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}
