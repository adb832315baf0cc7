import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithChromium, launchChromium } from './support/browser.js';
import { useDisposables } from './support/disposables.js';
import { startGateway, type TestGateway } from './support/gateway.js';
import { gql } from './support/graphql.js';
import { GenerateVideo } from './support/operations.js';
import { minimalPika } from './support/pika.js';

const artifacts = resolve(import.meta.dirname, '../test-results');
let browser: Awaited<ReturnType<typeof launchChromium>>;

async function openDashboard(gateway: TestGateway): Promise<Page> {
  const page = await browser.context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${gateway.url}/dashboard`);
  await page.locator('#connection[data-state="live"]').waitFor();
  expect(problems).toEqual([]);
  return page;
}

const card = (page: Page, prompt: string) => page.locator('article.job', { has: page.locator('.prompt', { hasText: prompt }) });

async function submit(page: Page, fields: { prompt: string; frameRate: string; ratio?: string; style?: string }) {
  await page.click('[role="tab"][data-member="pika"]');
  await page.fill('[name="pika.prompt"]', fields.prompt);
  await page.selectOption('[name="pika.ratio"]', fields.ratio ?? 'RATIO_16_9');
  // `options` is optional, so a closed <details> group: open it first.
  await page
    .locator('details', { has: page.locator('[name="pika.options.frameRate"]') })
    .evaluate((group) => ((group as HTMLDetailsElement).open = true));
  await page.fill('[name="pika.options.frameRate"]', fields.frameRate);
  if (fields.style) await page.selectOption('[name="pika.style"]', fields.style);
  await page.click('button[type="submit"]');
}

describeWithChromium('the /dashboard page, in headless Chromium', () => {
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());
  const using = useDisposables();

  it('submits a job through the form and follows it live to SUCCEEDED, with its video and settings', async () => {
    const gateway = using(await startGateway('postgres'), (g) => g.stop());
    const page = using(await openDashboard(gateway), (p) => p.close());
    // Every provider has its tab, and every enum value is a choice, straight from the schema.
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
    await page.click('[role="tab"][data-member="pika"]');
    expect(
      await page.locator('[name="pika.style"] option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value)),
    ).toEqual(expect.arrayContaining(['EYE_POP', 'INFLATE', 'MELT']));
    expect(await page.locator('[name="pika.style"] option').allTextContents()).toEqual(
      expect.arrayContaining(['Eye pop', 'Inflate', 'Melt']),
    );
    expect(await page.locator('[name="pika.ratio"] option').allTextContents()).toContain('16:9');

    await submit(page, { prompt: 'a paper boat on a rainy street', frameRate: '24', style: 'EYE_POP' });
    const job = card(page, 'a paper boat on a rainy street');
    await job.locator('xpath=self::*[@data-status="SUCCEEDED"]').waitFor({ timeout: 20_000 });
    expect(await job.locator('.percent').textContent()).toBe('100%');
    expect(await job.locator('video').getAttribute('src')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/files\/[\w-]+\.mp4$/);
    expect(await job.locator('video').getAttribute('poster')).toMatch(/\/files\/[\w-]+\.svg$/);
    expect(await job.locator('.settings li').allTextContents()).toEqual(
      expect.arrayContaining(['Ratio 16:9', 'Style Eye pop', 'Frame rate 24']),
    );
    expect(await page.locator('#summary').textContent()).toContain('1 Succeeded');

    // A second job from elsewhere shows up too, and a failure shows its error.
    await gql(gateway.url, GenerateVideo, { input: { pika: minimalPika('a glass bridge at dawn #fail') } });
    const failed = card(page, 'a glass bridge at dawn');
    await failed.locator('xpath=self::*[@data-status="FAILED"]').waitFor({ timeout: 20_000 });
    expect(await failed.locator('.error').textContent()).toMatch(/generation failed/);

    await mkdir(artifacts, { recursive: true });
    await page.screenshot({ path: resolve(artifacts, 'dashboard.png') });
  });

  it('shows an estimate, moving with time, where the provider reports no progress', async () => {
    const gateway = using(await startGateway('postgres'), (g) => g.stop());
    gateway.app.simulator!.setKnobs({ stepMs: 3_600_000 }); // submitted, then silent: no progress reported
    for (const seconds of [20, 40, 60]) {
      const finishedAt = new Date();
      await gateway.db.prisma.job.create({
        data: {
          provider: 'PIKA',
          mode: 'TEXT',
          status: 'SUCCEEDED',
          progress: 100,
          input: { ...minimalPika('before'), model: 'V1_5' },
          submittedAt: new Date(finishedAt.getTime() - seconds * 1000),
          finishedAt,
        },
      });
    }
    const page = using(await openDashboard(gateway), (p) => p.close());
    await submit(page, { prompt: 'a slow one', frameRate: '24' });
    const job = card(page, 'a slow one');
    await job.locator('xpath=self::*[@data-status="SUBMITTED"]').waitFor({ timeout: 20_000 });
    await job.locator('.estimate', { hasText: 'left (estimated from 3 finished jobs)' }).waitFor();
    expect(await job.locator('.estimate').textContent()).toMatch(/^about \d+ s left \(estimated from 3 finished jobs\)$/);
    expect(await job.locator('.percent').textContent()).toMatch(/^~\d+%$/);
    expect(await job.locator('.progress.estimated').count()).toBe(1);
  });

  it("marks a bad field with the server's message and stores nothing", async () => {
    const gateway = using(await startGateway('postgres'), (g) => g.stop());
    const page = using(await openDashboard(gateway), (p) => p.close());
    await submit(page, { prompt: 'too fast', frameRate: '99' });
    const frameRate = page.locator('.field.invalid', { has: page.locator('[name="pika.options.frameRate"]') });
    expect(await frameRate.locator('.problem').textContent()).toBe('must be at most 24');
    expect(await gateway.db.prisma.job.count()).toBe(0);
  });

  it('reconnects after the server restarts and catches up on what changed meanwhile', async () => {
    const gateway = using(await startGateway('postgres'), (g) => g.stop());
    const page = using(await openDashboard(gateway), (p) => p.close());
    await gateway.restart(async () => {
      await page.locator('#connection[data-state="offline"]').waitFor();
      // Written while the page was away: no event will ever tell it.
      await gateway.db.prisma.job.create({
        data: {
          provider: 'PIKA',
          input: { prompt: 'made while you were away', ratio: 'RATIO_1_1', options: { frameRate: 12 } },
          status: 'FAILED',
          errorCode: 'X',
          errorMessage: 'gone',
          finishedAt: new Date(),
        },
      });
    });
    await page.locator('#connection[data-state="live"]').waitFor({ timeout: 20_000 });
    await card(page, 'made while you were away').waitFor();

    // The subscription is back too: a new job is followed to the end.
    await gql(gateway.url, GenerateVideo, { input: { pika: minimalPika('after the restart') } });
    await card(page, 'after the restart').locator('xpath=self::*[@data-status="SUCCEEDED"]').waitFor({ timeout: 20_000 });
  });

  it('offers the new fields (URL lists one a line) and shows the new settings and outputs on job cards', async () => {
    const gateway = using(await startGateway('postgres'), (g) => g.stop());
    const page = using(await openDashboard(gateway), (p) => p.close());
    // A Kling multi-image reference job through the form: the URL list is a textarea, one a line;
    // the closed optional groups (camera, shots) are not sent.
    await page.click('[role="tab"][data-member="kling"]');
    await page.fill('[name="kling.prompt"]', 'two friends wave');
    await page.fill('textarea[name="kling.referenceImages"]', 'https://example.com/a.png\nhttps://example.com/b.png');
    await page.click('button[type="submit"]');
    const multi = card(page, 'two friends wave');
    await multi.locator('xpath=self::*[@data-status="SUCCEEDED"]').waitFor({ timeout: 20_000 });
    expect(await multi.locator('.settings li').allTextContents()).toContainEqual(
      'Reference images https://example.com/a.png, https://example.com/b.png',
    );
    const stored = await gateway.db.prisma.job.findFirstOrThrow({ where: { provider: 'KLING' } });
    expect(stored.input).toMatchObject({ referenceImages: ['https://example.com/a.png', 'https://example.com/b.png'] });

    // A Kling multi-shot job: one group per shot, "Add a shot" for each after the first.
    await page.click('[role="tab"][data-member="kling"]');
    await page.fill('[name="kling.prompt"]', 'a day in two shots');
    await page.fill('textarea[name="kling.referenceImages"]', '');
    await page.selectOption('[name="kling.model"]', 'KLING_V3');
    await page.click('details.group > summary:text-is("Shots")');
    await page.fill('[name="kling.shots.0.prompt"]', 'sunrise over the bay');
    await page.fill('[name="kling.shots.0.duration"]', '2');
    await page.click('button:text-is("Add a shot")');
    await page.fill('[name="kling.shots.1.prompt"]', 'night falls');
    await page.fill('[name="kling.shots.1.duration"]', '3');
    await page.locator('form.job-form').screenshot({ path: 'test-results/dashboard-kling-shots.png' });
    await page.click('button[type="submit"]');
    const shots = card(page, 'a day in two shots');
    await shots.locator('xpath=self::*[@data-status="SUCCEEDED"]').waitFor({ timeout: 20_000 });
    const multiShot = await gateway.db.prisma.job.findFirstOrThrow({
      where: { provider: 'KLING', input: { path: ['prompt'], equals: 'a day in two shots' } },
    });
    expect(multiShot.input).toMatchObject({
      model: 'KLING_V3',
      shots: [
        { prompt: 'sunrise over the bay', duration: 2 },
        { prompt: 'night falls', duration: 3 },
      ],
    });

    // Runway's last frame and PIX's preview are links on their cards.
    await gql(gateway.url, GenerateVideo, {
      input: { runway: { video: 'https://example.com/walk.mp4', edit: true, prompt: 'make it snow' } },
    });
    await gql(gateway.url, GenerateVideo, { input: { pix: { prompt: 'a robot with a preview', quality: 'Q720P' } } });
    const edited = card(page, 'make it snow');
    await edited.locator('xpath=self::*[@data-status="SUCCEEDED"]').waitFor({ timeout: 20_000 });
    expect(await edited.locator('a.last-frame').getAttribute('href')).toMatch(/-last\.svg$/);
    expect((await edited.locator('.settings li').allTextContents()).join('|')).toMatch(/Edit on/);
    const previewed = card(page, 'a robot with a preview');
    await previewed.locator('xpath=self::*[@data-status="SUCCEEDED"]').waitFor({ timeout: 20_000 });
    expect(await previewed.locator('a.preview').getAttribute('href')).toMatch(/-preview\.webp$/);
    expect((await previewed.locator('.settings li').allTextContents()).join('|')).toMatch(/Quality/);
  });
});
