import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { describe } from 'vitest';

const executablePath = '/usr/bin/chromium';

const args = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Why a test that needs Chromium cannot run here, or undefined when it can. In CI (`CI` set, as
 * .ci/run does) Chromium must be there, so a missing one fails the test instead of skipping it.
 */
export function chromiumMissing(): string | undefined {
  if (existsSync(executablePath) || process.env.CI) return undefined;
  return `${executablePath} is missing (apt-get install -y chromium); skipped outside CI, CI=1 makes it a failure`;
}

/**
 * `describe` for tests that drive Chromium: skipped, with the reason in its name and on stderr,
 * when Chromium is missing outside CI. Put the suite's beforeAll/afterAll inside it.
 */
export function describeWithChromium(name: string, suite: () => void) {
  const missing = chromiumMissing();
  if (!missing) return describe(name, suite);
  console.warn(`skipping "${name}": ${missing}`);
  return describe.skip(`${name} (skipped: ${missing})`, suite);
}

/** Debian's headless Chromium (.ci/run installs it) on a fresh profile; close() removes the profile. */
export async function launchChromium(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = await mkdtemp(join(tmpdir(), 'gw-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args,
    viewport: { width: 1360, height: 1100 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
