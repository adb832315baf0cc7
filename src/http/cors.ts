import type { CORSOptions } from 'graphql-yoga';
import type { Config } from '../config/env.js';

// Yoga's default reflects any Origin with credentials. Ours: only CORS_ORIGINS; with none,
// same-origin only in production and any origin without credentials elsewhere. Keys travel in
// the Authorization header, never in cookies, so credentials are never allowed.
const shared = {
  credentials: false,
  methods: ['GET', 'POST', 'OPTIONS'],
  allowedHeaders: ['authorization', 'content-type', 'accept', 'x-request-id', 'graphql-client-name', 'graphql-client-version'],
  exposedHeaders: ['x-request-id', 'retry-after'],
  maxAge: 600,
} satisfies CORSOptions;

/** Yoga's `cors` option: the CORS headers for a request's Origin, or none (false). */
export function corsPolicy(config: Config['cors']) {
  const allowed = new Set(config.origins);
  return (request: Request): CORSOptions | false => {
    const origin = request.headers.get('origin');
    if (!origin) return false;
    if (config.anyOrigin) return { ...shared, origin: [origin] };
    return allowed.has(origin) ? { ...shared, origin: [origin] } : false;
  };
}
