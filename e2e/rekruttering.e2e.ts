import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@/domain/plasseringsforlop';
import { osloToday } from '@/web/i18n/dates';
import { expectNoAxeViolations, launchBrowser, newPage, signIn } from './support/browser';
import { dokumenterNettverkssok } from './support/nettverkssok';

/**
 * From inquiry to a child's placement, across organisations: a Bufetat recruiter takes a family
 * through the pipeline, writes the home-study report (the head of Bufetat approves it), records
 * the approval decision and shares the available home with Bergen; a Bergen contact person finds
 * it among the available homes and links it to a child, which makes it a foster home in Bergen
 * with its recruitment history. Every new page and dialog is checked with axe.
 */

let browser: Browser;
const today = osloToday();
const suffix = Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join(
  '',
);
const FAMILIE = `Familien Godkjent${suffix}`;
const BARN = `Linnea Formidla${suffix}`;
const SHOTS = process.env.E2E_SCREENSHOTS;

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

const PUNKTER: [string, string[]][] = [
  ['henvendelse', ['forste_samtale', 'informasjon_sendt']],
  ['informasjonsmote', ['informasjonsmote_deltatt', 'onsker_opplaering']],
  ['opplaering', ['grunnopplaering_startet', 'grunnopplaering_fullfort']],
  [
    'utredning',
    ['hjemmebesok', 'samtale_voksne', 'politiattest', 'helseerklaering', 'referanser', 'okonomi_bolig'],
  ],
];

async function neste(p: Page, id: string) {
  const sak = await api(p, 'GET', `/api/recruitment/cases/${id}`);
  await api(p, 'POST', `/api/recruitment/cases/${id}/stage`, { retning: 'neste', version: sak.version });
}

let sakId = '';

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('from inquiry to an approved home linked to a child', () => {
  it('the Bufetat recruiter writes the home-study report and records the approval', async () => {
    const page = await newPage(browser);
    await signIn(page, 'rekrutterer.bufetat');
    // The inquiry and the first stages (the pipeline's own browser test works them by hand).
    sakId = (
      await api(page, 'POST', '/api/recruitment/cases', {
        navn: FAMILIE,
        voksne: [
          { fornavn: 'Sigrid', etternavn: `Godkjent${suffix}` },
          { fornavn: 'Ola', etternavn: `Godkjent${suffix}` },
        ],
        poststed: 'Bergen',
        kommunenummer: '4601',
        kilde: 'arrangement',
        hjemtyper: ['ordinaer'],
        forsteKontakt: addDays(today, -120),
      })
    ).id;
    for (const [fase, punkter] of PUNKTER) {
      for (const punkt of punkter) {
        await api(page, 'PUT', `/api/recruitment/cases/${sakId}/checkpoints/${punkt}`, { dato: today });
      }
      if (fase !== 'utredning') await neste(page, sakId);
    }

    // In the assessment stage the case page offers the home-study report.
    await page.goto(`/rekruttering/${sakId}`);
    await page.getByRole('heading', { level: 1, name: FAMILIE }).waitFor();
    const panel = page.getByRole('region', { name: 'Godkjenning' });
    await panel.getByText(/Ingen sosialrapport er skrevet/).waitFor();
    await panel.getByText('Sosialrapporten er skrevet').waitFor();
    await expectNoAxeViolations(page);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/godkjenning-utredning.png`, fullPage: true });
    await panel.getByRole('button', { name: 'Skriv sosialrapport' }).click();
    await page.waitForURL(/\/dokumenter\/[0-9a-f-]{36}$/);
    const dokumentId = new URL(page.url()).pathname.split('/').pop() as string;
    await page
      .getByRole('heading', {
        level: 1,
        name: new RegExp(`Sosialrapport fosterhjemsgodkjenning – ${FAMILIE}`),
      })
      .waitFor();
    await page.getByRole('link', { name: 'Til rekrutteringssaken' }).waitFor();
    await expectNoAxeViolations(page);

    // With the report still a draft, the approval stage waits for it: no decision can be registered.
    await api(page, 'PUT', `/api/recruitment/cases/${sakId}/checkpoints/sosialrapport_skrevet`, {
      dato: today,
    });
    await neste(page, sakId);
    await page.goto(`/rekruttering/${sakId}`);
    await panel
      .getByText('Vedtaket kan registreres her når en sosialrapport for familien er markert som ferdig.')
      .waitFor();
    expect(await panel.getByRole('button', { name: 'Registrer godkjenning' }).count()).toBe(0);

    // The report is filled in and finished (the document editor has its own browser test).
    const doc = await api(page, 'GET', `/api/documents/${dokumentId}`);
    const innhold: Record<string, unknown> = { ...doc.innhold };
    for (const seksjon of doc.mal.seksjoner) {
      for (const f of seksjon.felter) {
        if (!f.pakrevd) continue;
        if (f.type === 'personer') innhold[f.id] = [{ navn: 'Generell godkjenning' }];
        else if (f.type === 'valg') innhold[f.id] = f.valg[0].verdi;
        else if (f.type === 'sjekkliste') innhold[f.id] = { [f.punkter?.[0]?.id ?? 'a']: { ok: true } };
        else if (f.type === 'dato') innhold[f.id] = today;
        else innhold[f.id] = 'Vurdert etter hjemmebesøk, samtaler og referanser.';
      }
    }
    const saved = await api(page, 'PUT', `/api/documents/${dokumentId}/content`, {
      innhold,
      revisjon: doc.revisjon,
    });
    await api(page, 'POST', `/api/documents/${dokumentId}/finalise`, { revisjon: saved.revisjon });
    // Four eyes: the head of Bufetat approves it.
    const leder = await newPage(browser);
    await signIn(leder, 'leder.bufetat');
    await api(leder, 'POST', `/api/documents/${dokumentId}/approve`);
    await leder.context().close();

    // The approval decision, through the form.
    await page.goto(`/rekruttering/${sakId}`);
    await page.getByRole('heading', { level: 1, name: FAMILIE }).waitFor();
    await panel
      .getByText(/Godkjent|Godkjend/)
      .first()
      .waitFor();
    await panel.getByRole('button', { name: 'Registrer godkjenning' }).click();
    const dialog = page.getByRole('dialog');
    // Bufetat follows no children: a general approval only, and the help says who approves for one.
    await dialog
      .getByText(/En godkjenning for et bestemt barn registreres av kommunen barnet hører til/)
      .waitFor();
    expect(await dialog.getByRole('radio', { name: 'For et bestemt barn' }).count()).toBe(0);
    expect(await dialog.getByRole('radio', { name: 'Generelt' }).isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Registrer godkjenning' }).click();
    await dialog.getByText('Skriv hvem som fattet vedtaket.').first().waitFor();
    await expectNoAxeViolations(page);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/godkjenning-skjema.png`, fullPage: true });
    await dialog.getByLabel('Vedtaket er fattet av').fill('Kari Leder, avdelingsleder');
    await dialog.getByRole('button', { name: 'Registrer godkjenning' }).click();
    await page.getByText('Godkjenningen er registrert. Hjemmet er nå tilgjengelig.').waitFor();
    await panel.getByText('Kari Leder, avdelingsleder').waitFor();
    await expectNoAxeViolations(page);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/godkjenning-vedtak.png`, fullPage: true });

    // Shared with Bergen, with the family's consent (the pipeline's page does this by hand).
    const bergen = (await api(page, 'GET', `/api/recruitment/cases/${sakId}`)).kanDelesMed.find(
      (o: { navn: string }) => /Bergen/.test(o.navn),
    );
    await api(page, 'POST', `/api/recruitment/cases/${sakId}/shares`, {
      tjenesteId: bergen.id,
      samtykkeDato: today,
    });
    await page.context().close();
  }, 240_000);

  it('a Bergen contact person links the available home to a child: a foster home with its history', async () => {
    const page = await newPage(browser);
    await signIn(page, 'kontaktperson.bergen');
    const [fornavn, etternavn] = BARN.split(' ') as [string, string];
    const barnId = (
      await api(page, 'POST', '/api/children', { fornavn, etternavn, fodselsdato: '2016-02-02', sprak: [] })
    ).id as string;
    await dokumenterNettverkssok(page, barnId);

    // The available homes are one click from the foster-home list.
    await page.goto('/fosterhjem');
    await page.getByRole('main').getByRole('link', { name: 'Ledige fosterhjem' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ledige fosterhjem' }).waitFor();
    const rad = page.getByRole('row', { name: new RegExp(FAMILIE) });
    await rad.getByText(/Delt av Bufetat/).waitFor();
    await rad.getByText('Generelt').waitFor();
    await expectNoAxeViolations(page);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/ledige.png`, fullPage: true });

    await rad.getByRole('button', { name: 'Velg for et barn' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Plasser barnet i hjemmet' }).click();
    await dialog.getByText('Velg barnet.').first().waitFor();
    await expectNoAxeViolations(page);
    await dialog.getByLabel('Barnet som skal flytte inn').selectOption({ label: BARN });
    await dialog.getByLabel('Hjemmel').selectOption('bvl_5_1');
    await dialog
      .getByText(/slekt og nettverk/i)
      .first()
      .waitFor();
    // The caseworker linking the home becomes its contact person unless another is chosen.
    const meg = (await (await page.request.get('/api/auth/session')).json()).user;
    expect(await dialog.getByLabel('Kontaktperson for fosterhjemmet').inputValue()).toBe(meg.id);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/formidle.png`, fullPage: true });
    await dialog.getByRole('button', { name: 'Plasser barnet i hjemmet' }).click();

    // The new foster home in Bergen, with the child and where the home came from.
    await page.waitForURL(/\/fosterhjem\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: FAMILIE }).waitFor();
    await page.getByText(`Kontaktperson: ${meg.navn}`).waitFor();
    // (The page may also link the child's En god start programme, proposed for a new foster home.)
    await page.getByRole('link', { name: BARN, exact: true }).waitFor();
    const historikk = page.getByRole('region', { name: 'Rekruttering og godkjenning' });
    await historikk.getByText(/Rekruttert av Bufetat/).waitFor();
    await historikk.getByRole('cell', { name: 'Formidlet', exact: true }).waitFor();
    await historikk.getByRole('cell', { name: 'Henvendelse', exact: true }).waitFor();
    await historikk.getByText(/kilde: Arrangement eller stand/).waitFor();
    await expectNoAxeViolations(page);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/fosterhjem-historikk.png`, fullPage: true });

    // The home is no longer available.
    await page.goto('/ledige-fosterhjem');
    await page.getByRole('heading', { level: 1, name: 'Ledige fosterhjem' }).waitFor();
    // Wait for the list itself (its table, or the note that none are available) before counting.
    await page
      .getByRole('columnheader', { name: 'Hjem', exact: true })
      .or(page.getByText('Ingen godkjente hjem er ledige for tjenesten nå.'))
      .first()
      .waitFor();
    expect(await page.getByRole('row', { name: new RegExp(FAMILIE) }).count()).toBe(0);
    await page.context().close();
  }, 180_000);

  it('a service outside the collaboration sees no available homes, in nynorsk', async () => {
    const page = await newPage(browser);
    await signIn(page, 'leder.hv');
    await page.goto('/fosterhjem');
    await page.getByRole('main').getByRole('link', { name: 'Ledige fosterheimar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ledige fosterheimar' }).waitFor();
    await page.getByText('Ingen godkjende heimar er ledige for tenesta no.').waitFor();
    expect(await page.getByText(FAMILIE).count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});
