import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths } from '@/domain/plasseringsforlop';
import { osloToday } from '@/web/i18n/dates';
import { expectNoAxeViolations, launchBrowser, newPage, signIn } from './support/browser';
import { dokumenterNettverkssok } from './support/nettverkssok';

/**
 * Contact (samvær) in the browser: the contact person registers a plan for the child's mother,
 * plans the next sessions from it, registers a past session as held and its report as received,
 * and downloads the child's letter "Når ser jeg mamma neste gang?". A worker in Hardanger og Voss
 * sees the page in nynorsk. Every view is checked with axe. The tests make their own cases.
 */

let browser: Browser;
const today = osloToday();
const suffix = Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join(
  '',
);
const MOR = `Mari Samvær${suffix}`;

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

/** A child on a care order, placed seven months ago, with a mother on record. */
async function createCase(p: Page, fornavn: string, etternavn: string, mor: [string, string]) {
  const id = (
    await api(p, 'POST', '/api/children', { fornavn, etternavn, fodselsdato: '2014-04-04', sprak: [] })
  ).id as string;
  const hjem = (await api(p, 'POST', '/api/foster-homes', { navn: `Familien Samvær ${suffix}` })).id;
  await dokumenterNettverkssok(p, id);
  await api(p, 'POST', `/api/children/${id}/placements`, {
    fosterhjemId: hjem,
    innflytting: addMonths(today, -7),
    plasseringstype: 'ordinaer',
    hjemmel: 'bvl_5_1',
  });
  const morId = (
    await api(p, 'POST', `/api/children/${id}/family-members`, {
      relasjon: 'mor',
      fornavn: mor[0],
      etternavn: mor[1],
      foreldreansvar: true,
    })
  ).id as string;
  return { id, morId };
}

async function pdfText(data: Buffer) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(data) }).promise;
  const parts: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    parts.push(content.items.map((it) => ('str' in it ? it.str : '')).join(' '));
  }
  return parts.join('\n').replace(/\s+/g, ' ');
}

let barnId = '';

beforeAll(async () => {
  browser = await launchBrowser();
  const page = await newPage(browser);
  await signIn(page, 'kontaktperson.bergen');
  const [fornavn, etternavn] = MOR.split(' ') as [string, string];
  barnId = (await createCase(page, 'Siri', `Samværsdotter${suffix}`, [fornavn, etternavn])).id;
  await page.context().close();
});
afterAll(() => browser?.close());

describe('contact: plan, sessions, report and the child’s letter', () => {
  it('registers a plan, plans sessions, marks one held with its report, and downloads the letter', async () => {
    const page = await newPage(browser);
    await signIn(page, 'kontaktperson.bergen');
    await page.goto(`/barn/${barnId}`);
    await page
      .getByRole('navigation', { name: /barnets sak/i })
      .getByRole('link', { name: 'Samvær' })
      .click();
    await page.getByRole('heading', { level: 2, name: 'Samvær' }).waitFor();
    await page.getByRole('heading', { level: 3, name: `Mor: ${MOR}` }).waitFor();
    await page.getByText('Ingen samværsplan er registrert.').waitFor();
    await expectNoAxeViolations(page);

    // The plan: the form says what is missing, field by field.
    await page.getByRole('button', { name: 'Ny samværsplan', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Lagre' }).click();
    await dialog.getByText('Velg om samværet er med tilsyn.').first().waitFor();
    await dialog.getByText('Velg hva samværet bygger på.').first().waitFor();
    await expectNoAxeViolations(page);
    await dialog.getByLabel('Hvem samværet er med').selectOption({ label: `Mor: ${MOR}` });
    await dialog.getByLabel('Gjelder fra').fill(addMonths(today, -6));
    await dialog.getByLabel('Antall samvær').fill('1');
    await dialog.getByLabel('Per', { exact: true }).selectOption('uke');
    await dialog.getByLabel('Varighet (timer)').fill('3');
    await dialog.getByLabel('Sted').fill('Familiens hus i Fana');
    await dialog.getByLabel('Tilsyn', { exact: true }).selectOption('beskyttet');
    await dialog.getByLabel('Grunnlag', { exact: true }).selectOption('nemnd');
    // Protective supervision must give its reasons: the server says so at the field.
    await dialog.getByRole('button', { name: 'Lagre' }).click();
    await dialog
      .getByText('Skriv begrunnelsen: mindre samvær og beskyttet tilsyn må begrunnes.')
      .first()
      .waitFor();
    await dialog.getByLabel('Begrunnelse').fill('Nemnda fastsatte ukentlig samvær med beskyttet tilsyn.');
    await dialog.getByRole('button', { name: 'Lagre' }).click();
    await page.getByText('Samværsplanen er registrert.').waitFor();
    await page.getByText('1 gang i uken, 3 timer').first().waitFor();

    // The next four weeks, from the plan.
    await page.getByRole('button', { name: /^Planlegg neste samvær/ }).click();
    await dialog.getByLabel('Hvor langt fram').fill('4');
    await dialog.getByLabel('Enhet').selectOption('uke');
    await dialog.getByRole('button', { name: 'Legg inn datoene' }).click();
    await page.getByText(/^4 samvær er lagt inn: /).waitFor();
    const kommende = page.getByRole('table', { name: `Kommende samvær med Mor: ${MOR}` });
    await expect.poll(() => kommende.getByRole('row').count()).toBe(5);

    // One more by hand, with the time of day: an end before the start is refused at the field.
    const medTid = addDays(today, 40);
    await page.getByRole('button', { name: /^Legg til samvær/ }).click();
    await dialog.getByLabel('Dato', { exact: true }).fill(medTid);
    await dialog.getByLabel('Fra kl.').fill('16:00');
    await dialog.getByLabel('Til kl.').fill('14:00');
    await dialog.getByRole('button', { name: 'Lagre' }).click();
    await dialog.getByText('Samværet må slutte etter at det starter.').first().waitFor();
    await expectNoAxeViolations(page);
    await dialog.getByLabel('Fra kl.').fill('14:00');
    await dialog.getByLabel('Til kl.').fill('16:00');
    await dialog.getByRole('button', { name: 'Lagre' }).click();
    await page.getByText('Samværet er lagt til.').waitFor();
    await kommende.getByRole('row').filter({ hasText: '14:00–16:00' }).waitFor();
    await expect.poll(() => kommende.getByRole('row').count()).toBe(6);

    // A session last week, added by hand, registered as held, then its report.
    const dato = addDays(today, -4);
    await page.getByRole('button', { name: /^Legg til samvær/ }).click();
    await dialog.getByLabel('Dato', { exact: true }).fill(dato);
    await dialog.getByRole('button', { name: 'Lagre' }).click();
    await page.getByText('Samværet er lagt til.').waitFor();
    const tidligere = page.getByRole('table', { name: `Tidligere samvær med Mor: ${MOR}` });
    await tidligere.getByRole('button', { name: `Registrer ${dato}` }).click();
    await dialog.getByLabel('Gjennomført').check();
    await dialog.getByRole('button', { name: 'Lagre' }).click();
    await page.getByText('Samværet er oppdatert.').waitFor();
    await tidligere.getByText('Venter på rapport').waitFor();
    await page.getByText('1 samvær med tilsyn venter på rapport').waitFor();

    await tidligere.getByRole('button', { name: `Registrer ${dato}` }).click();
    await dialog.getByLabel('Rapporten mottatt').fill(addDays(dato, 2));
    await dialog.getByRole('button', { name: 'Lagre' }).click();
    await page.getByText('Samværet er oppdatert.').waitFor();
    await tidligere.getByText('Rapport ikke gjennomgått').waitFor();
    await page.getByText('1 rapport er mottatt, men ikke gjennomgått').waitFor();
    await page.getByRole('button', { name: `Gå gjennom rapporten ${dato}` }).waitFor();
    await expectNoAxeViolations(page);

    // The child's letter.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: `Last ned på bokmål – Mor: ${MOR}` }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const text = await pdfText(readFileSync(await download.path()));
    expect(text).toContain('Når ser jeg mamma neste gang?');
    expect(text).toContain('Hei, Siri!');
    expect(text).toContain('Familiens hus i Fana');
    expect(text).toContain('Fra klokka 14:00 til 16:00');
    expect(text).not.toContain(`Samværsdotter${suffix}`);
    await page.context().close();
  });
});

describe('before and after contact (a service with the P6 contact templates adopted)', () => {
  it('starts the reflection note with the parents, and reviews a received report with the checklist', async () => {
    const page = await newPage(browser);
    await signIn(page, 'kontaktperson.oygarden');
    const { id, morId } = await createCase(page, 'Oda', `Gjennomgang${suffix}`, [
      'Hilde',
      `Gjennomgang${suffix}`,
    ]);
    await api(page, 'POST', `/api/children/${id}/contact-plans`, {
      familiemedlemId: morId,
      fra: addMonths(today, -5),
      antall: 1,
      per: 'maned',
      varighetTimer: 2,
      sted: 'Samværsrommet på Straume',
      tilsyn: 'stottet',
      grunnlag: 'nemnd',
      begrunnelse: null,
    });
    const dato = addDays(today, -6);
    const okt = (
      await api(page, 'POST', `/api/children/${id}/contact-sessions`, { familiemedlemId: morId, dato })
    ).id as string;
    await api(page, 'PUT', `/api/contact-sessions/${okt}`, {
      dato,
      status: 'gjennomfort',
      rapportMottatt: addDays(dato, 3),
      version: 1,
    });

    await page.goto(`/barn/${id}/samvaer`);
    await page.getByText('1 rapport er mottatt, men ikke gjennomgått').waitFor();
    await page.getByRole('button', { name: `Gå gjennom rapporten ${dato}` }).click();
    await page.waitForURL(/\/dokumenter\/[0-9a-f-]{36}$/);
    await page
      .getByRole('heading', { level: 1, name: /^Gjennomgang av rapport etter samvær – Oda/ })
      .waitFor();
    await page.goBack();
    const tidligere = page.getByRole('table', {
      name: `Tidligere samvær med Mor: Hilde Gjennomgang${suffix}`,
    });
    await tidligere.getByText('Rapport gjennomgått').waitFor();
    await tidligere.getByRole('link', { name: 'Åpne gjennomgangen' }).waitFor();
    expect(await page.getByText('Dette må følges opp').count()).toBe(0);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: /^Refleksjonsnotat med foreldrene/ }).click();
    await page.waitForURL(/\/dokumenter\/[0-9a-f-]{36}$/);
    await page
      .getByRole('heading', { level: 1, name: /^Samvær for foreldre – refleksjon før samværet/ })
      .waitFor();
    await page.context().close();
  });
});

describe('nynorsk', () => {
  it('a worker in Hardanger og Voss sees contact in nynorsk, with field messages in nynorsk', async () => {
    const page = await newPage(browser, { locale: 'nn-NO' });
    await signIn(page, 'kontaktperson.hv');
    const { id, morId } = await createCase(page, 'Gunnhild', `Vosso${suffix}`, ['Brita', `Vosso${suffix}`]);
    await api(page, 'POST', `/api/children/${id}/contact-plans`, {
      familiemedlemId: morId,
      fra: addMonths(today, -5),
      antall: 2,
      per: 'maned',
      varighetTimer: 2,
      sted: 'Familiane sitt hus på Voss',
      tilsyn: 'stottet',
      grunnlag: 'avtale',
      begrunnelse: null,
    });
    await page.goto(`/barn/${id}/samvaer`);
    await page.getByRole('heading', { level: 3, name: `Mor: Brita Vosso${suffix}` }).waitFor();
    await page.getByRole('heading', { level: 4, name: 'Komande samvær' }).waitFor();
    await page.getByText('2 gonger i månaden, 2 timar').first().waitFor();
    await page.getByRole('table', { name: `Planhistorikk for Mor: Brita Vosso${suffix}` }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: /^Endre planen/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Lagre' }).click();
    await dialog.getByText('Skriv datoen planen gjeld frå.').first().waitFor();
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});
