import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths } from '@/domain/plasseringsforlop';
import { osloToday } from '@/web/i18n/dates';
import { expectNoAxeViolations, launchBrowser, newPage, signIn } from './support/browser';
import { dokumenterNettverkssok } from './support/nettverkssok';

/**
 * The årshjul in the browser: a placement seven months old has overdue visits; recording a visit
 * (with how the child took part) through "Mine oppgaver" makes the overdue count fall; a
 * deviation shows in the team view apart from plain overdue; the child's annual wheel; the
 * calendar feed and local practice; and nynorsk.
 */

let browser: Browser;
let page: Page;
const today = osloToday();
const innflytting = addMonths(today, -7);
const suffix = Date.now().toString(36).slice(-5);
const fornavn = 'Hjulbarn';
const etternavn = `Testesen ${suffix}`;
const navn = `${fornavn} ${etternavn}`;
let barnId = '';
const ARSAK = 'Familien var bortreist, nytt besøk er avtalt.';

/** A JSON request inside the signed-in page's session, with the CSRF token from the session. */
async function api(p: Page, method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown) {
  const session = await (await p.request.get('/api/auth/session')).json();
  const res = await p.request.fetch(path, {
    method,
    data: body,
    headers: { 'x-csrf-token': session.csrfToken },
  });
  expect(res.ok(), `${method} ${path}: ${res.status()} ${await res.text()}`).toBe(true);
  return res.status() === 204 ? null : res.json();
}

const overdue = (p: Page) => p.getByTestId('antall-forfalt').textContent();
const number = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));

beforeAll(async () => {
  browser = await launchBrowser();
  page = await newPage(browser);
  await signIn(page, 'kontaktperson.bergen');
  barnId = (
    await api(page, 'POST', '/api/children', { fornavn, etternavn, fodselsdato: '2014-03-03', sprak: [] })
  ).id;
  const hjem = (await api(page, 'POST', '/api/foster-homes', { navn: `Familien Hjul ${suffix}` })).id;
  await dokumenterNettverkssok(page, barnId);
  await api(page, 'POST', `/api/children/${barnId}/placements`, {
    fosterhjemId: hjem,
    innflytting,
    plasseringstype: 'ordinaer',
    hjemmel: 'bvl_5_1',
    avtaleSlutt: addMonths(today, 30),
  });
});
afterAll(() => browser?.close());

describe('Mine oppgaver', () => {
  it('the overview tells how many tasks are overdue and links to them', async () => {
    await page.goto('/');
    const notice = page.getByText(/Du har [\d\s]+ forfalte? oppgaver? og [\d\s]+ denne uken/);
    await expect.poll(() => notice.count()).toBe(1);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Gå til oppgavene' }).click();
    await page.waitForURL(/\/oppgaver$/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Mine oppgaver');
    await expect.poll(() => overdue(page)).toMatch(/\d+ oppgaver?/);
    await expectNoAxeViolations(page);
  });

  it('recording a follow-up visit for an overdue task makes the overdue count fall', async () => {
    await page.getByLabel('Barn', { exact: true }).selectOption({ label: navn });
    await page.waitForURL(new RegExp(`barn=${barnId}`));
    // Only this child's tasks: two follow-up visits and two supervision visits are overdue after
    // seven months, and a conversation with the parents (the whole caseload has far more).
    await expect.poll(async () => number(await overdue(page))).toSatisfy((n: number) => n >= 4 && n <= 6);
    const before = number(await overdue(page));

    await page
      .getByRole('button', { name: new RegExp(`^Registrer Oppfølgingsbesøk for ${navn}`) })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    await expect
      .poll(() => dialog.getByRole('heading', { name: 'Registrer utført oppgave' }).count())
      .toBe(1);
    // Submitting empty shows the error summary: date and participation are required.
    await dialog.getByRole('button', { name: 'Registrer', exact: true }).click();
    await expect.poll(() => dialog.getByText('Velg hvordan barnet medvirket.').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);

    await dialog.getByLabel('Dato for besøket').fill(addMonths(innflytting, 1));
    await dialog.getByLabel('Samtale med barnet').check();
    await dialog.getByLabel(/Snakket alene med barnet/).check();
    await dialog.getByLabel(/Notat/).fill('Samtale med barnet på rommet.');
    await dialog.getByRole('button', { name: 'Registrer', exact: true }).click();

    await expect.poll(() => page.getByText('Registrert. Oppgavene er oppdatert.').count()).toBe(1);
    await expect.poll(async () => number(await overdue(page))).toBe(before - 1);
    await expectNoAxeViolations(page);
  });

  it('a deviation needs a reason and a new date, and moves the task out of overdue', async () => {
    const before = number(await overdue(page));
    await page
      .getByRole('button', { name: new RegExp(`^Avvik for Oppfølgingsbesøk, ${navn}`) })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Registrer avvik' }).click();
    await expect.poll(() => dialog.getByText('Velg ny dato.').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);

    await dialog.getByLabel('Årsak').fill(ARSAK);
    await dialog.getByLabel('Ny dato').fill(addMonths(today, 1));
    await dialog.getByRole('button', { name: 'Registrer avvik' }).click();
    await expect.poll(() => page.getByText('Avviket er registrert.').count()).toBe(1);
    await expect.poll(async () => number(await overdue(page))).toBe(before - 1);
    await expect.poll(() => page.getByText(ARSAK).count()).toBe(1);
  });

  it('a task can be planned for a date and time', async () => {
    await page
      .getByRole('button', { name: new RegExp(`^Planlegg Tilsynsbesøk for ${navn}`) })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Lagre tidspunkt' }).click();
    await expect.poll(() => dialog.getByText('Velg klokkeslett.').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    await dialog.getByLabel('Dato', { exact: true }).fill(addMonths(today, 1));
    await dialog.getByLabel('Klokkeslett').fill('10:30');
    await dialog.getByRole('button', { name: 'Lagre tidspunkt' }).click();
    await expect.poll(() => page.getByText('Tidspunktet er lagret.').count()).toBe(1);
    await expect.poll(() => page.getByText(/, 10:30/).count()).toBeGreaterThan(0);
  });
});

describe('the team view', () => {
  it('shows the deviation with its reason, apart from plain overdue tasks', async () => {
    const leader = await newPage(browser);
    await signIn(leader, 'teamleder.bergen');
    await leader.goto('/oppgaver/team');
    await expect
      .poll(() => leader.getByRole('heading', { level: 1 }).textContent())
      .toBe('Teamets etterlevelse');
    const deviations = leader
      .locator('section')
      .filter({ has: leader.getByRole('heading', { level: 2, name: /^Avvik/ }) });
    await expect.poll(() => deviations.first().getByText(ARSAK).count()).toBe(1);
    await expect.poll(() => deviations.first().getByRole('link', { name: navn }).count()).toBe(1);
    expect(await leader.getByRole('heading', { name: /^Forfalte oppgaver uten avvik/ }).count()).toBe(1);
    expect(await leader.getByRole('heading', { name: 'Per kontaktperson' }).count()).toBe(1);
    await expectNoAxeViolations(leader);

    // The scope switch shows the team's tasks with the responsible contact person.
    await leader.goto('/oppgaver?omfang=team');
    await expect.poll(() => leader.getByRole('heading', { level: 1 }).textContent()).toBe('Teamets oppgaver');
    await expect
      .poll(() => leader.getByRole('columnheader', { name: 'Kontaktperson' }).count())
      .toBeGreaterThan(0);
    await expectNoAxeViolations(leader);
    await leader.context().close();
  });

  it('is not offered to a contact person', async () => {
    await page.goto('/oppgaver/team');
    await expect.poll(() => page.getByRole('heading', { name: 'Ingen tilgang' }).count()).toBe(1);
  });
});

describe("the child's annual wheel", () => {
  it('shows the year month by month, the done visit, and a table with the same', async () => {
    const ar = addMonths(innflytting, 3).slice(0, 4);
    await page.goto(`/barn/${barnId}/arshjul?ar=${ar}`);
    await expect
      .poll(() => page.getByRole('heading', { name: `Årshjul ${ar}`, exact: true }).count())
      .toBe(1);
    const table = page.getByRole('table', { name: `Årshjul ${ar} som tabell` });
    await expect.poll(() => table.getByRole('row', { name: /Oppfølgingsbesøk.*Utført/ }).count()).toBe(1);
    await expect
      .poll(() => page.getByRole('link', { name: 'Årshjul', exact: true }).getAttribute('aria-current'))
      .toBe('page');
    await expectNoAxeViolations(page);
  });

  it('refuses a reduction to two visits before the child has lived there two years', async () => {
    await page.getByRole('button', { name: 'Nytt vedtak om besøksfrekvens' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Oppfølgingsbesøk').check();
    await dialog.getByLabel('To i året (redusert)').check();
    await dialog.getByLabel('Begrunnelse').fill('Gode forhold i fosterhjemmet, barnet trives.');
    await dialog.getByRole('button', { name: 'Lagre vedtaket' }).click();
    await expect.poll(() => dialog.getByText(/først reduseres til to/).count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
  });
});

describe('calendar feed and local practice', () => {
  it('creates a calendar address shown once, and revokes it', async () => {
    await page.goto('/innstillinger');
    await page.getByRole('button', { name: 'Lag kalenderadresse' }).click();
    const url = page.getByLabel('Kalenderadressen din');
    await expect
      .poll(async () => (await url.count()) > 0 && (await url.inputValue()))
      .toMatch(/\/api\/calendar\/.+\.ics$/);
    expect(await page.getByText(/aldri navn/).count()).toBe(1);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Slett kalenderadressen' }).click();
    await expect.poll(() => page.getByText(/Kalenderadressen er slettet/).count()).toBe(1);
    await expect.poll(() => url.count()).toBe(0);
  });

  it('the head of service sees the local-practice numbers, checked before saving', async () => {
    const leder = await newPage(browser);
    await signIn(leder, 'leder.bergen');
    await leder.goto('/oppgaver/innstillinger');
    const field = leder.getByLabel(/Oppfølgingssamtaler med foreldre/);
    await expect.poll(() => field.inputValue()).toMatch(/^\d+$/);
    await expectNoAxeViolations(leder);
    await field.fill('0');
    await leder.getByRole('button', { name: 'Lagre lokal praksis' }).click();
    await expect.poll(() => leder.getByText('Skriv et helt tall fra 1 til 12.').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(leder);
    await leder.context().close();
  });
});

describe('nynorsk', () => {
  it('a Hardanger og Voss contact person gets the tasks, the dialogs and the wheel in nynorsk', async () => {
    const nn = await newPage(browser);
    await signIn(nn, 'kontaktperson.hv');
    await expect.poll(() => nn.getAttribute('html', 'lang')).toBe('nn');
    await nn.goto('/oppgaver');
    await expect.poll(() => nn.getByRole('heading', { level: 1 }).textContent()).toBe('Mine oppgåver');
    await expect.poll(() => nn.getByRole('heading', { name: /^Forfalle/ }).count()).toBe(1);
    expect(await nn.getByRole('heading', { name: /^Denne veka/ }).count()).toBe(1);
    expect(await nn.getByRole('heading', { name: /^Kommande/ }).count()).toBe(1);
    await expectNoAxeViolations(nn);

    await nn
      .getByRole('button', { name: /^Registrer / })
      .first()
      .click();
    const dialog = nn.getByRole('dialog');
    await expect
      .poll(() => dialog.getByRole('heading', { name: 'Registrer utført oppgåve' }).count())
      .toBe(1);
    await dialog.getByRole('button', { name: 'Registrer', exact: true }).click();
    await expect.poll(() => dialog.getByText('Skriv inn datoen.').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(nn);
    await dialog.getByRole('button', { name: 'Avbryt' }).click();

    const href = await nn.locator('main a[href^="/barn/"]').first().getAttribute('href');
    await nn.goto(`${href}/arshjul`);
    await expect.poll(() => nn.getByRole('heading', { name: /^Årshjul \d{4}$/ }).count()).toBe(1);
    await expect.poll(() => nn.getByText('Teiknforklaring:').count()).toBe(1);
    await expectNoAxeViolations(nn);
    await nn.context().close();
  });
});
