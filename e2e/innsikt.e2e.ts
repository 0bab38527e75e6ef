import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { osloToday } from '@/web/i18n/dates';
import { expectNoAxeViolations, launchBrowser, newPage, signIn } from './support/browser';

/**
 * Innsikt in the browser: the head of service's key figures with their written definitions, the
 * period in the URL, the teams side by side, the export as CSV and Excel; the network
 * coordinator's collaboration view with small numbers hidden; nynorsk; and a phone-sized screen.
 */

let browser: Browser;
let leder: Page;
const ar = Number(osloToday().slice(0, 4));

const card = (p: Page, id: string) => p.getByTestId(`nokkeltall-${id}`);

beforeAll(async () => {
  browser = await launchBrowser();
  leder = await newPage(browser);
  await signIn(leder, 'leder.bergen');
});
afterAll(() => browser?.close());

describe('the head of service', () => {
  it('finds Innsikt in the menu and sees the key figures, each with its definition', async () => {
    await leder.goto('/');
    await leder.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Innsikt' }).click();
    await leder.waitForURL(/\/innsikt$/);
    await expect.poll(() => leder.getByRole('heading', { level: 1 }).textContent()).toBe('Innsikt');
    await expect
      .poll(() => leder.getByRole('heading', { level: 2, name: /^Nøkkeltall for Bergen/ }).count())
      .toBe(1);
    // Real figures from the demo data: a rate with one decimal, shares as percentages.
    await expect.poll(() => card(leder, 'per100').textContent()).toMatch(/\d+,\d/);
    expect(await card(leder, 'andel').textContent()).toMatch(/\d+,\d\s%/);
    expect(await card(leder, 'median').textContent()).toMatch(/måneder.*dager/);
    expect(await card(leder, 'oppfolgingsbesok').textContent()).toMatch(/\d+ av \d+ barn/);
    // Every key figure has its own "Slik regnes det ut".
    expect(await leder.getByText('Slik regnes det ut').count()).toBeGreaterThanOrEqual(7);
    // Programme fidelity and the products in use, as tables with their definitions.
    const programmer = leder.getByRole('table', { name: /Programtroskap/ });
    await expect.poll(() => programmer.getByRole('rowheader', { name: /En god start/ }).count()).toBe(1);
    expect(await programmer.getByRole('rowheader', { name: /Veien videre/ }).count()).toBe(1);
    const produkter = leder.getByRole('table', { name: /Produkter fra skattekartet/ });
    await expect.poll(() => produkter.getByRole('row').count()).toBeGreaterThan(1);
    await expectNoAxeViolations(leder);
  });

  it('opens a definition with the keyboard and reads how the measure is computed', async () => {
    const summary = card(leder, 'per100').getByText('Slik regnes det ut');
    await summary.focus();
    await leder.keyboard.press('Enter');
    const definition = card(leder, 'per100').getByText(/delt på summen av tiden alle plasseringer varte/);
    await expect.poll(() => definition.isVisible()).toBe(true);
    expect(await definition.textContent()).toMatch(/dagen for utflytting regnes ikke som plassert/);
    await card(leder, 'median').getByText('Slik regnes det ut').click();
    await expect
      .poll(() =>
        card(leder, 'median')
          .getByText(/Kaplan–Meier/)
          .isVisible(),
      )
      .toBe(true);
    await expectNoAxeViolations(leder);
  });

  it('compares the teams in a chart with the numbers in a table beside it', async () => {
    const chart = leder.getByRole('img', {
      name: /^Stolpediagram, Utilsiktede flyttinger per 100 plasseringsår\. /,
    });
    await expect.poll(() => chart.count()).toBe(2); // the teams, and the trend
    const teams = leder.getByRole('table', { name: 'Utilsiktede flyttinger per team' });
    expect(await teams.getByRole('rowheader', { name: 'Fosterhjemsteam Nord' }).count()).toBe(1);
    const alle = leder.getByRole('table', { name: /^Alle mål for Bergen/ });
    expect(await alle.getByRole('columnheader', { name: 'Hele tjenesten' }).count()).toBe(1);
    expect(
      await alle.getByRole('rowheader', { name: 'Utilsiktede flyttinger per 100 plasseringsår' }).count(),
    ).toBe(1);
    // The splits and the trend.
    expect(
      await leder
        .getByRole('table', { name: /etter plasseringstype/ })
        .getByText('Forsterket fosterhjem')
        .count(),
    ).toBe(1);
    expect(
      await leder
        .getByRole('table', { name: 'Utilsiktede flyttinger per tre måneder' })
        .getByRole('row')
        .count(),
    ).toBe(9);
  });

  it('switches the period with a preset and with dates, and keeps it in the URL', async () => {
    await leder.getByRole('button', { name: 'I fjor' }).click();
    await leder.waitForURL(new RegExp(`fra=${ar - 1}-01-01&til=${ar - 1}-12-31`));
    await expect
      .poll(() => leder.getByTestId('innsikt-periode').textContent())
      .toBe(`Tall for perioden 1. januar ${ar - 1} – 31. desember ${ar - 1}`);
    expect(await leder.getByRole('button', { name: 'I fjor' }).getAttribute('aria-pressed')).toBe('true');

    // A reversed period is refused with a message at the field.
    await leder.getByLabel('Fra dato').fill(`${ar - 1}-06-30`);
    await leder.getByLabel('Til dato').fill(`${ar - 1}-01-01`);
    await leder.getByRole('button', { name: 'Vis tall' }).click();
    await expect
      .poll(() => leder.getByText('Til-datoen kan ikke være før fra-datoen.').count())
      .toBeGreaterThan(0);
    await expectNoAxeViolations(leder);

    await leder.getByLabel('Til dato').fill(`${ar - 1}-12-31`);
    await leder.getByRole('button', { name: 'Vis tall' }).click();
    await leder.waitForURL(new RegExp(`fra=${ar - 1}-06-30&til=${ar - 1}-12-31`));
    await expect
      .poll(() => leder.getByTestId('innsikt-periode').textContent())
      .toBe(`Tall for perioden 30. juni ${ar - 1} – 31. desember ${ar - 1}`);
    // The page opens on the same period from its address.
    await leder.reload();
    await expect
      .poll(() => leder.getByTestId('innsikt-periode').textContent())
      .toBe(`Tall for perioden 30. juni ${ar - 1} – 31. desember ${ar - 1}`);
  });

  it('downloads the figures as CSV and as Excel', async () => {
    const [csv] = await Promise.all([
      leder.waitForEvent('download'),
      leder.getByRole('link', { name: 'Last ned CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    const text = await readFile(await csv.path(), 'utf8');
    expect(text).toContain('Utilsiktede flyttinger per 100 plasseringsår');
    expect(text).toContain('Fosterhjemsteam Nord');
    // The file is for the period chosen.
    expect(csv.suggestedFilename()).toContain(`${ar - 1}-06-30-${ar - 1}-12-31`);

    const [xlsx] = await Promise.all([
      leder.waitForEvent('download'),
      leder.getByRole('link', { name: 'Last ned Excel (xlsx)' }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    const bytes = await readFile(await xlsx.path());
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
  });

  it('has the learning network as a second tab, with the same period', async () => {
    await leder
      .getByRole('navigation', { name: 'Visninger i Innsikt' })
      .getByRole('link', { name: 'Læringsnettverket' })
      .click();
    await leder.waitForURL(new RegExp(`/innsikt/laeringsnettverk\\?fra=${ar - 1}-06-30&til=${ar - 1}-12-31`));
    await expect
      .poll(() =>
        leder.getByRole('heading', { level: 2, name: 'Læringsnettverk fosterhjem Vestland' }).count(),
      )
      .toBe(1);
    await expectNoAxeViolations(leder);
  });
});

describe('the network coordinator', () => {
  let page: Page;
  beforeAll(async () => {
    page = await newPage(browser);
    await signIn(page, 'koordinator.oygarden');
  });

  it('sees each collaboration with its services, small numbers hidden and explained', async () => {
    await page.goto('/innsikt');
    // Every service's figures are computed on request: wait for them, not just a second.
    await page.getByRole('heading', { level: 2, name: 'Læringsnettverk fosterhjem Vestland' }).waitFor();
    // Only the collaboration view: no tabs, no service figures.
    expect(await page.getByRole('navigation', { name: 'Visninger i Innsikt' }).count()).toBe(0);
    expect(
      await page.getByText('Ingen personopplysninger forlater tjenesten.', { exact: false }).count(),
    ).toBe(1);
    const table = page.getByRole('table', { name: 'Alle mål for Læringsnettverk fosterhjem Vestland' });
    for (const name of [
      'Samlet',
      /^Bergen kommune/,
      /^Barnevernstjenesten i Hardanger og Voss/,
      /^Øygarden kommune.*\(din tjeneste\)/,
    ])
      expect(await table.getByRole('columnheader', { name }).count()).toBe(1);
    expect(
      await table.getByRole('rowheader', { name: 'Barn med alle oppfølgingsbesøk i tide' }).count(),
    ).toBe(1);
    // A suppressed cell is a dash, read out with its reason, and the reason is written below the table.
    expect(await table.getByText('Skjult: færre enn 5 barn').count()).toBeGreaterThan(0);
    expect(await page.getByText(/Skjult: færre enn 5 barn\. Tall fra 1 til 4/).count()).toBe(2);
    // Programme fidelity and product use per service, as counts with small ones hidden.
    const program = page.getByRole('table', {
      name: 'Programtroskap og produkter i bruk i Læringsnettverk fosterhjem Vestland',
    });
    expect(await program.getByRole('rowheader', { name: /^Bergen kommune/ }).count()).toBe(1);
    expect(await program.getByRole('columnheader', { name: 'En god start' }).count()).toBe(1);
    const csv = page.getByRole('link', { name: 'Last ned CSV' });
    expect(await csv.getAttribute('href')).toMatch(/niva=samarbeid&format=csv/);
    await expectNoAxeViolations(page);
  });

  it('opens a definition in the collaboration view', async () => {
    await page.getByText('Slik regnes tallene i tabellen ut').first().click();
    await expect
      .poll(() =>
        page
          .getByText(/Kaplan–Meier-metoden/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await expectNoAxeViolations(page);
  });
});

describe('nynorsk and small screens', () => {
  it('reads in nynorsk for leder.hv', async () => {
    const page = await newPage(browser);
    await signIn(page, 'leder.hv');
    await page.goto('/innsikt');
    await expect.poll(() => page.getByRole('heading', { level: 2, name: /^Nøkkeltal for / }).count()).toBe(1);
    expect(await page.getByText('Slik blir det rekna ut').count()).toBeGreaterThanOrEqual(7);
    expect(await page.getByRole('heading', { level: 2, name: 'Samanlikning mellom teama' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Last ned CSV' }).count()).toBe(1);
    await card(page, 'forste-ar').getByText('Slik blir det rekna ut').click();
    await expect
      .poll(() =>
        card(page, 'forste-ar')
          .getByText(/eittårsdagen/)
          .isVisible(),
      )
      .toBe(true);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Læringsnettverket' }).click();
    await expect.poll(() => page.getByText(/Ingen personopplysningar går ut av tenesta/).count()).toBe(1);
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('works at 320 px: nothing wider than the screen, tables scroll in a labelled region', async () => {
    const page = await newPage(browser, { width: 320 });
    await signIn(page, 'leder.bergen');
    await page.goto('/innsikt');
    await expect.poll(() => card(page, 'per100').textContent()).toMatch(/\d+,\d/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const region = page.getByRole('region', { name: /^Alle mål for Bergen/ });
    expect(await region.getAttribute('tabindex')).toBe('0');
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});
