import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths } from '@/domain/plasseringsforlop';
import { osloToday } from '@/web/i18n/dates';
import { expectNoAxeViolations, launchBrowser, newPage, signIn } from './support/browser';

/**
 * Kinship first and re-recruitment in the browser: an ordinary (neutral) placement is refused
 * until the search in the child's family and network is documented and concluded, with the
 * message at the field; then it is accepted. When the child moves out, the foster home turns up
 * in the re-recruitment list, and the family's «yes» returns it to the pool. Hardanger og Voss
 * sees the section and the list in nynorsk. Every view is checked with axe.
 */

let browser: Browser;
const today = osloToday();
const suffix = Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join(
  '',
);
const HJEM = `Familien Slektsen ${suffix}`;

async function api(p: Page, method: 'POST' | 'PUT', path: string, body?: unknown) {
  const session = await (await p.request.get('/api/auth/session')).json();
  const res = await p.request.fetch(path, {
    method,
    data: body,
    headers: { 'x-csrf-token': session.csrfToken },
  });
  expect(res.ok(), `${method} ${path}: ${res.status()} ${await res.text()}`).toBe(true);
  return res.status() === 204 ? null : res.json();
}

let barnId = '';

beforeAll(async () => {
  browser = await launchBrowser();
  const page = await newPage(browser);
  await signIn(page, 'kontaktperson.bergen');
  barnId = (
    await api(page, 'POST', '/api/children', {
      fornavn: 'Nora',
      etternavn: `Slektsdotter${suffix}`,
      fodselsdato: '2015-05-05',
      sprak: [],
    })
  ).id as string;
  await api(page, 'POST', '/api/foster-homes', {
    navn: HJEM,
    kommunenummer: '4601',
    godkjentDato: '2020-01-01',
    medlemmer: [{ rolle: 'fosterforelder', fornavn: 'Eli', etternavn: `Slektsen${suffix}` }],
  });
  await page.context().close();
});
afterAll(() => browser?.close());

async function openPlacementDialog(page: Page) {
  await page.getByRole('button', { name: 'Ny plassering' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('heading', { name: 'Ny plassering' }).waitFor();
  await dialog.getByLabel('Fosterhjem', { exact: true }).selectOption({ label: `${HJEM} (Bergen)` });
  await dialog.getByLabel('Innflyttingsdato').fill(addMonths(today, -3));
  await dialog.getByLabel('Plasseringstype').selectOption('ordinaer');
  await dialog.getByLabel('Hjemmel').selectOption('bvl_5_1');
  return dialog;
}

describe('kinship first', () => {
  it('refuses a neutral home until the search is concluded, then accepts it', async () => {
    const page = await newPage(browser);
    await signIn(page, 'kontaktperson.bergen');
    await page.goto(`/barn/${barnId}/fosterhjem`);
    await page.getByRole('heading', { level: 3, name: 'Slekt og nettverk først' }).waitFor();
    await page.getByText('Ingen søk i slekt og nettverk er registrert for barnet.').waitFor();
    await expectNoAxeViolations(page);

    // Before the search: the form says so before submitting, and the server refuses at the field.
    let dialog = await openPlacementDialog(page);
    await dialog.getByText('må søket i slekt og nære nettverk være dokumentert og avsluttet').waitFor();
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Registrer plasseringen' }).click();
    await dialog
      .getByText('Dokumenter søket i barnets slekt og nære nettverk før du velger et ordinært fosterhjem')
      .first()
      .waitFor();
    expect(await dialog.getByLabel('Plasseringstype').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    // The search: started with a network meeting, one person considered, concluded.
    await page.getByRole('button', { name: 'Start søk i slekt og nettverk' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nettverksmøte').check();
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Start søk i slekt og nettverk' }).click();
    await page.getByText('Søket er startet.').waitFor();
    await page.getByRole('heading', { level: 4, name: 'Søket pågår' }).waitFor();

    await page.getByRole('button', { name: 'Legg til person' }).click();
    await dialog.getByRole('button', { name: 'Lagre' }).click();
    await dialog.getByText('Skriv hvem som er vurdert.').first().waitFor();
    await expectNoAxeViolations(page);
    await dialog.getByLabel('Hvem').fill('Mormor');
    await dialog.getByLabel('Forhold til barnet').selectOption('besteforelder');
    await dialog.getByLabel('Vurdering').selectOption('onsker_ikke');
    await dialog.getByLabel('Begrunnelse').fill('Ønsker å være besteforelder, ikke fosterforelder.');
    await dialog.getByRole('button', { name: 'Lagre' }).click();
    await page.getByText('Personen er lagret.').waitFor();
    await page.getByRole('cell', { name: 'Mormor', exact: true }).waitFor();

    await page.getByRole('button', { name: 'Avslutt søket' }).click();
    await dialog.getByRole('radio', { name: 'Ingen egnet i slekt og nettverk' }).check();
    await dialog
      .getByLabel('Konklusjon')
      .fill('Nettverksmøte holdt. Ingen i slekt eller nettverk kan ta imot Nora nå.');
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Avslutt søket' }).click();
    await page.getByText('Søket er avsluttet.').waitFor();
    await page.getByText('Ingen egnet i slekt og nettverk', { exact: true }).waitFor();
    await expectNoAxeViolations(page);

    // Now the neutral home is accepted.
    dialog = await openPlacementDialog(page);
    await dialog.getByText('Søket i slekt og nettverk er dokumentert og avsluttet.').waitFor();
    await dialog.getByRole('button', { name: 'Registrer plasseringen' }).click();
    await page.getByText('Plasseringen er registrert.').waitFor();
    await page.context().close();
  }, 240_000);
});

describe('re-recruitment', () => {
  it('asks the home about a new child when the placement ends, and «ready» returns it to the pool', async () => {
    const page = await newPage(browser);
    await signIn(page, 'kontaktperson.bergen');
    // Its own child and home on every attempt, so a retry starts from a placement that is still on.
    const egen = Array.from({ length: 4 }, () =>
      String.fromCharCode(97 + Math.floor(Math.random() * 26)),
    ).join('');
    const HJEM = `Familien Gjensen ${suffix}${egen}`;
    const hjemId = (
      await api(page, 'POST', '/api/foster-homes', {
        navn: HJEM,
        kommunenummer: '4601',
        godkjentDato: '2020-01-01',
        medlemmer: [{ rolle: 'fosterforelder', fornavn: 'Geir', etternavn: `Gjensen${suffix}` }],
      })
    ).id as string;
    const barnId = (
      await api(page, 'POST', '/api/children', {
        fornavn: 'Mia',
        etternavn: `Gjensdotter${suffix}${egen}`,
        fodselsdato: '2014-04-04',
        sprak: [],
      })
    ).id as string;
    await api(page, 'POST', `/api/children/${barnId}/placements`, {
      fosterhjemId: hjemId,
      innflytting: addMonths(today, -6),
      plasseringstype: 'slekt_nettverk',
      hjemmel: 'bvl_5_1',
    });
    await page.goto(`/barn/${barnId}/fosterhjem`);
    await page
      .getByRole('heading', { level: 3, name: 'Slekt og nettverk først' })
      .waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Avslutt plassering' }).click({ timeout: 60_000 });
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Avslutt plassering' }).waitFor();
    await dialog.getByLabel('Utflyttingsdato').fill(today);
    await dialog.getByLabel('Årsak (SSB)').selectOption('1.1.1');
    await dialog.getByRole('radio', { name: 'Planlagt flytting' }).check();
    await dialog.getByLabel('Hvem tok initiativet?').selectOption('tjenesten');
    await dialog.getByLabel('Barnet flytter til').selectOption('2');
    await dialog.getByRole('button', { name: 'Avslutt plasseringen' }).click();
    await page.getByText('Plasseringen er avsluttet.').waitFor();

    await page.goto('/fosterhjem');
    await page.getByRole('link', { name: 'Gjenrekruttering etter avsluttet oppdrag' }).click();
    await page.waitForURL(/\/fosterhjem\/gjenrekruttering$/);
    await page.getByRole('heading', { level: 1, name: 'Gjenrekruttering' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: HJEM });
    await row.getByText('Skal spørres').waitFor();
    await expectNoAxeViolations(page);

    await row.getByRole('button', { name: `Registrer svar fra ${HJEM}` }).click();
    await dialog.getByRole('button', { name: 'Registrer svar' }).click();
    await dialog.getByText('Velg svaret.').first().waitFor();
    await expectNoAxeViolations(page);
    await dialog.getByRole('radio', { name: 'Klar for et nytt barn nå' }).check();
    await dialog.getByLabel('Del med rekrutteringssamarbeidet (Zip-team)').check();
    await dialog.getByLabel('Dato for samtykket').fill(today);
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Registrer svar' }).click();
    await page.getByText('Fosterhjemmet er tilbake blant de tilgjengelige hjemmene.').waitFor();
    // The list refetches after the message shows; wait for the row to leave.
    await expect.poll(() => page.getByRole('row').filter({ hasText: HJEM }).count()).toBe(0);

    // The foster home's page shows the answer.
    await page.goto('/fosterhjem');
    await page.getByRole('link', { name: HJEM }).click();
    await page.getByRole('heading', { level: 2, name: 'Gjenrekruttering' }).waitFor();
    await page.getByText(/Klar for et nytt barn, spurt/).waitFor();
    await expectNoAxeViolations(page);
    await page.context().close();
  }, 300_000);
});

describe('nynorsk', () => {
  it('Hardanger og Voss sees the section and the list in nynorsk', async () => {
    const page = await newPage(browser);
    await signIn(page, 'kontaktperson.hv');
    const id = (
      await api(page, 'POST', '/api/children', {
        fornavn: 'Ola',
        etternavn: `Nynorsken${suffix}`,
        fodselsdato: '2016-06-06',
        sprak: [],
      })
    ).id as string;
    await page.goto(`/barn/${id}/fosterhjem`);
    await page.getByRole('heading', { level: 3, name: 'Slekt og nettverk først' }).waitFor();
    await page.getByText(/Tenesta krev eit dokumentert og avslutta søk/).waitFor();
    await page.getByText(/skal ein alltid først leite i slekta/).waitFor();
    await expectNoAxeViolations(page);
    await page.goto('/fosterhjem/gjenrekruttering');
    await page.getByRole('heading', { level: 2, name: 'Fosterheimar å spørje' }).waitFor();
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});
