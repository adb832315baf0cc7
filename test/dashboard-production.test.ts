import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithChromium, launchChromium } from './support/browser.js';
import { useDisposables } from './support/disposables.js';
import { startGateway, type TestGateway } from './support/gateway.js';
import { gql } from './support/graphql.js';
import { freePort } from './support/ports.js';

// The dashboard against a gateway as deployed: NODE_ENV=production, introspection off, keys
// required. A user enters a key (a wrong one first), makes a job from the form, follows it,
// cancels another, filters, loads older jobs, reads a history, copies an id, and the page logs
// no console error on the way.

const artifacts = resolve(import.meta.dirname, '../test-results');
const adminKey = `vgk_${'d'.repeat(40)}`;
let browser: Awaited<ReturnType<typeof launchChromium>>;

async function productionGateway(): Promise<TestGateway> {
  const port = await freePort();
  return startGateway('postgres', {
    NODE_ENV: 'production',
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    CALLBACK_SECRET: 'c'.repeat(40),
    DUOMI_SIMULATOR: 'true',
    ADMIN_API_KEY: adminKey,
  });
}

const card = (page: Page, prompt: string) =>
  page.locator('article.job', { has: page.locator('.prompt', { hasText: new RegExp(`^${prompt}$`) }) });
const withStatus = (page: Page, prompt: string, status: string) => card(page, prompt).locator(`xpath=self::*[@data-status="${status}"]`);
const generate = (gateway: TestGateway, input: Record<string, unknown>) =>
  gql<{ generateVideo: { id: string } }>(
    gateway.url,
    'mutation($input: GenerateVideoInput!) { generateVideo(input: $input) { id } }',
    { input },
    { authorization: `Bearer ${adminKey}` },
  );

describeWithChromium('the /dashboard page in production (keys required, introspection off)', () => {
  const using = useDisposables();
  beforeAll(async () => {
    browser = await launchChromium();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });
  afterAll(() => browser?.close());

  it('asks for a key, then makes, follows, cancels, filters, pages and explains jobs, with no console error', {
    timeout: 120_000,
  }, async () => {
    const gateway = using(await productionGateway(), (g) => g.stop());
    // Introspection really is off.
    const introspection = await gql(gateway.url, '{ __schema { types { name } } }', undefined, { authorization: `Bearer ${adminKey}` });
    expect(introspection.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    // Older jobs, more than one page of them, and one Kling job whose settings the cards show.
    for (let i = 1; i <= 22; i++) expect((await generate(gateway, { luma: { prompt: `older job ${i}` } })).errors).toBeUndefined();
    expect((await generate(gateway, { kling: { prompt: 'a lighthouse in a storm' } })).errors).toBeUndefined();

    const page = using(await browser.context.newPage(), (p) => p.close());
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    await page.goto(`${gateway.url}/dashboard`);

    // A wrong key is refused with a clear message; the right one opens the page.
    await page.locator('.key-dialog').waitFor();
    await page.fill('[name="api-key"]', 'vgk_not-a-real-key-0000000000000000000000');
    await page.click('.key-dialog button[type="submit"]');
    await expect.poll(() => page.locator('.key-problem').textContent()).toMatch(/The gateway refused that key/);
    await page.fill('[name="api-key"]', adminKey);
    await page.click('.key-dialog button[type="submit"]');
    await page.locator('#connection[data-state="live"]').waitFor({ timeout: 20_000 });
    expect(await page.locator('.key-dialog').count()).toBe(0);
    expect(await page.locator('#key').textContent()).toContain('vgk_dddd…dddd');
    expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual(['video-gateway.api-key']);

    // The form comes from videoProviders and the generated input types.
    expect(await page.locator('[role="tab"]').evaluateAll((tabs) => tabs.map((t) => t.getAttribute('data-member')).sort())).toEqual([
      'grok',
      'kling',
      'luma',
      'pika',
      'pix',
      'runway',
      'sora',
      'veo',
    ]);
    await page.click('[role="tab"][data-member="kling"]');
    const options = async (name: string) => {
      const [first, ...rest] = await page.locator(`[name="${name}"] option`).allTextContents();
      return [first, ...rest.sort()];
    };
    expect(await options('kling.ratio')).toEqual(['Default (16:9)', '16:9', '1:1', '9:16']);
    expect(await options('kling.model')).toEqual([
      'Default (kling-v1)',
      'kling-v1',
      'kling-v1-5',
      'kling-v1-6',
      'kling-v2-1-master',
      'kling-v2-5-turbo',
      'kling-v2-6',
      'kling-v2-master',
      'kling-v3',
    ]);
    // Hints show code as code, not backticks.
    expect((await page.locator('.hint').allTextContents()).join(' ')).not.toContain('`');

    // A Pika job from the prompt alone (ratio and frame rate are defaults), followed to the end.
    await page.click('[role="tab"][data-member="pika"]');
    await page.fill('[name="pika.prompt"]', 'a paper boat on a rainy street');
    await page.click('button[type="submit"]');
    await withStatus(page, 'a paper boat on a rainy street', 'SUCCEEDED').waitFor({ timeout: 30_000 });
    const boat = card(page, 'a paper boat on a rainy street');
    expect(await boat.locator('video').getAttribute('src')).toMatch(/\/files\/[\w-]+\.mp4$/);
    expect(await boat.locator('.settings li').allTextContents()).toEqual(
      expect.arrayContaining(['Ratio 16:9', 'Frame rate 24', 'Model 1.5']),
    );

    // Luma's expandPrompt defaults to true: unchecking it sends false.
    await page.click('[role="tab"][data-member="luma"]');
    expect(await page.isChecked('[name="luma.expandPrompt"]')).toBe(true);
    await page.fill('[name="luma.prompt"]', 'a literal prompt');
    await page.uncheck('[name="luma.expandPrompt"]');
    await page.click('button[type="submit"]');
    await card(page, 'a literal prompt').waitFor();
    expect(await card(page, 'a literal prompt').locator('.settings li').allTextContents()).not.toContain('Expand prompt on');
    const luma = await gateway.db.prisma.job.findFirstOrThrow({
      where: { provider: 'LUMA', input: { path: ['prompt'], equals: 'a literal prompt' } },
    });
    expect((luma.input as { expandPrompt?: boolean }).expandPrompt).toBe(false);

    // Chips in words: no internal names.
    const kling = await card(page, 'a lighthouse in a storm').locator('.settings li').allTextContents();
    expect(kling).toEqual(expect.arrayContaining(['Model kling-v1', 'Duration 5 s', 'Ratio 16:9']));
    expect(kling.join(' ')).not.toMatch(/Kling|KLING_|SECONDS_|seconds\./);

    // Cancel a job that is still running.
    gateway.app.simulator!.setKnobs({ stepMs: 60_000 });
    await generate(gateway, { pika: { prompt: 'a job to cancel' } });
    const doomed = card(page, 'a job to cancel');
    await doomed.locator('button.cancel').click();
    await withStatus(page, 'a job to cancel', 'CANCELED').waitFor({ timeout: 20_000 });
    expect(await doomed.locator('button.cancel').isVisible()).toBe(false);
    gateway.app.simulator!.setKnobs({ stepMs: 150 });

    // Its history, and its id copied.
    await doomed.locator('button.show-history').click();
    await expect
      .poll(() => doomed.locator('.history li').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringMatching(/Canceled/)]));
    await doomed.locator('button.copy-id').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await doomed.getAttribute('data-id'));

    // Filters: by status, then by provider.
    await page.selectOption('[name="filter-status"]', 'CANCELED');
    await expect.poll(() => page.locator('article.job .prompt').allTextContents()).toEqual(['a job to cancel']);
    await page.selectOption('[name="filter-status"]', '');
    await page.selectOption('[name="filter-provider"]', 'KLING');
    await expect.poll(() => page.locator('article.job .prompt').allTextContents()).toEqual(['a lighthouse in a storm']);
    await page.selectOption('[name="filter-provider"]', '');

    // Older jobs: the first page holds 20; the oldest come on request.
    await expect.poll(() => page.locator('article.job').count()).toBe(20);
    expect(await card(page, 'older job 1').count()).toBe(0);
    await page.click('button.load-older');
    await card(page, 'older job 1').waitFor();
    expect(await page.locator('article.job').count()).toBe(26);
    expect(await page.isVisible('button.load-older')).toBe(false);

    // A job arriving while the reader is down at the form does not move the page under them.
    await page.setViewportSize({ width: 1360, height: 600 });
    await page.click('[role="tab"][data-member="pika"]');
    const submitButton = page.locator('button[type="submit"]');
    await submitButton.evaluate((button) => button.scrollIntoView({ block: 'end', behavior: 'instant' }));
    const before = (await submitButton.boundingBox())!.y;
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
    await generate(gateway, { pika: { prompt: 'arrives while scrolled down' } });
    await card(page, 'arrives while scrolled down').waitFor();
    expect((await submitButton.boundingBox())!.y).toBe(before);

    await page.setViewportSize({ width: 1360, height: 1100 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await mkdir(artifacts, { recursive: true });
    await page.screenshot({ path: resolve(artifacts, 'dashboard-production.png') });
    await doomed.locator('button.show-history').click();
    await doomed.locator('.history li').first().waitFor();
    await doomed.scrollIntoViewIfNeeded();
    await page.screenshot({ path: resolve(artifacts, 'dashboard-production-history.png') });

    // The key can be removed: the page asks again.
    await page.click('button.forget-key');
    await page.locator('.key-dialog').waitFor();
    await page.screenshot({ path: resolve(artifacts, 'dashboard-key-prompt.png') });
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect(problems).toEqual([]);
  });
});
