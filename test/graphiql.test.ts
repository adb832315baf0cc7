import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeWithChromium, launchChromium } from './support/browser.js';
import { useDisposables } from './support/disposables.js';
import { startGateway } from './support/gateway.js';
import { gql } from './support/graphql.js';
import { GenerateVideo } from './support/operations.js';
import { minimalPika } from './support/pika.js';

// GraphiQL comes whole from the gateway (no CDN), so it works where the browser reaches nothing
// else; it runs queries and subscriptions; production serves it only with GRAPHIQL=true.

const artifacts = resolve(import.meta.dirname, '../test-results');
const production = {
  NODE_ENV: 'production',
  PUBLIC_URL: 'http://127.0.0.1:1',
  CALLBACK_SECRET: 'c'.repeat(40),
  DUOMI_SIMULATOR: 'true',
  ADMIN_API_KEY: `vgk_${'g'.repeat(40)}`,
};
const asBrowser = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

describe('GraphiQL, served by the gateway', () => {
  const using = useDisposables();

  it('is off in production, and on there with GRAPHIQL=true, with every asset from the gateway', async () => {
    const off = using(await startGateway('postgres', production), (g) => g.stop());
    const page = await fetch(`${off.url}/graphql`, { headers: asBrowser });
    expect(await page.text()).not.toMatch(/graphiql/i);
    expect((await fetch(`${off.url}/graphiql/app.js`)).status).toBe(404);

    const on = using(await startGateway('postgres', { ...production, GRAPHIQL: 'true' }), (g) => g.stop());
    const html = await (await fetch(`${on.url}/graphql`, { headers: asBrowser })).text();
    expect(html).toMatch(/<title>Video gateway · GraphiQL<\/title>/);
    // Its own script and styles, nothing inline to run, nothing from another host.
    expect([...html.matchAll(/(?:src|href)="([^"]*)"/g)].map(([, url]) => url!.slice(0, 22))).toEqual([
      'data:image/x-icon;base',
      '/graphiql/styles.css',
      '/graphiql/app.js',
    ]);
    expect(html).not.toMatch(/<script>/);
    const script = await fetch(`${on.url}/graphiql/app.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await script.text()).toContain('renderYogaGraphiQL');
    // Compressed for those who ask (fetch decodes it); plain for those who do not.
    expect(script.headers.get('content-encoding')).toBe('gzip');
    const plain = await fetch(`${on.url}/graphiql/styles.css`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect((await plain.text()).length).toBeGreaterThan(1000);
  });
});

describeWithChromium('GraphiQL in headless Chromium, with no network beyond the gateway', () => {
  const using = useDisposables();
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('loads, runs a query and follows a subscription, asking no other host for anything', { timeout: 90_000 }, async () => {
    const gateway = using(await startGateway('postgres'), (g) => g.stop());
    const created = await gql(gateway.url, GenerateVideo, { input: { pika: minimalPika('seen from GraphiQL') } });
    const id = created.data!.generateVideo.id;

    const page = using(await browser.context.newPage(), (p) => p.close());
    const origin = new URL(gateway.url).origin;
    const elsewhere: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (new URL(url).origin === origin) return route.continue();
      elsewhere.push(url);
      return route.abort();
    });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));

    await page.goto(`${gateway.url}/graphql`);
    const editor = page.locator('.graphiql-query-editor .monaco-editor').first();
    await editor.waitFor({ timeout: 30_000 });
    const response = page.locator('.graphiql-response');

    // The default query lists the newest jobs.
    await page.click('.graphiql-execute-button');
    // (The editor wraps long lines.)
    await expect.poll(async () => (await response.textContent())?.replace(/\s+/g, ''), { timeout: 20_000 }).toContain(id);
    expect((await response.textContent())?.replace(/\s+/g, ' ')).toContain('"prompt": "seen from GraphiQL"');

    // A subscription, over the transport GraphiQL is given (SSE to /graphql).
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText('subscription { heartbeat(everyMs: 100) { beat } }');
    await page.click('.graphiql-execute-button');
    await expect
      .poll(async () => Number(/"beat":\s*(\d+)/.exec((await response.textContent()) ?? '')?.[1] ?? 0), { timeout: 20_000 })
      .toBeGreaterThanOrEqual(3);
    await page.click('.graphiql-execute-button'); // stops it

    await mkdir(artifacts, { recursive: true });
    await page.screenshot({ path: resolve(artifacts, 'graphiql.png') });
    expect(elsewhere).toEqual([]);
    expect(problems).toEqual([]);
  });
});
