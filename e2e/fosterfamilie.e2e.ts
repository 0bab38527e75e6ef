import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths } from '@/domain/plasseringsforlop';
import { osloToday } from '@/web/i18n/dates';
import { expectNoAxeViolations, launchBrowser, newPage, signIn } from './support/browser';

/**
 * The foster family beyond the programme, in the browser: the "Kurs ikke tilbudt" reminder on a
 * kinship home placed eight months ago, a course offered to a foster parent and marked taken, a
 * guidance session registered, the family's own children with the conversation's deadline, and
 * the kinship track. Then the same page in nynorsk for a Hardanger og Voss user. Axe on each.
 */

let browser: Browser;
const today = osloToday();
const suffix = Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join(
  '',
);
let bergenHome = '';
let hvHome = '';

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

/** A kinship home with two foster parents and an own child, where a child moved in eight months ago. */
async function createKinshipHome(p: Page, navn: string) {
  const hjem = (
    await api(p, 'POST', '/api/foster-homes', {
      navn,
      medlemmer: [
        { rolle: 'fosterforelder', fornavn: 'Solveig', etternavn: `Slekt${suffix}` },
        { rolle: 'fosterforelder', fornavn: 'Arne', etternavn: `Slekt${suffix}` },
        {
          rolle: 'eget_barn',
          fornavn: 'Tuva',
          etternavn: `Slekt${suffix}`,
          fodselsdato: addMonths(today, -12 * 11),
        },
      ],
    })
  ).id as string;
  const barn = (
    await api(p, 'POST', '/api/children', {
      fornavn: 'Lina',
      etternavn: `Barnebarn${suffix}`,
      fodselsdato: '2016-04-04',
      sprak: [],
    })
  ).id as string;
  await api(p, 'POST', `/api/children/${barn}/placements`, {
    fosterhjemId: hjem,
    innflytting: addMonths(today, -8),
    plasseringstype: 'slekt_nettverk',
    hjemmel: 'bvl_5_1',
  });
  return hjem;
}

beforeAll(async () => {
  browser = await launchBrowser();
  const page = await newPage(browser);
  await signIn(page, 'kontaktperson.bergen');
  bergenHome = await createKinshipHome(page, `Familien Slekt ${suffix}`);
  await page.context().close();
  const hv = await newPage(browser, { locale: 'nn-NO' });
  await signIn(hv, 'kontaktperson.hv');
  hvHome = await createKinshipHome(hv, `Familien Heim ${suffix}`);
  await hv.context().close();
});
afterAll(() => browser?.close());

describe('follow-up of the foster family', () => {
  it('shows the course reminder, offers a course, marks it taken and registers guidance', async () => {
    const page = await newPage(browser);
    await signIn(page, 'kontaktperson.bergen');

    // The list flags the home.
    await page.goto('/fosterhjem');
    const row = page.getByRole('row').filter({ hasText: `Familien Slekt ${suffix}` });
    await row.getByText('Kurs ikke tilbudt').waitFor();

    await row.getByRole('link', { name: `Familien Slekt ${suffix}` }).click();
    await page.getByRole('heading', { level: 1, name: `Familien Slekt ${suffix}` }).waitFor();
    const kurs = page.getByRole('region', { name: 'Kurs' });
    await kurs.getByRole('heading', { name: 'Kurs ikke tilbudt' }).waitFor();
    await expect.poll(() => kurs.getByRole('listitem').count()).toBe(2);

    // The kinship track and the family's own child, with the conversation's deadline.
    await page.getByRole('heading', { level: 2, name: 'Slekt og nettverk' }).waitFor();
    await page.getByText('Lojalitet og konflikter i familien.').waitFor();
    const egne = page.getByRole('region', { name: 'Fosterfamiliens egne barn' });
    await egne.getByText(`Tuva Slekt${suffix}`).waitFor();
    await egne.getByText('(11 år)').or(egne.getByText('11 år')).first().waitFor();
    await egne.getByRole('button', { name: 'Skriv samtale med de egne barna' }).waitFor();
    expect(await egne.getByText('Ikke registrert').count()).toBe(1);
    await expectNoAxeViolations(page);

    // Offer Trygg Base to Solveig.
    await kurs.getByRole('button', { name: 'Tilby kurs' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Tilby kurs' }).click();
    await dialog.getByText('Velg hvilken fosterforelder som får tilbudet.').first().waitFor();
    await expectNoAxeViolations(page);
    await dialog.getByLabel('Fosterforelder').selectOption({ label: `Solveig Slekt${suffix}` });
    await dialog.getByLabel('Kurs', { exact: true }).selectOption('trygg_base');
    await dialog.getByRole('button', { name: 'Tilby kurs' }).click();
    await page.getByText('Kurstilbudet er registrert.').waitFor();
    const tryggBase = kurs.getByRole('row').filter({ hasText: 'Trygg Base' });
    await tryggBase.getByText('Venter på svar').waitFor();

    // Mark it taken today.
    await tryggBase
      .getByRole('button', { name: `Registrer svar på Trygg Base for Solveig Slekt${suffix}` })
      .click();
    await dialog.getByLabel('Har gjennomført kurset').check();
    await dialog.getByLabel('Dato kurset ble fullført').fill(today);
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Lagre' }).click();
    await tryggBase.getByText('Gjennomført').waitFor();

    // Register a guidance session with an outside supervisor.
    const veiledning = page.getByRole('region', { name: 'Veiledning og plan' });
    await veiledning.getByRole('button', { name: 'Skriv mandat for veileder' }).waitFor();
    await veiledning.getByRole('button', { name: 'Skriv plan for fosterfamilien' }).waitFor();
    await veiledning.getByRole('button', { name: 'Registrer veiledning' }).click();
    await dialog.getByLabel('Veileder', { exact: true }).selectOption('ekstern');
    await dialog.getByLabel('Navn på veilederen').fill('Bufetat, fosterhjemstjenesten');
    await dialog.getByLabel('Tema', { exact: true }).fill('Lojalitet i slekta etter jul');
    await dialog.getByLabel('Notat').fill('Mormor ringer ofte; avtalt faste tider.');
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Registrer veiledning' }).click();
    await page.getByText('Veiledningen er registrert.').waitFor();
    await veiledning.getByRole('cell', { name: 'Lojalitet i slekta etter jul', exact: true }).waitFor();
    await veiledning.getByRole('cell', { name: 'Bufetat, fosterhjemstjenesten', exact: true }).waitFor();
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('starts the conversation with the own children from the home', async () => {
    const page = await newPage(browser);
    await signIn(page, 'kontaktperson.bergen');
    await page.goto(`/fosterhjem/${bergenHome}`);
    await page
      .getByRole('region', { name: 'Fosterfamiliens egne barn' })
      .getByRole('button', { name: 'Skriv samtale med de egne barna' })
      .click();
    await page.waitForURL(/\/dokumenter\//);
    await page.getByRole('heading', { level: 1, name: /Samtale med øvrige barn i fosterhjemmet/ }).waitFor();
    await page.context().close();
  });

  it('speaks nynorsk to a Hardanger og Voss user', async () => {
    const page = await newPage(browser, { locale: 'nn-NO' });
    await signIn(page, 'kontaktperson.hv');
    await page.goto(`/fosterhjem/${hvHome}`);
    await page.getByRole('heading', { level: 2, name: 'Rettleiing og plan' }).waitFor();
    await page.getByRole('heading', { name: 'Kurs ikkje tilbode' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Dei eigne barna til fosterfamilien' }).waitFor();
    await page.getByText('Lojalitet og konfliktar i familien.').waitFor();
    await page.getByText('Inga rettleiing er registrert enno.').waitFor();
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});
