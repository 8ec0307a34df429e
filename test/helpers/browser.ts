// Headless Chromium for the page tests: Debian's package driven by playwright-core (it cannot
// download its own browser here), with background networking off so a test touches only the app.

import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

/**
 * The environment without libfaketime's preload: the suite is swept for tests that depend on
 * today's date by running it under `faketime -f +100d`, and Chromium does not start with the
 * library preloaded. The browser keeps the real clock; the server under test has the faked one.
 */
function withoutFakeTime(env: NodeJS.ProcessEnv): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined && key !== 'LD_PRELOAD' && !key.startsWith('FAKETIME')) kept[key] = value;
  }
  return kept;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    env: withoutFakeTime(process.env),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A fresh browser context of that width, logged in to the staff console through its form. */
export async function staffPageAs(
  browser: Browser,
  baseUrl: string,
  who: { username: string; password: string },
  options: { width: number; javaScriptEnabled?: boolean },
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: options.width, height: 900 }, javaScriptEnabled: options.javaScriptEnabled ?? true });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/staff/login`);
  await page.getByLabel('Username').fill(who.username);
  await page.getByLabel('Password').fill(who.password);
  await Promise.all([page.waitForURL((url) => url.pathname !== '/staff/login'), page.getByLabel('Password').press('Enter')]);
  return page;
}
