import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export const DEMO_PASSWORD = 'Landsby-demo-2026';

/** Debian's Chromium (CHROMIUM_PATH), headless, with no background network traffic. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const baseURL = () => inject('baseURL');

export async function newPage(
  browser: Browser,
  options: { width?: number; locale?: string } = {},
): Promise<Page> {
  const context = await browser.newContext({
    baseURL: baseURL(),
    viewport: { width: options.width ?? 1280, height: 900 },
    locale: options.locale ?? 'nb-NO',
  });
  return context.newPage();
}

/** Signs in through the login form, with the keyboard only if asked. */
export async function signIn(page: Page, username: string, options: { keyboard?: boolean } = {}) {
  await page.goto('/logg-inn');
  if (options.keyboard) {
    await page.getByLabel(/brukernavn|brukarnamn/i).focus();
    await page.keyboard.type(username);
    await page.keyboard.press('Tab');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
  } else {
    await page.getByLabel(/brukernavn|brukarnamn/i).fill(username);
    await page.getByLabel(/passord/i).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: /logg inn/i }).click();
  }
  await page.waitForURL((url) => !url.pathname.startsWith('/logg-inn'));
}

/**
 * A link of the main menu, opening «Mer» first when the link is under it (roles with more pages
 * than fit one row).
 */
export async function hovedmenyLenke(page: Page, name: string) {
  const nav = page.getByRole('navigation', { name: /hovedmeny|hovudmeny/i });
  const lenke = nav.getByRole('link', { name, exact: true });
  const mer = nav.getByRole('button', { name: /^(Mer|Meir)$/ });
  await nav.getByRole('link').first().waitFor();
  if (!(await lenke.count()) && (await mer.count()) && (await mer.getAttribute('aria-expanded')) !== 'true')
    await mer.click();
  return lenke;
}

/** How many rows the main menu's entries take. */
export function hovedmenyRader(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Set(
        [...document.querySelectorAll('.main-nav__list > li')].map((li) => (li as HTMLElement).offsetTop),
      ).size,
  );
}

/** axe with the WCAG 2.1 A and AA rules must find nothing. */
export async function expectNoAxeViolations(page: Page) {
  // Let dialogs and transitions finish: half-faded text would be measured as low contrast.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

/** Nothing on the page is wider than the window: no sideways scrolling (WCAG 1.4.10 at 320 px). */
export async function expectNoOverflow(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}
