import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths } from '@/domain/plasseringsforlop';
import { osloToday } from '@/web/i18n/dates';
import { expectNoAxeViolations, expectNoOverflow, launchBrowser, newPage, signIn } from './support/browser';
import { dokumenterNettverkssok } from './support/nettverkssok';

/**
 * Programmes in the browser. En god start: a new foster home gets a child → the programme is
 * proposed on the foster home → the contact person opens it, registers that the family takes part,
 * registers the first session as held (with the error summary first), documents it, and downloads
 * the desk calendar. Veien videre: a care order with two parents → offered to both → one accepts and
 * the first conversation is held, the other declines with a reason and can be offered it again. A
 * nynorsk user sees the run page in nynorsk. The session form works by keyboard alone; every page
 * is checked with axe (WCAG 2.1 A/AA). The tests make their own children and foster homes.
 */

let browser: Browser;
const today = osloToday();
const suffix = Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join(
  '',
);

/** A JSON request inside the signed-in page's session, with the CSRF token from the session. */
async function api(p: Page, method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown) {
  const session = await (await p.request.get('/api/auth/session')).json();
  const res = await p.request.fetch(path, {
    method,
    data: body,
    headers: { 'x-csrf-token': session.csrfToken },
  });
  expect(res.ok(), `${method} ${path}: ${res.status()} ${await res.text()}`).toBe(true);
  return res.status() === 204 ? null : res.json();
}

/** A child placed in a foster home new to the service, moved in seven weeks ago, with a care order. */
async function createCase(p: Page, fornavn: string, etternavn: string, hjemNavn: string) {
  const barnId = (
    await api(p, 'POST', '/api/children', { fornavn, etternavn, fodselsdato: '2016-02-02', sprak: [] })
  ).id as string;
  const hjemId = (await api(p, 'POST', '/api/foster-homes', { navn: hjemNavn })).id as string;
  const innflytting = addMonths(today, -2);
  await dokumenterNettverkssok(p, barnId);
  await api(p, 'POST', `/api/children/${barnId}/placements`, {
    fosterhjemId: hjemId,
    innflytting,
    plasseringstype: 'ordinaer',
    hjemmel: 'bvl_5_1',
    avtaleSlutt: addMonths(today, 30),
  });
  return { barnId, hjemId };
}

/** The session's list item on the run page, found by its heading. */
const session = (p: Page, nummer: number) =>
  p.locator('li.program-session').filter({ has: p.getByRole('heading', { level: 3, name: `${nummer}. ` }) });

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('En god start for a new foster home', () => {
  const BARN = `Programsen${suffix}`;
  const HJEM = `Familien Startvik ${suffix}`;
  let hjemId = '';
  let runPath = '';

  it('is proposed on the foster home when the child moves in; opened, the family takes part', async () => {
    const page = await newPage(browser);
    await signIn(page, 'kontaktperson.bergen');
    ({ hjemId } = await createCase(page, 'Sofie', BARN, HJEM));

    await page.goto(`/fosterhjem/${hjemId}`);
    const section = page.locator('section', {
      has: page.getByRole('heading', { level: 2, name: 'En god start' }),
    });
    await section.getByText('0 av 6 gjennomført').waitFor();
    expect(await section.getByText('Foreslått').count()).toBe(1);
    // The placement already has a run: no button to propose another.
    expect(await section.getByRole('button', { name: /Foreslå En god start/ }).count()).toBe(0);
    await expectNoAxeViolations(page);

    await section.getByRole('link', { name: `En god start – Sofie ${BARN}` }).click();
    await page.waitForURL(/\/programmer\/[0-9a-f-]{36}$/);
    runPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 1, name: 'En god start' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Samlinger' }).waitFor();
    expect(await page.locator('li.program-session').count()).toBe(6);
    expect(await page.getByText('Programmet er foreslått.').count()).toBe(1);
    // Each session's goal and guidance sit beside it, folded.
    await session(page, 1).getByText('Om samlingen: mål, verktøy og veiledning').click();
    await session(page, 1)
      .getByRole('heading', { level: 4, name: 'Veiledning til den som leder samlingen' })
      .waitFor();
    await expectNoAxeViolations(page);

    // En god start is part of the follow-up: it is accepted, never declined.
    await page.getByRole('button', { name: 'Registrer svar' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Svar på tilbudet' }).waitFor();
    expect(await dialog.getByRole('radio').count()).toBe(0);
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Lagre svaret' }).click();
    await page.getByText('Svaret er registrert: takket ja.').waitFor();
    expect(await page.getByText('Takket ja', { exact: true }).count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('the first session is registered as held, with participants; a missing field is named first', async () => {
    const page = await newPage(browser);
    await signIn(page, 'kontaktperson.bergen');
    await page.goto(runPath);
    await page.getByRole('button', { name: 'Registrer gjennomført samling nr. 1' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Registrer gjennomført samling nr. 1' }).waitFor();
    await dialog.getByRole('button', { name: 'Lagre som gjennomført' }).click();
    const link = dialog.getByRole('link', { name: 'Skriv hvem som var med.' });
    await link.waitFor();
    await expectNoAxeViolations(page);
    await link.click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('okt-deltakere');

    await dialog.getByLabel('Deltakere').fill('Fostermor Hanne\nFosterfar Tor\nKontaktperson');
    await dialog.getByLabel('Notat').fill('Vi gikk gjennom hvordan de første ukene har vært.');
    await dialog.getByRole('button', { name: 'Lagre som gjennomført' }).click();
    await page.getByText('Registrert som gjennomført: samling nr. 1.').waitFor();
    const first = session(page, 1);
    expect(await first.getByText('Gjennomført', { exact: true }).count()).toBeGreaterThan(0);
    for (const name of ['Fostermor Hanne', 'Fosterfar Tor', 'Kontaktperson']) {
      expect(await first.getByRole('listitem').filter({ hasText: name }).count()).toBe(1);
    }
    await page.getByText('1 av 6 gjennomført').waitFor();
    await expectNoAxeViolations(page);

    // "Dokumenter": a document from the programme's template, linked to the session, opens.
    await first.getByRole('button', { name: 'Dokumenter samling nr. 1' }).click();
    await page.waitForURL(/\/dokumenter\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.goto(runPath);
    await session(page, 1).getByRole('link', { name: 'Åpne dokumentet' }).waitFor();
    await page.context().close();
  });

  it('the desk calendar downloads as a PDF, in nynorsk when chosen; the .ics file too', async () => {
    const page = await newPage(browser);
    await signIn(page, 'kontaktperson.bergen');
    await page.goto(runPath);
    await page.getByRole('heading', { level: 2, name: 'Bordkalender og kalenderfil' }).waitFor();
    await page.getByRole('radio', { name: 'Nynorsk' }).check();
    const pdfLink = page.getByRole('link', { name: 'Last ned bordkalender (PDF)' });
    const href = (await pdfLink.getAttribute('href')) ?? '';
    expect(href).toMatch(/desk-calendar\.pdf\?lang=nn$/);
    const [download] = await Promise.all([page.waitForEvent('download'), pdfLink.click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    expect(
      readFileSync((await download.path()) as string)
        .subarray(0, 4)
        .toString('latin1'),
    ).toBe('%PDF');
    const pdf = await page.request.get(href);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    expect((await pdf.body()).subarray(0, 4).toString('latin1')).toBe('%PDF');

    const ics = await page.request.get(
      (await page.getByRole('link', { name: 'Last ned kalenderfil (.ics)' }).getAttribute('href')) ?? '',
    );
    expect(ics.headers()['content-type']).toContain('text/calendar');
    const text = await ics.text();
    expect(text).toContain('BEGIN:VEVENT');
    // No child or family names in a calendar file.
    expect(text).not.toContain(BARN);
    await page.context().close();
  });

  it('the session form is reachable and submittable with the keyboard alone', async () => {
    const page = await newPage(browser);
    await signIn(page, 'kontaktperson.bergen');
    await page.goto(runPath);
    await page.getByRole('heading', { level: 1, name: 'En god start' }).waitFor();
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el?.getAttribute('aria-label') || el?.id || el?.textContent?.trim() || '';
      });
    await page.locator('body').focus();
    let steps = 0;
    while ((await focused()) !== 'Registrer gjennomført samling nr. 2' && steps++ < 120) {
      await page.keyboard.press('Tab');
    }
    expect(await focused()).toBe('Registrer gjennomført samling nr. 2');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Registrer gjennomført samling nr. 2' }).waitFor();
    // The date input has a stop per part (day, month, year): tab until the participants field.
    steps = 0;
    while ((await focused()) !== 'okt-deltakere' && steps++ < 20) await page.keyboard.press('Tab');
    await page.keyboard.type('Fostermor Hanne');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Kort samling om samarbeidet med mor.');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Lagre som gjennomført');
    await page.keyboard.press('Enter');
    await page.getByText('Registrert som gjennomført: samling nr. 2.').waitFor();
    await page.getByText('2 av 6 gjennomført').waitFor();
    await page.context().close();
  });

  it('a session changed by someone else meanwhile: the form says so, keeps the text, and saves after fetching', async () => {
    const page = await newPage(browser);
    await signIn(page, 'kontaktperson.bergen');
    await page.goto(runPath);
    await page.getByRole('button', { name: 'Registrer gjennomført samling nr. 3' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Deltakere').fill('Fosterfar Tor');
    // A colleague moves the session in the meantime.
    const runId = runPath.split('/').pop() as string;
    const run = await api(page, 'GET', `/api/programme-runs/${runId}`);
    const okt = run.okter.find((o: { nummer: number }) => o.nummer === 3);
    await api(page, 'PUT', `/api/programme-runs/${runId}/sessions/3`, {
      planlagt: `${addMonths(today, 1)}T17:30`,
      version: okt.version,
    });
    await dialog.getByRole('button', { name: 'Lagre som gjennomført' }).click();
    await dialog.getByText('Noen andre har lagret', { exact: false }).waitFor();
    await expectNoAxeViolations(page);
    expect(await dialog.getByLabel('Deltakere').inputValue()).toBe('Fosterfar Tor');
    await dialog.getByRole('button', { name: 'Hent siste versjon' }).click();
    await dialog.getByText('Den siste versjonen er hentet', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Lagre som gjennomført' }).click();
    await page.getByText('Registrert som gjennomført: samling nr. 3.').waitFor();
    await page.getByText('3 av 6 gjennomført').waitFor();
    await page.context().close();
  });

  it('fits a narrow screen', async () => {
    const page = await newPage(browser, { width: 360 });
    await signIn(page, 'kontaktperson.bergen');
    await page.goto(runPath);
    await page.getByRole('heading', { level: 2, name: 'Samlinger' }).waitFor();
    await expectNoOverflow(page);
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});

describe('the programme library', () => {
  it('lists the programmes and shows each session with goal, tools and guidance', async () => {
    const page = await newPage(browser);
    await signIn(page, 'kontaktperson.bergen');
    await page.goto('/programmer');
    await page.getByRole('heading', { level: 1, name: 'Programmer' }).waitFor();
    await page.getByRole('link', { name: 'Veien videre' }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'En god start' }).click();
    await page.getByRole('heading', { level: 1, name: 'En god start' }).waitFor();
    expect(await page.locator('li.program-definition__session').count()).toBe(6);
    expect(await page.getByRole('heading', { level: 3, name: 'Mål', exact: true }).count()).toBe(6);
    // Only the head of service adds material.
    expect(await page.getByRole('button', { name: /Legg til lenke/ }).count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it("the head of service adds a link to the service's own material, and removes it", async () => {
    const page = await newPage(browser);
    await signIn(page, 'leder.bergen');
    await page.goto('/programmer/bibliotek/en_god_start');
    const first = page.locator('li.program-definition__session').first();
    await first.getByRole('button', { name: /^Legg til lenke til / }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Navn på materialet').fill(`Film om tilhørighet ${suffix}`);
    await dialog.getByLabel('Lenke').fill('ftp://intranett/film');
    await dialog.getByRole('button', { name: 'Legg til' }).click();
    await dialog.getByRole('link', { name: /Skriv en hel lenke/ }).waitFor();
    await expectNoAxeViolations(page);
    await dialog.getByLabel('Lenke').fill('https://intranett.bergen.kommune.no/fosterhjem/film');
    await dialog.getByRole('button', { name: 'Legg til' }).click();
    await first.getByRole('link', { name: new RegExp(`Film om tilhørighet ${suffix}`) }).waitFor();
    await expectNoAxeViolations(page);
    await first.getByRole('button', { name: `Fjern Film om tilhørighet ${suffix}` }).click();
    await page.getByText(`«Film om tilhørighet ${suffix}» er fjernet.`).waitFor();
    expect(await first.getByRole('link', { name: new RegExp(`Film om tilhørighet ${suffix}`) }).count()).toBe(
      0,
    );
    await page.context().close();
  });
});

describe('Veien videre for parents after a care order', () => {
  const BARN = `Vegvisersen${suffix}`;
  let barnId = '';

  it('is offered to each parent; one accepts and the first conversation is held', async () => {
    const page = await newPage(browser);
    await signIn(page, 'kontaktperson.bergen');
    ({ barnId } = await createCase(page, 'Vilde', BARN, `Familien Vei ${suffix}`));
    for (const [relasjon, fornavn] of [
      ['mor', 'Mona'],
      ['far', 'Frode'],
    ] as const) {
      await api(page, 'POST', `/api/children/${barnId}/family-members`, {
        relasjon,
        fornavn,
        etternavn: BARN,
        foreldreansvar: true,
      });
    }

    await page.goto(`/barn/${barnId}`);
    const section = page.locator('section', {
      has: page.getByRole('heading', { level: 3, name: 'Programmer' }),
    });
    const mor = section.getByRole('link', { name: `Veien videre – Mona ${BARN} (Mor)` });
    await mor.waitFor();
    expect(await section.getByRole('link', { name: `Veien videre – Frode ${BARN} (Far)` }).count()).toBe(1);
    expect(await section.getByRole('link', { name: /^En god start – / }).count()).toBe(1);
    await expectNoAxeViolations(page);

    await mor.click();
    await page.getByRole('heading', { level: 1, name: 'Veien videre' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Samtaler' }).waitFor();
    expect(await page.locator('li.program-session').count()).toBe(4);
    await page.getByRole('button', { name: 'Registrer svar' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Takker ja').check();
    await dialog.getByRole('button', { name: 'Lagre svaret' }).click();
    await page.getByText('Svaret er registrert: takket ja.').waitFor();

    await page.getByRole('button', { name: 'Registrer gjennomført samtale nr. 1' }).click();
    await dialog.getByLabel('Deltakere').fill('Mor\nKontaktperson');
    await dialog.getByRole('button', { name: 'Lagre som gjennomført' }).click();
    await page.getByText('Registrert som gjennomført: samtale nr. 1.').waitFor();
    await page.getByText('1 av 4 gjennomført').waitFor();
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('the other parent declines with a reason, and can be offered it again', async () => {
    const page = await newPage(browser);
    await signIn(page, 'kontaktperson.bergen');
    await page.goto(`/barn/${barnId}`);
    const section = page.locator('section', {
      has: page.getByRole('heading', { level: 3, name: 'Programmer' }),
    });
    await section.getByRole('link', { name: `Veien videre – Frode ${BARN} (Far)` }).click();
    await page.getByRole('heading', { level: 1, name: 'Veien videre' }).waitFor();
    await page.getByRole('button', { name: 'Registrer svar' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Takker nei').check();
    await dialog.getByRole('button', { name: 'Lagre svaret' }).click();
    await dialog.getByRole('link', { name: 'Skriv hvorfor tilbudet ikke blir tatt imot.' }).waitFor();
    await expectNoAxeViolations(page);
    await dialog.getByLabel('Hvorfor takker forelderen nei?').fill('Vil vente til etter neste samvær.');
    await dialog.getByRole('button', { name: 'Lagre svaret' }).click();
    await page.getByText('Svaret er registrert: takket nei.').waitFor();
    expect(await page.getByText('Vil vente til etter neste samvær.').count()).toBe(1);

    await page.goto(`/barn/${barnId}`);
    await section.getByRole('button', { name: `Tilby Veien videre til Frode ${BARN} (Far)` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Registrer tilbudet' }).click();
    await page.waitForURL(/\/programmer\/[0-9a-f-]{36}$/);
    await page.getByText('Tilbudet er gitt.', { exact: false }).waitFor();
    await page.context().close();
  });
});

describe('nynorsk', () => {
  it('a nynorsk user sees the programme page in nynorsk', async () => {
    const page = await newPage(browser);
    await signIn(page, 'kontaktperson.hv');
    const { hjemId } = await createCase(page, 'Synne', `Nynorsken${suffix}`, `Familien Voss ${suffix}`);
    await page.goto(`/fosterhjem/${hjemId}`);
    const section = page.locator('section', {
      has: page.getByRole('heading', { level: 2, name: 'Ein god start' }),
    });
    await section.getByText('0 av 6 gjennomførte').waitFor();
    await section.getByRole('link', { name: /^Ein god start – / }).click();
    await page.getByRole('heading', { level: 1, name: 'Ein god start' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Samlingar' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Avsluttande evaluering' }).waitFor();
    expect(await page.getByText('Om samlinga: mål, verktøy og rettleiing').count()).toBe(6);
    expect(await page.getByText('Programmet er føreslått.', { exact: false }).count()).toBe(1);
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});
