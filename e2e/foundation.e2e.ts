import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
  hovedmenyLenke,
  hovedmenyRader,
  launchBrowser,
  newPage,
  signIn,
} from './support/browser';

const ROLLER = [
  'kontaktperson',
  'teamleder',
  'leder',
  'veileder',
  'kursleder',
  'rekrutterer',
  'koordinator',
  'admin',
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('sign-in as every demo role', () => {
  for (const rolle of ROLLER) {
    it(`${rolle}.bergen sees the overview, with navigation only to what the role may use`, async () => {
      const page = await newPage(browser);
      await signIn(page, `${rolle}.bergen`);
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).first().textContent())
        .toMatch(/Oversikt/);
      const auditLink = await hovedmenyLenke(page, 'Revisjonslogg');
      expect(await auditLink.count()).toBe(rolle === 'leder' || rolle === 'admin' ? 1 : 0);
      await expectNoAxeViolations(page);
      await page.context().close();
    });
  }

  it('a team leader reaches the seldom used pages under «Meir», by keyboard, with the menu on one row', async () => {
    const page = await newPage(browser);
    await signIn(page, 'teamleder.hv');
    const nav = page.getByRole('navigation', { name: 'Hovudmeny' });
    const meir = nav.getByRole('button', { name: 'Meir' });
    await meir.waitFor();
    expect(await hovedmenyRader(page)).toBe(1);
    expect(await nav.getByRole('link', { name: 'Innstillingar' }).count()).toBe(0);

    await meir.focus();
    await page.keyboard.press('Enter');
    expect(await meir.getAttribute('aria-expanded')).toBe('true');
    await expectNoAxeViolations(page);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Brukarmanual');
    // Escape closes the list and puts focus back on the button.
    await page.keyboard.press('Escape');
    expect(await meir.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Meir');

    await page.keyboard.press('Enter');
    await nav.getByRole('link', { name: 'Innstillingar' }).click();
    await page.waitForURL(/\/innstillinger$/);
    // The list closes, and the button shows that the page is one of its links.
    expect(await meir.getAttribute('aria-expanded')).toBe('false');
    expect(await meir.getAttribute('data-aktiv')).toBe('true');
    await page.context().close();
  });

  it('every demo service can sign in', async () => {
    for (const user of ['kontaktperson.hv', 'kontaktperson.oygarden']) {
      const page = await newPage(browser);
      await signIn(page, user);
      await expect.poll(() => page.locator('header').textContent()).toMatch(/Hardanger|Øygarden/);
      await page.context().close();
    }
  });

  it('a Bufetat recruiter gets the recruitment pages, not the municipal case pages', async () => {
    const page = await newPage(browser);
    await signIn(page, 'rekrutterer.bufetat');
    await expect.poll(() => page.getByText('Statlig (Bufetat)', { exact: false }).count()).toBeGreaterThan(0);
    const nav = page.getByRole('navigation', { name: /hovedmeny/i });
    expect(await nav.getByRole('link', { name: 'Rekruttering' }).count()).toBe(1);
    for (const name of ['Mine barn', 'Fosterhjem', 'Skattekart', 'Innsikt']) {
      expect(await nav.getByRole('link', { name, exact: true }).count(), name).toBe(0);
    }
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('a wrong password gives a clear message and keeps the user name', async () => {
    const page = await newPage(browser);
    await page.goto('/logg-inn');
    await page.getByLabel(/brukernavn/i).fill('leder.bergen');
    await page.getByLabel(/passord/i).fill('feil');
    await page.getByRole('button', { name: /logg inn/i }).click();
    await expect.poll(() => page.getByText('Feil brukernavn eller passord.').count()).toBeGreaterThan(0);
    expect(await page.getByLabel(/brukernavn/i).inputValue()).toBe('leder.bergen');
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('shows field errors for empty fields', async () => {
    const page = await newPage(browser);
    await page.goto('/logg-inn');
    await page.getByRole('button', { name: /logg inn/i }).click();
    await expect.poll(() => page.getByText('Skriv inn brukernavnet ditt.').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});

describe('keyboard only', () => {
  it('signs in, moves through the navigation and signs out without a mouse', async () => {
    const page = await newPage(browser);
    await signIn(page, 'leder.oygarden', { keyboard: true });
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).first().textContent())
      .toMatch(/Oversikt/);
    // After signing in, focus moves to the new page's main content.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('hovedinnhold');
    // On a freshly loaded page, the first Tab reaches the skip link, which moves focus to main.
    await page.reload();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(skip).toMatch(/Hopp til hovudinnhald|Hopp til hovedinnhold/);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('hovedinnhold');
    // Tab to «Mer» and open it, then on to the audit-log link under it, and follow it.
    const tabTil = async (tekst: string) => {
      for (let i = 0; i < 30; i++) {
        await page.keyboard.press('Tab');
        if ((await page.evaluate(() => document.activeElement?.textContent)) === tekst) return;
      }
      throw new Error(`Tab never reached ${tekst}`);
    };
    await tabTil('Mer');
    await page.keyboard.press('Enter');
    await tabTil('Revisjonslogg');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/revisjonslogg/);
    await page.context().close();
  });
});

describe('bokmål and nynorsk', () => {
  it('switches language on the login page, and remembers the choice per user after sign-in', async () => {
    const page = await newPage(browser);
    await page.goto('/logg-inn');
    expect(await page.getAttribute('html', 'lang')).toBe('nb');
    await page
      .getByRole('button', { name: 'Nynorsk' })
      .or(page.getByRole('radio', { name: 'Nynorsk' }))
      .first()
      .click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('nn');
    await expect.poll(() => page.getByLabel('Brukarnamn').count()).toBe(1);
    await expectNoAxeViolations(page);

    // A bokmål user switches to nynorsk in settings; it sticks in a fresh browser. (A user no other
    // browser test signs in as: the choice is stored, and the tests share one database.)
    const user = await newPage(browser);
    await signIn(user, 'kursleder.bergen');
    await user.goto('/innstillinger');
    await user.getByRole('radio', { name: 'Nynorsk' }).check();
    await user.getByRole('button', { name: /lagre/i }).click();
    await expect.poll(() => user.getAttribute('html', 'lang')).toBe('nn');
    await expectNoAxeViolations(user);
    const fresh = await newPage(browser);
    await signIn(fresh, 'kursleder.bergen');
    await expect.poll(() => fresh.getAttribute('html', 'lang')).toBe('nn');
    await expect.poll(() => fresh.getByRole('link', { name: 'Innstillingar' }).count()).toBeGreaterThan(0);
    // Back to bokmål, so the stored choice does not outlive the test.
    await fresh.goto('/innstillinger');
    await fresh.getByRole('radio', { name: 'Bokmål' }).check();
    await fresh.getByRole('button', { name: /lagre/i }).click();
    await expect.poll(() => fresh.getAttribute('html', 'lang')).toBe('nb');
    for (const p of [page, user, fresh]) await p.context().close();
  });

  it('a nynorsk service user meets nynorsk', async () => {
    const page = await newPage(browser);
    await signIn(page, 'teamleder.hv');
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('nn');
    await expect
      .poll(() => page.getByText('Barnevernstenesta i Hardanger og Voss').count())
      .toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});

describe('audit log view', () => {
  it('the head of service browses and filters the log, and checks the chain', async () => {
    const page = await newPage(browser);
    await signIn(page, 'leder.bergen');
    await (await hovedmenyLenke(page, 'Revisjonslogg')).click();
    await page.waitForURL(/\/revisjonslogg/);
    await expect.poll(() => page.getByRole('table').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByRole('row').count()).toBeGreaterThan(1);
    await expectNoAxeViolations(page);

    await page.getByLabel('Handling').selectOption({ label: 'Innlogging' });
    await page.getByRole('button', { name: 'Bruk filter' }).click();
    await page.waitForURL(/handling=auth\.login/);
    await expect
      .poll(async () => {
        const cells = await page.getByRole('row').allTextContents();
        return cells.slice(1).every((row) => row.includes('Innlogging')) && cells.length > 1;
      })
      .toBe(true);

    await page.getByRole('button', { name: /kontroller kjeden/i }).click();
    await expect.poll(() => page.getByText('Kjeden er hel').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('is not reachable for a contact person, not even by address', async () => {
    const page = await newPage(browser);
    await signIn(page, 'kontaktperson.bergen');
    await page.goto('/revisjonslogg');
    await expect.poll(() => page.getByText(/ingen tilgang/i).count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});

describe('every page works at 320 px and has no accessibility errors', () => {
  for (const path of ['/', '/innstillinger', '/revisjonslogg', '/finnes-ikke']) {
    it(path, async () => {
      const page = await newPage(browser, { width: 320 });
      await signIn(page, 'admin.bergen');
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page);
      await page.context().close();
    });
  }

  it('the 404 page says so', async () => {
    const page = await newPage(browser);
    await signIn(page, 'admin.bergen');
    await page.goto('/finnes-ikke');
    await expect.poll(() => page.getByRole('heading', { name: 'Fant ikke siden' }).count()).toBe(1);
    await page.context().close();
  });
});
