import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage, signIn } from './support/browser';

/**
 * The recruitment overview in the browser: the head of the Bufetat unit opens it on the demo
 * families (src/seed/rekruttering.ts), sees the funnel with its numbers and the three homes
 * available, reads a definition, and downloads the funnel and every table as CSV. A head of a
 * municipal service sees small numbers hidden; a contact person has no access. Axe on each view.
 */

let browser: Browser;
let leder: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  leder = await newPage(browser);
  await signIn(leder, 'leder.bufetat');
});
afterAll(() => browser?.close());

/** The cells of a table row, by the row's header. */
async function rad(p: Page, testId: string, overskrift: string) {
  const row = p
    .getByTestId(testId)
    .getByRole('row')
    .filter({ has: p.getByRole('rowheader', { name: overskrift }) });
  return row.getByRole('cell').allTextContents();
}

describe('recruitment overview', () => {
  it('shows the head at Bufetat the funnel, time in stage and the homes available, with definitions', async () => {
    await leder.goto('/rekruttering/oversikt');
    await leder.getByRole('heading', { level: 1, name: 'Rekrutteringsoversikt' }).waitFor();
    await leder.getByTestId('rekruttering-trakt').waitFor();
    const api = await (await leder.request.get('/api/recruitment/overview')).json();
    // The funnel: every stage for all sources, the same numbers as the API.
    const alle = await rad(leder, 'rekruttering-trakt', 'Alle kilder');
    const forventet = [
      'henvendelse',
      'informasjonsmote',
      'opplaering',
      'utredning',
      'godkjenning',
      'tilgjengelig',
      'formidlet',
    ].map((f) => String(api.trakt.totalt.nadd[f]));
    expect(alle).toEqual(forventet);
    expect(Number(alle[0])).toBeGreaterThan(10);
    // The chart is described for screen readers, with every value.
    const diagram = leder.getByRole('img', { name: /Familier som har nådd hver fase/ });
    expect(await diagram.getAttribute('aria-label')).toContain(`Henvendelse: ${alle[0]}`);
    // The approved homes waiting for a child, by type: the demo's three, and any that other browser
    // tests have returned to the pool (re-recruitment) in the same database.
    const ledige = String(api.tilgjengelige.totalt.antall);
    expect(Number(ledige)).toBeGreaterThanOrEqual(3);
    expect((await rad(leder, 'rekruttering-tilgjengelige', 'Alle typer'))[0]).toBe(ledige);
    expect((await rad(leder, 'rekruttering-tid', 'Henvendelse')).length).toBe(4);
    // Each measure has its written definition beside it.
    await leder.getByText('Slik regnes det ut').first().click();
    await expect
      .poll(() =>
        leder.getByText(/Familiene i traktet er de som hadde første kontakt i perioden/).isVisible(),
      )
      .toBe(true);
    await expectNoAxeViolations(leder);
  });

  it('downloads the funnel and every table as CSV', async () => {
    const [trakt] = await Promise.all([
      leder.waitForEvent('download'),
      leder.getByRole('link', { name: 'Last ned «Familier per fase og kilde» som CSV' }).click(),
    ]);
    expect(trakt.suggestedFilename()).toMatch(
      /^rekrutteringsoversikt-trakt-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const tekst = await readFile(await trakt.path(), 'utf8');
    expect(tekst.charCodeAt(0)).toBe(0xfeff);
    const [header, forste] = tekst.slice(1).split('\r\n');
    expect(header).toBe(
      '"Kilde";"Henvendelse";"Informasjonsmøte";"Opplæring";"Utredning";"Godkjenning";"Tilgjengelig";"Formidlet"',
    );
    const alle = await rad(leder, 'rekruttering-trakt', 'Alle kilder');
    expect(forste).toBe(`"Alle kilder";${alle.map((c) => `"${c}"`).join(';')}`);

    const [samlet] = await Promise.all([
      leder.waitForEvent('download'),
      leder.getByRole('link', { name: 'Last ned CSV' }).click(),
    ]);
    const alleTabeller = await readFile(await samlet.path(), 'utf8');
    expect(alleTabeller).toContain('"Tid i hver fase (dager)"');
    expect(alleTabeller).toContain('"Godkjente hjem tilgjengelige i dag"');
    const ledige = (await rad(leder, 'rekruttering-tilgjengelige', 'Alle typer'))[0];
    expect(alleTabeller).toContain(`"Alle typer";"${ledige}";`);
  });

  it('hides small numbers for a head of a municipal service, and refuses a contact person', async () => {
    const bergen = await newPage(browser);
    await signIn(bergen, 'leder.bergen');
    await bergen.goto('/rekruttering/oversikt');
    await bergen.getByTestId('rekruttering-tilgjengelige').waitFor();
    await bergen.getByText(/Derfor vises ikke tall fra 1 til 4/).waitFor();
    expect((await rad(bergen, 'rekruttering-tilgjengelige', 'Alle typer'))[0]).toBe('Skjult');
    await expectNoAxeViolations(bergen);
    await bergen.context().close();

    const kp = await newPage(browser);
    await signIn(kp, 'kontaktperson.bergen');
    await kp.goto('/rekruttering/oversikt');
    await expect.poll(() => kp.getByTestId('rekruttering-trakt').count()).toBe(0);
    await kp.getByRole('heading', { level: 1 }).waitFor();
    expect(await kp.getByRole('heading', { level: 1, name: 'Rekrutteringsoversikt' }).count()).toBe(0);
    await kp.context().close();
  });
});
