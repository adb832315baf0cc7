import type { IncomingMessage, ServerResponse } from 'node:http';

const HOST = /^[\w.-]+(:\d+)?$|^\[[\d:a-f.]+\](:\d+)?$/i;

/**
 * The page policy for whatever is served here (the dashboard, GraphiQL): scripts and styles
 * only from this origin, connections back to it (HTTP, and WebSocket for subscriptions), videos
 * and posters from the provider's hosts, and no framing by other sites.
 */
export function contentSecurityPolicy(host: string | undefined): string {
  const sameOriginSockets = host && HOST.test(host) ? ` ws://${host} wss://${host}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    // GraphiQL's editor sets inline styles; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    `connect-src 'self'${sameOriginSockets}`,
    "img-src 'self' data: blob: http: https:",
    "media-src 'self' blob: http: https:",
    "font-src 'self' data:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Set on every response before its handler runs (a handler's own headers still win): pages get
 * the policy above, and no response may be sniffed into another type or framed.
 */
export function setSecurityHeaders(req: IncomingMessage, res: ServerResponse) {
  res.setHeader('content-security-policy', contentSecurityPolicy(req.headers.host));
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('x-frame-options', 'DENY');
  res.setHeader('referrer-policy', 'no-referrer');
}
