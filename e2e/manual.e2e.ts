import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths } from '@/domain/plasseringsforlop';
import { civilDateValue, osloToday } from '@/web/i18n/dates';
import {
  expectNoAxeViolations,
  expectNoOverflow,
  hovedmenyLenke,
  launchBrowser,
  newPage,
  signIn,
} from './support/browser';
import { dokumenterNettverkssok } from './support/nettverkssok';

/**
 * The user manual in the browser: a contact person follows a new placement through the manual
 * (the phase, the checklist, a point ticked off by hand, a recorded follow-up visit marking the
 * visit point done); a team leader reviews the contact person's open points and records an
 * agreement, which the contact person then sees; the head of service adapts a point's wording;
 * and nynorsk. Every new page and every dialog with errors is checked with axe.
 */

/** The server may be busy (the review overview computes every child's course): wait longer than the default. */
const SLOW = { timeout: 15_000 };

let browser: Browser;
let kp: Page;
const today = osloToday();
const innflytting = addMonths(today, -1);
const suffix = Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join(
  '',
);
const fornavn = 'Manuela';
const etternavn = `Testesen${suffix}`;
const navn = `${fornavn} ${etternavn}`;
const AVTALE = 'Lage samværsplan sammen med mor før jul.';
const NOTAT = 'Gått gjennom med fosterforeldrene på telefon.';
let barnId = '';
let hjemId = '';
let kontaktperson = '';

type Punkt = { id: string; tittel: { nb: string }; hendelser: string[]; maler: unknown[]; status: string };
type Course = { fase: { id: string }; faser: { id: string; status: string; punkter: Punkt[] }[] };

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

const course = async (p: Page): Promise<Course> => api(p, 'GET', `/api/course/barn/${barnId}`);
/** A point of the checklist, found by its heading. */
const point = (p: Page, tittel: string) =>
  p.locator('li.course-point').filter({ has: p.getByRole('heading', { name: tittel, exact: true }) });
const shortDate = (date: string) =>
  new Intl.DateTimeFormat('nb-NO', { dateStyle: 'short', timeZone: 'Europe/Oslo' }).format(
    civilDateValue(date),
  );

beforeAll(async () => {
  browser = await launchBrowser();
  kp = await newPage(browser);
  await signIn(kp, 'kontaktperson.bergen');
  kontaktperson = (await api(kp, 'GET', '/api/auth/session')).user.navn;
  barnId = (
    await api(kp, 'POST', '/api/children', { fornavn, etternavn, fodselsdato: '2016-04-04', sprak: [] })
  ).id;
  hjemId = (
    await api(kp, 'POST', '/api/foster-homes', {
      navn: `Familien Manual ${suffix}`,
      godkjentDato: '2024-01-01',
    })
  ).id;
  await dokumenterNettverkssok(kp, barnId);
  await api(kp, 'POST', `/api/children/${barnId}/placements`, {
    fosterhjemId: hjemId,
    innflytting,
    plasseringstype: 'ordinaer',
    hjemmel: 'bvl_5_1',
  });
});
afterAll(() => browser?.close());

describe('a contact person follows the manual from a new placement', () => {
  it('shows the course with Innflytting as the current phase and its open points', async () => {
    await kp.goto(`/barn/${barnId}`);
    await kp
      .getByRole('navigation', { name: /barnets sak/i })
      .getByRole('link', { name: 'Forløp', exact: true })
      .click();
    await kp.waitForURL(new RegExp(`/barn/${barnId}/forlop$`));
    await kp.getByRole('heading', { level: 2, name: 'Forløp i brukermanualen' }).waitFor();
    const steg = kp.getByRole('list', { name: 'Forløpet før, under og etter plasseringen' });
    await expect
      .poll(() => steg.locator('[aria-current="step"]').textContent())
      .toMatch(/^3\s*InnflyttingNå/);
    expect(await kp.getByRole('heading', { level: 3, name: /Fasen nå Innflytting/ }).count()).toBe(1);
    expect(await kp.getByText('Beregnet ut fra fakta i saken').count()).toBe(1);
    expect(await kp.locator('li.course-point[data-status="apen"]').count()).toBeGreaterThan(3);
    // Earlier phases are folded with their state; coming ones are a preview.
    expect(await kp.getByText(/^Tildeling: \d+ av \d+ punkter utført$/).count()).toBe(1);
    expect(await kp.getByText(/^Ettervern: \d+ punkter$/).count()).toBe(1);
    await expectNoAxeViolations(kp);
  });

  it('ticks a point off by hand with a date and a note, after the dialog has said what is missing', async () => {
    const na = (await course(kp)).faser.find((f) => f.status === 'na');
    const manuelt = na?.punkter.find((p) => !p.hendelser.length && !p.maler.length);
    expect(manuelt).toBeDefined();
    const tittel = manuelt?.tittel.nb ?? '';
    await kp.getByRole('button', { name: `Marker som utført: ${tittel}` }).click();
    const dialog = kp.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Marker som utført' }).waitFor();
    await dialog.getByLabel('Dato det ble gjort').fill('');
    await dialog.getByRole('button', { name: 'Marker som utført' }).click();
    await expect.poll(() => dialog.getByRole('link', { name: 'Skriv inn datoen.' }).count(), SLOW).toBe(1);
    await expectNoAxeViolations(kp);

    await dialog.getByLabel('Dato det ble gjort').fill(today);
    await dialog.getByLabel(/Notat/).fill(NOTAT);
    await dialog.getByRole('button', { name: 'Marker som utført' }).click();
    await expect.poll(() => kp.getByText('Punktet er markert som utført.').count(), SLOW).toBe(1);
    const done = point(kp, tittel);
    await expect.poll(() => done.getAttribute('data-status'), SLOW).toBe('utfort');
    expect(await done.getByText(`Utført ${shortDate(today)} av ${kontaktperson}.`).count()).toBe(1);
    expect(await done.getByText(`Notat: ${NOTAT}`).count()).toBe(1);
    expect(await done.getByRole('button', { name: `Angre markeringen: ${tittel}` }).count()).toBe(1);
  });

  it('a recorded follow-up visit marks the visit point done, with a link to the event', async () => {
    const all = (await course(kp)).faser.flatMap((f) => f.punkter.map((p) => ({ ...p, fase: f.status })));
    const besok = all.find((p) => p.hendelser.includes('oppfolgingsbesok') && p.fase === 'na') ?? all[0];
    expect(besok?.hendelser).toContain('oppfolgingsbesok');
    const dato = today;
    await api(kp, 'POST', `/api/children/${barnId}/events`, {
      type: 'oppfolgingsbesok',
      dato,
      medvirkning: '1.1',
      snakketAlene: true,
    });
    // The API reports the visit point as done (in whichever phase it sits), and so does the page.
    const after = (await course(kp)).faser.flatMap((f) => f.punkter).find((p) => p.id === besok?.id);
    expect(after?.status).toBe('utfort');
    await kp.reload();
    const visit = point(kp, besok?.tittel.nb ?? '');
    await expect.poll(() => visit.getAttribute('data-status'), SLOW).toBe('utfort');
    expect(await visit.getByText(`Utført ${shortDate(dato)} av ${kontaktperson}.`).count()).toBe(1);
    expect(await visit.getByRole('link', { name: 'Se hendelsen i årshjulet' }).getAttribute('href')).toBe(
      `/barn/${barnId}/arshjul?ar=${dato.slice(0, 4)}`,
    );
  });

  it('changes the phase by hand with a reason, and follows the facts again', async () => {
    await kp.getByRole('button', { name: 'Endre fase' }).click();
    const dialog = kp.getByRole('dialog');
    await dialog.getByLabel('Oppfølging (under plasseringen)').check();
    await dialog.getByRole('button', { name: 'Lagre fasen' }).click();
    await expect
      .poll(() => dialog.getByRole('link', { name: 'Skriv en begrunnelse på minst fem tegn.' }).count())
      .toBe(1);
    await expectNoAxeViolations(kp);
    await dialog.getByLabel('Begrunnelse').fill('Barnet bodde her som avlastning før plasseringen.');
    await dialog.getByRole('button', { name: 'Lagre fasen' }).click();
    await expect.poll(() => kp.getByText('Fasen er endret.').count(), SLOW).toBe(1);
    expect(await kp.getByText('Satt for hånd').count()).toBe(1);
    expect(await kp.getByText('Barnet bodde her som avlastning før plasseringen.').count()).toBe(1);
    await kp.getByRole('button', { name: 'Følg fakta igjen' }).click();
    await expect.poll(() => kp.getByText('Fasen følger fakta i saken igjen.').count(), SLOW).toBe(1);
    expect((await course(kp)).fase.id).toBe('innflytting');
  });

  it('starts a document from a point’s template and opens it', async () => {
    const start = kp.getByRole('button', { name: /^Start dokument: / }).first();
    await start.click();
    await kp.waitForURL(/\/dokumenter\/[0-9a-f-]{36}$/);
    await kp.goBack();
    await kp.getByRole('heading', { level: 2, name: 'Forløp i brukermanualen' }).waitFor();
  });

  it('works on a 320 px screen', async () => {
    await kp.setViewportSize({ width: 320, height: 900 });
    await kp.goto(`/barn/${barnId}/forlop`);
    await kp.getByRole('heading', { level: 2, name: 'Forløp i brukermanualen' }).waitFor();
    await kp.locator('li.course-point').first().waitFor();
    await expectNoOverflow(kp);
    await kp.goto('/manual');
    await kp.getByRole('heading', { level: 2, name: 'Barnets forløp' }).waitFor();
    await expectNoOverflow(kp);
    await kp.setViewportSize({ width: 1280, height: 900 });
  });

  it('the foster home shows its own course, with a page for the checklist', async () => {
    await kp.goto(`/fosterhjem/${hjemId}`);
    await kp.getByRole('heading', { level: 2, name: 'Forløp i brukermanualen' }).waitFor();
    await expect.poll(() => kp.getByText(/^Fasen nå: Oppdrag, siden/).count(), SLOW).toBe(1);
    await expectNoAxeViolations(kp);
    await kp.getByRole('link', { name: 'Se forløpet og sjekklisten' }).click();
    await kp.waitForURL(new RegExp(`/fosterhjem/${hjemId}/forlop$`));
    await kp.getByRole('heading', { level: 3, name: /Fasen nå Oppdrag/ }).waitFor();
    await expectNoAxeViolations(kp);
  });
});

describe("the team leader's review", () => {
  it('records an agreement on an open point; the overview shows today, and the contact person sees it', async () => {
    const leader = await newPage(browser);
    await signIn(leader, 'teamleder.bergen');
    await leader.getByRole('link', { name: 'Gjennomganger', exact: true }).click();
    await leader.waitForURL(/\/gjennomgang$/);
    await leader.getByRole('heading', { level: 1, name: 'Gjennomganger' }).waitFor();
    const row = leader.getByRole('row').filter({ has: leader.getByRole('link', { name: kontaktperson }) });
    await row.waitFor();
    await expectNoAxeViolations(leader);

    await row.getByRole('link', { name: kontaktperson }).click();
    await leader.getByRole('heading', { level: 1, name: `Gjennomgang med ${kontaktperson}` }).waitFor();
    const child = leader
      .locator('section.review-child')
      .filter({ has: leader.getByRole('heading', { level: 4, name: navn }) });
    const add = child.getByRole('button', { name: /^Legg til avtale: / }).first();
    const label = (await add.getAttribute('aria-label')) ?? '';
    const tittel = label.replace(/^Legg til avtale: /, '').replace(` (${navn})`, '');
    await add.click();
    await leader.getByRole('button', { name: 'Lagre gjennomgangen' }).click();
    await expect
      .poll(() =>
        leader
          .getByRole('link', { name: `${navn}, ${tittel}: Skriv hva som er avtalt (minst tre tegn).` })
          .count(),
      )
      .toBe(1);
    await expectNoAxeViolations(leader);

    await child.getByLabel('Avtale', { exact: true }).fill(AVTALE);
    await child.getByLabel('Frist (valgfritt)').fill(addMonths(today, 1));
    await leader.getByLabel('Oppsummering (valgfritt)').fill('Gikk gjennom innflyttingen.');
    await leader.getByRole('button', { name: 'Lagre gjennomgangen' }).click();
    await leader.waitForURL(/\/gjennomgang$/);
    await row.waitFor();
    await expect
      .poll(() => leader.getByText(`Gjennomgangen med ${kontaktperson} er lagret.`).count())
      .toBe(1);
    await expect.poll(() => row.getByRole('cell').first().textContent(), SLOW).toBe(shortDate(today));
    expect(await row.getByText('Forfalt').count()).toBe(0);
    await leader.context().close();

    // The contact person sees what was agreed: in "Mine gjennomganger" and at the point itself.
    await kp.goto('/manual');
    await kp.getByRole('link', { name: 'Mine gjennomganger' }).click();
    await kp.getByRole('heading', { level: 1, name: 'Mine gjennomganger' }).waitFor();
    await expect.poll(() => kp.getByText(AVTALE).count(), SLOW).toBe(1);
    expect(await kp.getByText(tittel, { exact: true }).count()).toBeGreaterThan(0);
    await expectNoAxeViolations(kp);
    await kp.getByRole('link', { name: navn }).first().click();
    await kp.waitForURL(new RegExp(`/barn/${barnId}/forlop$`));
    await expect.poll(() => point(kp, tittel).getByText(AVTALE).count(), SLOW).toBe(1);
  });

  it('is not offered to a contact person, who gets their own reviews instead', async () => {
    expect(await kp.getByRole('link', { name: 'Gjennomganger', exact: true }).count()).toBe(0);
    await kp.goto(`/gjennomgang/${barnId}`);
    await expect.poll(() => kp.getByRole('heading', { name: 'Ingen tilgang' }).count(), SLOW).toBe(1);
  });
});

describe('the head of service adapts the manual', () => {
  it('rewrites a point in local words, in bokmål and nynorsk; it is marked as local', async () => {
    const leder = await newPage(browser);
    await signIn(leder, 'leder.bergen');
    await (await hovedmenyLenke(leder, 'Brukermanual')).click();
    await leder.getByRole('heading', { level: 1, name: 'Brukermanual' }).waitFor();
    await leder.getByRole('heading', { level: 2, name: 'Barnets forløp' }).waitFor();
    await expectNoAxeViolations(leder);

    const fase = leder.locator('#fase-innflytting');
    const endre = fase.getByRole('button', { name: /^Endre teksten: / }).first();
    const tittel = ((await endre.getAttribute('aria-label')) ?? '').replace(/^Endre teksten: /, '');
    await endre.click();
    const dialog = leder.getByRole('dialog');
    const hvaNb = dialog.getByLabel('Hva vi gjør (bokmål)');
    await hvaNb.waitFor();
    // Prefilled with the text that applies now.
    expect((await hvaNb.inputValue()).length).toBeGreaterThan(20);
    await hvaNb.fill('');
    await dialog.getByRole('button', { name: 'Lagre teksten' }).click();
    await expect
      .poll(() => dialog.getByRole('link', { name: 'Skriv «Hva vi gjør» på bokmål.' }).count())
      .toBe(1);
    await expectNoAxeViolations(leder);

    await hvaNb.fill('Hos oss gjør kontaktpersonen første besøk innen én uke etter innflytting.');
    await dialog
      .getByLabel('Hva vi gjør (nynorsk)')
      .fill('Hos oss gjer kontaktpersonen første besøk innan ei veke etter innflytting.');
    await dialog.getByRole('button', { name: 'Lagre teksten' }).click();
    await expect.poll(() => leder.getByText('Teksten er lagret som lokal tilpasning.').count(), SLOW).toBe(1);
    const adapted = leder
      .locator('li.manual-point')
      .filter({ has: leder.getByRole('heading', { name: tittel, exact: true }) });
    expect(await adapted.getByText('Lokal tilpasning').count()).toBe(1);
    expect(await adapted.getByText(/innen én uke etter innflytting/).count()).toBe(1);
    expect(await adapted.getByRole('button', { name: `Historikk: ${tittel}` }).count()).toBe(1);

    // A local point: the dialog checks every field first.
    await leder.getByRole('button', { name: 'Legg til lokalt punkt' }).click();
    await dialog.getByRole('button', { name: 'Legg til punktet' }).click();
    await expect
      .poll(() => dialog.getByRole('link', { name: 'Velg fasen punktet hører til.' }).count())
      .toBe(1);
    await expectNoAxeViolations(leder);
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await leder.context().close();

    // The contact person's checklist shows the local wording, marked.
    await kp.goto(`/barn/${barnId}/forlop`);
    const local = point(kp, tittel);
    await expect.poll(() => local.getByText('Lokal tilpasning').count(), SLOW).toBe(1);
    expect(await local.getByText(/innen én uke etter innflytting/).count()).toBe(1);
  });
});

describe('nynorsk', () => {
  it('a Hardanger og Voss contact person gets the manual, the course and the reviews in nynorsk', async () => {
    const nn = await newPage(browser);
    await signIn(nn, 'kontaktperson.hv');
    await expect.poll(() => nn.getAttribute('html', 'lang'), SLOW).toBe('nn');
    await nn.getByRole('link', { name: 'Brukarmanual', exact: true }).click();
    await nn.getByRole('heading', { level: 1, name: 'Brukarmanual' }).waitFor();
    await nn.getByRole('heading', { level: 2, name: 'Forløpet til barnet' }).waitFor();
    await expectNoAxeViolations(nn);
    // Designsystemet's toggle group: radios inside labels, chosen by clicking the label.
    await nn.locator('label', { has: nn.getByRole('radio', { name: 'Fosterheimen' }) }).click();
    await expect.poll(() => nn.getByRole('radio', { name: 'Fosterheimen' }).isChecked(), SLOW).toBe(true);
    await nn.getByRole('heading', { level: 2, name: 'Forløpet til fosterheimen' }).waitFor();
    await expectNoAxeViolations(nn);

    await nn.getByRole('link', { name: 'Mine gjennomgangar' }).click();
    await nn.getByRole('heading', { level: 1, name: 'Mine gjennomgangar' }).waitFor();
    await expectNoAxeViolations(nn);

    await nn.goto('/barn');
    const href = await nn
      .locator('main a[href^="/barn/"]:not([href="/barn/ny"])')
      .first()
      .getAttribute('href');
    await nn.goto(`${href}/forlop`);
    await nn.getByRole('heading', { level: 2, name: 'Forløp i brukarmanualen' }).waitFor();
    await nn.getByRole('heading', { level: 3, name: /^Fasen no / }).waitFor();
    await expectNoAxeViolations(nn);
    const mark = nn.getByRole('button', { name: /^Marker som utført: / }).first();
    if ((await mark.count()) > 0) {
      await mark.click();
      const dialog = nn.getByRole('dialog');
      await dialog.getByLabel('Dato det vart gjort').fill('');
      await dialog.getByRole('button', { name: 'Marker som utført' }).click();
      await expect.poll(() => dialog.getByRole('link', { name: 'Skriv inn datoen.' }).count(), SLOW).toBe(1);
      await expectNoAxeViolations(nn);
      await dialog.getByRole('button', { name: 'Avbryt' }).click();
    }
    await nn.context().close();
  });
});
