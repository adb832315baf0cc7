import { describe, expect, it } from 'vitest';
import { useDisposables } from './support/disposables.js';
import { startGateway } from './support/gateway.js';

// What a web page on another site may do with the gateway (CORS), and the headers that keep the
// gateway's own pages (the dashboard, GraphiQL) from running foreign scripts or being framed.

const foreign = 'https://evil.example';
const app = 'https://app.example.com';
const production = { NODE_ENV: 'production', PUBLIC_URL: 'http://127.0.0.1:1', CALLBACK_SECRET: 'c'.repeat(40), DUOMI_SIMULATOR: 'true' };

/** A browser's preflight for a JSON POST with an API key, then the POST itself, from `origin`. */
async function crossOrigin(url: string, origin: string) {
  const preflight = await fetch(`${url}/graphql`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
  });
  const post = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ health }' }),
  });
  const cors = (res: Response) => ({
    allowOrigin: res.headers.get('access-control-allow-origin'),
    allowCredentials: res.headers.get('access-control-allow-credentials'),
  });
  return { preflight, post, preflightCors: cors(preflight), postCors: cors(post) };
}

describe('CORS', () => {
  const using = useDisposables();

  it('allows only CORS_ORIGINS, never with credentials', async () => {
    const gateway = using(await startGateway('postgres', { CORS_ORIGINS: `${app}, https://admin.example.com` }), (g) => g.stop());
    const fromForeign = await crossOrigin(gateway.url, foreign);
    expect(fromForeign.preflightCors).toEqual({ allowOrigin: null, allowCredentials: null });
    expect(fromForeign.postCors).toEqual({ allowOrigin: null, allowCredentials: null });

    const fromApp = await crossOrigin(gateway.url, app);
    expect(fromApp.preflightCors).toEqual({ allowOrigin: app, allowCredentials: null });
    expect(fromApp.preflight.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(fromApp.postCors).toEqual({ allowOrigin: app, allowCredentials: null });
    expect(fromApp.post.headers.get('vary')).toMatch(/Origin/);
    expect(await fromApp.post.json()).toEqual({ data: { health: 'ok' } });
  });

  it('is same-origin only in production when CORS_ORIGINS is empty', async () => {
    const gateway = using(await startGateway('postgres', production), (g) => g.stop());
    const fromForeign = await crossOrigin(gateway.url, foreign);
    expect(fromForeign.preflightCors).toEqual({ allowOrigin: null, allowCredentials: null });
    expect(fromForeign.postCors).toEqual({ allowOrigin: null, allowCredentials: null });
  });

  it('allows any origin, without credentials, in development when CORS_ORIGINS is empty', async () => {
    const gateway = using(await startGateway('postgres', { NODE_ENV: 'development' }), (g) => g.stop());
    const fromForeign = await crossOrigin(gateway.url, foreign);
    expect(fromForeign.preflightCors).toEqual({ allowOrigin: foreign, allowCredentials: null });
    expect(fromForeign.postCors).toEqual({ allowOrigin: foreign, allowCredentials: null });
  });
});

describe('security headers on the pages', () => {
  const using = useDisposables();

  it('the dashboard and GraphiQL run only their own scripts, connect only back here, and cannot be framed or sniffed', async () => {
    const gateway = using(await startGateway('postgres'), (g) => g.stop());
    const host = new URL(gateway.url).host;
    const pages = [
      await fetch(`${gateway.url}/dashboard`),
      await fetch(`${gateway.url}/dashboard/app.js`),
      await fetch(`${gateway.url}/graphql`, { headers: { accept: 'text/html' } }),
    ];
    for (const page of pages) {
      expect(page.status).toBe(200);
      const policy = Object.fromEntries(
        page.headers
          .get('content-security-policy')!
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .map(([name, ...values]) => [name, values]),
      );
      expect(policy['default-src']).toEqual(["'self'"]);
      expect(policy['script-src']).toEqual(["'self'"]);
      expect(policy['connect-src']).toEqual(["'self'", `ws://${host}`, `wss://${host}`]);
      expect(policy['frame-ancestors']).toEqual(["'none'"]);
      expect(policy['object-src']).toEqual(["'none'"]);
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
      expect(page.headers.get('x-frame-options')).toBe('DENY');
    }
    expect(pages[0]!.headers.get('content-type')).toMatch(/^text\/html/);
    expect(pages[2]!.headers.get('content-type')).toMatch(/^text\/html/);
  });
});
