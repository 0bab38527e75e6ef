import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths } from '@/domain/plasseringsforlop';
import { osloToday } from '@/web/i18n/dates';
import { expectNoAxeViolations, launchBrowser, newPage, signIn } from './support/browser';
import { dokumenterNettverkssok } from './support/nettverkssok';

/**
 * Templates and documents in the browser: a care plan started from the child's page, written with
 * autosave, kept through a lost connection and saved when it comes back; finalising with the
 * error summary; the team leader's approval queue; the PDF; reopening and the history's diff; a
 * conversation started from an årshjul task, with the child's participation required and a
 * version conflict that loses nothing; the template library; and nynorsk. Every page is checked
 * with axe (WCAG 2.1 A/AA). The tests make their own child, foster home and placement.
 */

let browser: Browser;
const today = osloToday();
const suffix = Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join(
  '',
);
const FORNAVN = 'Dorte';
const ETTERNAVN = `Dokumentsen${suffix}`;
const NAVN = `${FORNAVN} ${ETTERNAVN}`;
let barnId = '';
let planPath = '';
let samtalePath = '';

/** A JSON request inside the signed-in page's session, with the CSRF token from the session. */
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

/** The child, a foster home and a placement seven months old (so årshjul tasks are due). */
async function createCase(p: Page, fornavn: string, etternavn: string) {
  const id = (
    await api(p, 'POST', '/api/children', { fornavn, etternavn, fodselsdato: '2013-06-06', sprak: [] })
  ).id as string;
  const hjem = (await api(p, 'POST', '/api/foster-homes', { navn: `Familien Mal ${suffix}` })).id;
  await dokumenterNettverkssok(p, id);
  await api(p, 'POST', `/api/children/${id}/placements`, {
    fosterhjemId: hjem,
    innflytting: addMonths(today, -7),
    plasseringstype: 'ordinaer',
    hjemmel: 'bvl_5_1',
    avtaleSlutt: addMonths(today, 30),
  });
  return id;
}

const status = (p: Page) => p.locator('.doc-save-status__text');
/** Unsaved changes are kept in the browser until the server has them. */
const localCopies = (p: Page) =>
  p.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('landsby.utkast.')));

/** Autosave waits ~1.5 s after typing stops; saved, the local copy is gone. */
async function saved(p: Page) {
  await expect.poll(() => localCopies(p), { timeout: 15_000 }).toEqual([]);
  await expect.poll(() => status(p).textContent(), { timeout: 15_000 }).toMatch(/^Lagr(et|a) kl\. /);
}

async function expectNoOverflow(p: Page) {
  const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

beforeAll(async () => {
  browser = await launchBrowser();
  const page = await newPage(browser);
  await signIn(page, 'kontaktperson.bergen');
  barnId = await createCase(page, FORNAVN, ETTERNAVN);
  await page.context().close();
});
afterAll(() => browser?.close());

describe('a care plan: written, kept offline, finalised, approved, downloaded, reopened', () => {
  it('starts from the child page and autosaves; nothing is lost while the connection is gone', async () => {
    const page = await newPage(browser);
    await signIn(page, 'kontaktperson.bergen');
    await page.goto(`/barn/${barnId}`);
    await page
      .getByRole('navigation', { name: /barnets sak/i })
      .getByRole('link', { name: 'Dokumenter' })
      .click();
    await page.getByRole('heading', { level: 2, name: 'Dokumenter' }).waitFor();
    await page.getByText('Ingen dokumenter ennå.').waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Nytt dokument' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Opprett og skriv' }).click();
    await dialog.getByText('Velg malen dokumentet skal skrives etter.').first().waitFor();
    await expectNoAxeViolations(page);
    await dialog.getByLabel('Mal', { exact: true }).selectOption('omsorgsplan');
    expect(await dialog.getByText('Må godkjennes av leder').count()).toBe(1);
    await dialog.getByRole('button', { name: 'Opprett og skriv' }).click();
    await page.waitForURL(/\/dokumenter\/[0-9a-f-]{36}$/);
    planPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 1, name: `Omsorgsplan – ${NAVN}` }).waitFor();
    expect(await status(page).textContent()).toBe('Endringene lagres automatisk.');
    // The guidance sits beside the fields; each section names its legal basis.
    expect(await page.getByRole('heading', { level: 2, name: 'Tidsperspektiv' }).count()).toBe(1);
    expect(await page.getByText('Hjemmel: HR-2020-661-S').count()).toBe(1);

    await page.getByLabel('Vedtak om omsorgsovertakelse').fill('Fylkesnemnda i Vestland, 3. mars');
    await saved(page);

    // The connection drops: typing goes on, the change is kept in the browser.
    await page.context().setOffline(true);
    const bosted = 'Dorte bor hos familien Mal og går på skolen i nærmiljøet.';
    await page.getByLabel('Hvor barnet bor, og hvorfor det er riktig for barnet').fill(bosted);
    await page.getByLabel('Kort bakgrunn').focus();
    await expect
      .poll(() => status(page).textContent(), { timeout: 15_000 })
      .toContain('Ikke lagret – du er frakoblet. Endringene er tatt vare på i nettleseren');
    const kept = await localCopies(page);
    expect(kept).toHaveLength(1);
    // The key names the document and revision only, never what it is about.
    expect(kept[0]).toMatch(/^landsby\.utkast\.[0-9a-f-]{36}\.\d+$/);
    await expectNoAxeViolations(page);

    // Back online: the change is saved, and the local copy is gone.
    await page.context().setOffline(false);
    await saved(page);
    await page.reload();
    await status(page).waitFor();
    expect(await page.getByLabel('Hvor barnet bor, og hvorfor det er riktig for barnet').inputValue()).toBe(
      bosted,
    );
    await page.context().close();
  });

  it('finalising shows what is missing, with links to the fields; filled in, it goes to approval', async () => {
    const page = await newPage(browser);
    await signIn(page, 'kontaktperson.bergen');
    await page.goto(planPath);
    await status(page).waitFor();
    await page.getByRole('button', { name: 'Ferdigstill', exact: true }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('.ds-error-summary') !== null))
      .toBe(true);
    const link = page.getByRole('link', { name: 'Fyll ut «Dato for planen».' });
    expect(await link.count()).toBe(1);
    expect(await page.getByRole('link', { name: /Fyll ut «Hva barnet sa/ }).count()).toBe(1);
    await expectNoAxeViolations(page);
    await link.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('felt-dato_plan');

    await page.getByLabel('Dato for planen').fill(today);
    await page.getByRole('radio', { name: 'Langvarig, trolig til barnet er voksent' }).check();
    await page
      .getByLabel('Begrunnelse for tidsperspektivet')
      .fill('Mor har ikke kunnet gi forsvarlig omsorg.');
    await page.getByLabel('Barnets viktige relasjoner').fill('Mormor og storebror er viktige for Dorte.');
    await page.getByLabel('Samvær og annen kontakt').fill('Samvær med mor hver tredje uke.');
    await page.getByLabel('Neste evaluering av planen').fill(addMonths(today, 6));
    await page.getByLabel('Barnets egne ord').fill('Jeg vil bo her, men se mamma ofte.');
    await page.getByRole('radio', { name: 'Samtale med barnet', exact: true }).check();
    await page.getByLabel(/^Foreldrenes syn/).fill('Mor ønsker mer samvær.');
    await saved(page);
    await page.getByRole('button', { name: 'Ferdigstill', exact: true }).click();
    await page.getByText('Dokumentet er ferdigstilt og sendt til godkjenning.').waitFor();
    expect(await page.locator('.doc-status-tag').first().textContent()).toBe('Til godkjenning');
    // Locked: the content reads as text.
    expect(await page.getByText('Samvær med mor hver tredje uke.').count()).toBe(1);
    expect(await page.getByRole('textbox').count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('the team leader approves it from the approval queue', async () => {
    const page = await newPage(browser);
    await signIn(page, 'teamleder.bergen');
    await page.getByRole('link', { name: 'Godkjenning', exact: true }).click();
    await page.waitForURL(/\/dokumenter\/godkjenning$/);
    await page.getByRole('heading', { level: 1, name: 'Til godkjenning' }).waitFor();
    const doc = page.getByRole('link', { name: `Omsorgsplan – ${NAVN}` });
    await doc.waitFor();
    await expectNoAxeViolations(page);
    await doc.click();
    await page.getByRole('heading', { level: 2, name: 'Godkjenning' }).waitFor();
    await expectNoAxeViolations(page);

    // Sending back needs a comment; then approve instead.
    await page.getByRole('button', { name: 'Send tilbake' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Send tilbake' }).click();
    await dialog.getByText('Skriv hva som må endres, med minst 5 tegn.').first().waitFor();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    await page.getByRole('button', { name: 'Godkjenn', exact: true }).click();
    await page.getByText('Dokumentet er godkjent.').waitFor();
    expect(await page.locator('.doc-status-tag').first().textContent()).toBe('Godkjent');
    await expect.poll(() => page.getByRole('button', { name: 'Godkjenn', exact: true }).count()).toBe(0);
    await page.getByRole('link', { name: 'Godkjenning', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Til godkjenning' }).waitFor();
    await expect.poll(() => page.getByRole('link', { name: `Omsorgsplan – ${NAVN}` }).count()).toBe(0);
    await page.context().close();
  });

  it('the contact person downloads the approved plan as PDF', async () => {
    const page = await newPage(browser);
    await signIn(page, 'kontaktperson.bergen');
    await page.goto(planPath);
    await page.getByText('Godkjent', { exact: true }).first().waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Last ned PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const file = await download.path();
    expect(readFileSync(file).subarray(0, 4).toString('latin1')).toBe('%PDF');
    await page.context().close();
  });

  it('reopening starts version 2; the history shows a readable diff', async () => {
    const page = await newPage(browser);
    await signIn(page, 'kontaktperson.bergen');
    await page.goto(planPath);
    await page.getByRole('button', { name: 'Gjenåpne som ny versjon' }).click();
    await page.getByText('Dokumentet er åpnet igjen som versjon 2.').waitFor();
    await page.getByLabel(/^Foreldrenes syn/).fill('Mor ønsker mer samvær, og far vil bli kjent med Dorte.');
    await saved(page);

    await page.getByRole('link', { name: 'Historikk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Historikk' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Foreldrenes syn' }).waitFor();
    const added = page.locator('ins.doc-diff__added').filter({ hasText: 'far vil bli kjent med Dorte' });
    expect(await added.count()).toBe(1);
    // Said in words too, not by colour alone.
    expect(await added.textContent()).toContain('lagt til');
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});

describe('a conversation with the child, from an årshjul task', () => {
  it('"Skriv dokument" on the task starts a conversation linked to it', async () => {
    const page = await newPage(browser);
    await signIn(page, 'kontaktperson.bergen');
    await page.goto('/oppgaver');
    await page.getByLabel('Barn', { exact: true }).selectOption({ label: NAVN });
    const write = page.getByRole('button', { name: `Skriv dokument for Oppfølgingsbesøk for ${NAVN}` });
    await write.first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Skriv dokument til oppgaven' }).waitFor();
    expect(await dialog.getByLabel('Mal', { exact: true }).inputValue()).toBe('samtale_med_barn');
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Opprett og skriv' }).click();
    await page.waitForURL(/\/dokumenter\/[0-9a-f-]{36}$/);
    samtalePath = new URL(page.url()).pathname;
    await page
      .getByRole('heading', { level: 1, name: `Samtale med barnet under oppfølgingsbesøk – ${NAVN}` })
      .waitFor();
    expect(await page.getByText('Oppgave i årshjulet').count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Oppfølgingsbesøk', exact: true }).count()).toBe(1);
    await page.context().close();
  });

  it('two people write at once: the second is told, keeps the text, and saves on the latest', async () => {
    const first = await newPage(browser);
    await signIn(first, 'kontaktperson.bergen');
    await first.goto(samtalePath);
    await status(first).waitFor();
    const second = await newPage(browser);
    await signIn(second, 'kontaktperson.bergen');
    await second.goto(samtalePath);
    await status(second).waitFor();

    await first.getByLabel('Hvor samtalen fant sted').fill('På rommet til Dorte');
    await saved(first);
    const mine = 'På tur i skogen bak skolen';
    await second.getByLabel('Hvor samtalen fant sted').fill(mine);
    await second.getByRole('heading', { name: 'Noen andre har lagret endringer i mellomtiden' }).waitFor();
    expect(await status(second).textContent()).toContain('noen andre har lagret dokumentet');
    expect(await second.getByLabel('Hvor samtalen fant sted').inputValue()).toBe(mine);
    await expectNoAxeViolations(second);

    await second.getByRole('button', { name: 'Hent siste versjon' }).click();
    await second.getByRole('heading', { name: 'Dette er lagret nå' }).waitFor();
    expect(await second.getByText('På rommet til Dorte').count()).toBe(1);
    expect(await second.getByLabel('Hvor samtalen fant sted').inputValue()).toBe(mine);
    await second.getByRole('button', { name: 'Lagre nå' }).click();
    await saved(second);
    await first.context().close();
    await second.reload();
    await status(second).waitFor();
    expect(await second.getByLabel('Hvor samtalen fant sted').inputValue()).toBe(mine);
    await second.context().close();
  });

  it("the child's words need how the child took part before the conversation is finished", async () => {
    const page = await newPage(browser);
    await signIn(page, 'kontaktperson.bergen');
    await page.goto(samtalePath);
    await status(page).waitFor();
    await page.getByLabel('Dato for besøket').fill(today);
    await page.getByRole('radio', { name: 'Ja, hele eller deler av samtalen' }).check();
    await page.getByLabel('Barnets egne ord').fill('Det er fint her. Jeg savner katten.');
    await page.getByLabel('Din vurdering og begrunnelse').fill('Dorte får god omsorg.');
    await saved(page);
    await page.getByRole('button', { name: 'Ferdigstill', exact: true }).click();
    const link = page.getByRole('link', { name: /^Velg hvordan barnet medvirket i «Hva barnet sa/ });
    await link.waitFor();
    await expectNoAxeViolations(page);
    await link.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('felt-stemme-medvirkning-1.1');
    await page.keyboard.press('Space');
    await saved(page);
    await page.getByRole('button', { name: 'Ferdigstill', exact: true }).click();
    await page.getByText('Dokumentet er ferdigstilt.').waitFor();
    expect(await page.getByText('Samtale med barnet', { exact: true }).count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('the child page lists both documents with status and version', async () => {
    const page = await newPage(browser);
    await signIn(page, 'kontaktperson.bergen');
    await page.goto(`/barn/${barnId}/dokumenter`);
    const plan = page.getByRole('row').filter({ hasText: `Omsorgsplan – ${NAVN}` });
    await plan.waitFor();
    expect(await plan.textContent()).toContain('Utkast');
    const samtale = page.getByRole('row').filter({ hasText: 'Samtale med barnet' });
    expect(await samtale.getByText('Ferdig', { exact: true }).count()).toBe(1);
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});

describe('the template library', () => {
  for (const width of [1280, 320]) {
    it(`the library and a template page pass axe at ${width} px`, async () => {
      const page = await newPage(browser, { width });
      await signIn(page, 'kontaktperson.bergen');
      await page.goto('/maler');
      await page.getByRole('heading', { level: 1, name: 'Maler' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Samtaler' }).waitFor();
      await expectNoOverflow(page);
      await expectNoAxeViolations(page);
      await page.getByRole('link', { name: 'Omsorgsplan', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Omsorgsplan' }).waitFor();
      expect(await page.getByText('Må godkjennes av leder').count()).toBeGreaterThan(0);
      expect(await page.getByRole('heading', { level: 2, name: 'Tidsperspektiv' }).count()).toBe(1);
      // Only the head of service adapts templates.
      expect(await page.getByRole('button', { name: 'Tilpass malen for tjenesten' }).count()).toBe(0);
      await expectNoOverflow(page);
      await expectNoAxeViolations(page);
      await page.context().close();
    });
  }

  it('the head of service adds guidance and a section; both show in the template', async () => {
    const page = await newPage(browser);
    await signIn(page, 'leder.bergen');
    await page.goto('/maler/vurderingstrakt');
    await page.getByRole('button', { name: 'Tilpass malen for tjenesten' }).click();
    await page.getByRole('heading', { level: 2, name: 'Tjenestens tilpasning' }).waitFor();
    const first = page.getByLabel('Veiledning på bokmål').first();
    await first.fill('Bergen: bruk trakten også i samarbeidsmøtet med skolen.');
    await page.getByRole('button', { name: 'Lagre tilpasningen' }).click();
    await page
      .getByRole('link', { name: /Skriv teksten på nynorsk også\./ })
      .first()
      .waitFor();
    await expectNoAxeViolations(page);
    await page
      .getByLabel('Veiledning på nynorsk')
      .first()
      .fill('Bergen: bruk trakta òg i samarbeidsmøtet med skulen.');
    await page.getByRole('button', { name: 'Legg til en del' }).click();
    await page.getByLabel('Tittel på bokmål').fill('Bergens sjekkpunkt');
    await page.getByLabel('Tittel på nynorsk').fill('Sjekkpunkt i Bergen');
    await page.getByLabel('Veiledning på bokmål').last().fill('Skriv hvem som følger opp.');
    await page.getByLabel('Veiledning på nynorsk').last().fill('Skriv kven som følgjer opp.');
    await page.getByLabel('Ledetekst på bokmål').fill('Ansvarlig i skolen');
    await page.getByLabel('Ledetekst på nynorsk').fill('Ansvarleg i skulen');
    await page.getByRole('button', { name: 'Lagre tilpasningen' }).click();
    await page.getByText('Tilpasningen er lagret.', { exact: false }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Bergens sjekkpunkt' }).waitFor();
    expect(await page.getByText('Bergen: bruk trakten også i samarbeidsmøtet med skolen.').count()).toBe(1);
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});

describe('nynorsk', () => {
  it('a Hardanger og Voss contact person writes a conversation in nynorsk', async () => {
    for (const width of [1280, 320]) {
      const page = await newPage(browser, { width });
      await signIn(page, 'kontaktperson.hv');
      await expect.poll(() => page.getAttribute('html', 'lang')).toBe('nn');
      const id = await createCase(page, 'Nils', `Nynorsk${suffix}${width}`);
      await page.goto(`/barn/${id}/dokumenter`);
      await page.getByRole('heading', { level: 2, name: 'Dokument' }).waitFor();
      await page.getByText('Ingen dokument enno.').waitFor();
      await page.getByRole('button', { name: 'Nytt dokument' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Mal', { exact: true }).selectOption('samtale_med_barn');
      await dialog.getByRole('button', { name: 'Opprett og skriv' }).click();
      await page.waitForURL(/\/dokumenter\/[0-9a-f-]{36}$/);
      await status(page).waitFor();
      expect(await status(page).textContent()).toBe('Endringane blir lagra automatisk.');
      await page.getByLabel('Orda til barnet sjølv').fill('Eg likar å vere her.');
      await saved(page);
      await page.getByRole('button', { name: 'Ferdigstill', exact: true }).click();
      await page.getByRole('link', { name: /^Vel korleis barnet medverka i «/ }).waitFor();
      expect(await page.getByRole('link', { name: 'Fyll ut «Dato for besøket».' }).count()).toBe(1);
      await expectNoOverflow(page);
      await expectNoAxeViolations(page);

      await page.goto('/maler');
      await page.getByRole('heading', { level: 1, name: 'Malar' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Samtalar' }).waitFor();
      await expectNoOverflow(page);
      await expectNoAxeViolations(page);
      await page.context().close();
    }
  });
});
