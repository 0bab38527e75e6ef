import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
  hovedmenyLenke,
  hovedmenyRader,
  launchBrowser,
  newPage,
  signIn,
} from './support/browser';

/**
 * The treasure map in the browser: the head of service in Øygarden moves between the islands with
 * the keyboard, opens a product, adopts it and edits its implementation plan; a contact person then
 * finds its template offered for a new document, where it was not before. The coordinator sees
 * adoption across the network, changes a product with a reason and adds a new one. Nynorsk for
 * Hardanger og Voss.
 * Every new page is checked with axe (WCAG 2.1 A/AA).
 */

let browser: Browser;
const suffix = Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join(
  '',
);
const PRODUKT = 'Samtale med øvrige barn og mandat til fosterhjemsveileder (P3)';
let hjemId = '';

async function api(p: Page, method: 'POST' | 'PUT', path: string, body?: unknown) {
  const session = await (await p.request.get('/api/auth/session')).json();
  const res = await p.request.fetch(path, {
    method,
    data: body,
    headers: { 'x-csrf-token': session.csrfToken },
  });
  expect(res.ok(), `${method} ${path}: ${res.status()} ${await res.text()}`).toBe(true);
  return res.json();
}

/** The template options offered in the foster home's "Nytt dokument" dialog. */
async function tilbudteMaler(p: Page): Promise<string[]> {
  await p.goto(`/fosterhjem/${hjemId}`);
  await p.getByRole('button', { name: 'Nytt dokument' }).click();
  const dialog = p.getByRole('dialog');
  const select = dialog.getByLabel('Mal', { exact: true });
  await select.waitFor({ timeout: 90_000 });
  const verdier = await select
    .locator('option')
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  await p.keyboard.press('Escape');
  return verdier;
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the treasure map', () => {
  it('switches a product’s template on when the head of service adopts it', async () => {
    const kp = await newPage(browser);
    await signIn(kp, 'kontaktperson.oygarden');
    hjemId ||= (await api(kp, 'POST', '/api/foster-homes', { navn: `Familien Kart ${suffix}` })).id;

    const page = await newPage(browser);
    await signIn(page, 'leder.oygarden');
    // A retry starts where the seed left it: interest, not adoption.
    const naa = await (await page.request.get('/api/catalogue/p3_maler')).json();
    if (naa.adopsjon?.status === 'adoptert')
      await api(page, 'PUT', '/api/catalogue/p3_maler/adoption', {
        status: 'interessert',
        version: naa.adopsjon.version,
      });
    expect(await tilbudteMaler(kp)).not.toContain('samtale_ovrige_barn');
    await (await hovedmenyLenke(page, 'Skattekart')).click();
    await page.getByRole('heading', { level: 1, name: 'Skattekartet' }).waitFor();
    // The main menu at 1280 px: the head of service's thirteen pages take one row, with «Mer».
    expect(await hovedmenyRader(page)).toBe(1);
    await expectNoAxeViolations(page);

    // The islands are buttons: arrow keys move between them, Enter chooses one.
    const forste = page.getByRole('button', { name: /^Øy 1: Barnets behov i sentrum/ });
    await forste.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(
      /^Øy 4: Oppfølging av fosterfamilien\. \d gull, \d sølv$/,
    );
    await page.keyboard.press('Enter');
    await page.waitForURL(/oy=oppfolging_fosterfamilien/);
    await expect
      .poll(() => page.getByRole('button', { name: /^Øy 4/ }).getAttribute('aria-pressed'))
      .toBe('true');
    await page.getByRole('heading', { level: 3, name: 'Øy 4: Oppfølging av fosterfamilien' }).waitFor();
    await expect.poll(() => page.getByRole('heading', { level: 3 }).count()).toBe(1);
    await expectNoAxeViolations(page);

    // The filters live in the URL; the list follows them.
    await page.getByLabel('Ressursbruk').selectOption('liten');
    await page.waitForURL(/ressurs=liten/);
    await page.getByText('2 produkter').waitFor();

    await page.getByRole('link', { name: PRODUKT }).click();
    await page.getByRole('heading', { level: 1, name: PRODUKT }).waitFor();
    await page.getByText('Interessert', { exact: true }).first().waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: /^Ta i bruk/ }).click();
    await page.getByText(/Produktet er tatt i bruk\./).waitFor();
    await page.getByRole('heading', { name: 'Implementeringsplan' }).waitFor();
    // Small resource use: a plan, no training.
    await page.getByLabel('Hva skal gjøres').first().waitFor();
    const steg = await page
      .getByLabel('Hva skal gjøres')
      .evaluateAll((es) => es.map((e) => (e as HTMLInputElement).value));
    expect(steg.join(' ')).toMatch(/Lag planen/);
    expect(steg.join(' ')).not.toMatch(/opplæring/i);
    await page.getByLabel('Ansvarlig').first().fill('Fagleder fosterhjem');
    await page.getByLabel('Status').first().selectOption('pagar');
    await page.getByRole('button', { name: 'Lagre planen' }).click();
    await page.getByText('Planen er lagret.').waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Mal: Samtale med øvrige barn i fosterhjemmet' }).waitFor();

    expect(await tilbudteMaler(kp)).toContain('samtale_ovrige_barn');
    // The template library says which templates are switched off, and links to the product.
    await kp.goto('/maler');
    await kp.getByRole('heading', { level: 1, name: 'Maler' }).waitFor();
    await expect.poll(() => kp.getByText('Ikke tatt i bruk').count()).toBeGreaterThan(0);
    await kp.context().close();
    await page.context().close();
  });

  it('shows the coordinator adoption across the network, and takes a change with history', async () => {
    const page = await newPage(browser);
    await signIn(page, 'koordinator.oygarden');
    await page.goto('/skattekart');
    await page.getByRole('link', { name: 'Se bruken i nettverket' }).click();
    await page.getByRole('heading', { level: 1, name: 'Skattekartet i nettverket' }).waitFor();
    const rad = page
      .getByRole('table', { name: 'Produktene i Læringsnettverk fosterhjem Vestland' })
      .getByRole('row', { name: new RegExp(PRODUKT.replace(/[()]/g, '\\$&')) });
    await expect.poll(() => rad.textContent()).toMatch(/Øygarden kommune, barneverntjenesten/);
    await expectNoAxeViolations(page);

    await page.goto('/skattekart/kulturell_identitet');
    await page.getByRole('heading', { level: 3, name: 'Endre produktet for nettverket' }).waitFor();
    await page.getByLabel('Samarbeid').selectOption({ label: 'Læringsnettverk fosterhjem Vestland' });
    await page.getByLabel('Anbefaling', { exact: true }).selectOption('2');
    await page.getByRole('button', { name: 'Lagre endringen' }).click();
    await page.getByText('Skriv hvorfor produktet endres (minst fem tegn).').first().waitFor();
    await page.getByLabel('Begrunnelse for endringen').fill('Ferdig utprøvd, se evalueringen fra Stord.');
    await page.getByRole('button', { name: 'Lagre endringen' }).click();
    await page.getByText('Endringen er lagret og vises for hele samarbeidet.').waitFor();
    await page.getByText('Begrunnelse: Ferdig utprøvd, se evalueringen fra Stord.').waitFor();
    await page.getByText('Endret: Anbefaling').waitFor();
    await expectNoAxeViolations(page);
    // No child or foster home for the coordinator.
    expect((await page.request.get('/api/children')).status()).toBe(403);
    await page.context().close();
  });

  it('lets the coordinator add a new product with every field, which then shows on the map', async () => {
    const page = await newPage(browser);
    await signIn(page, 'koordinator.oygarden');
    await page.goto('/skattekart');
    await page.getByRole('link', { name: 'Nytt produkt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nytt produkt i skattekartet' }).waitFor();
    await expectNoAxeViolations(page);

    // Empty: the summary lists what is missing, and takes focus.
    await page.getByRole('button', { name: 'Legg til produktet' }).click();
    await page.getByText('For å gå videre må du rette opp dette:').waitFor();
    const lenker = (name: string) => page.getByRole('link', { name, exact: true }).count();
    expect(await lenker('Velg et alternativ.')).toBe(3);
    expect(await lenker('Fyll ut feltet.')).toBe(8);
    expect(await lenker('Bruk 3–60 tegn: små bokstaver a–z, tall og understrek.')).toBe(1);
    expect(await lenker('Skriv hvorfor produktet legges til (minst fem tegn).')).toBe(1);
    await expectNoAxeViolations(page);

    const tittel = `Samvær på nett ${suffix}`;
    const id = `samvaer_pa_nett_${suffix}`;
    await page.getByLabel('Samarbeid').selectOption({ label: 'Læringsnettverk fosterhjem Vestland' });
    await page.getByLabel('Navn på bokmål').fill(tittel);
    await page.getByLabel('Navn på bokmål').blur();
    // The id is suggested from the name.
    await expect.poll(() => page.getByLabel('Kort-id for produktet').inputValue()).toBe(id);
    await page.getByLabel('Navn på nynorsk').fill(`Samvær på nett ${suffix}`);
    await page.getByLabel('Øy', { exact: true }).selectOption('samvaer');
    await page.getByLabel('Gull eller sølv').selectOption('gull');
    await page.getByLabel('Anbefaling', { exact: true }).selectOption('2');
    await page.getByLabel('Ressursbruk').selectOption('moderat');
    await page
      .getByLabel('Kort beskrivelse på bokmål')
      .fill('Samvær over video når avstanden er lang, med faste avtaler og en voksen til stede.');
    await page
      .getByLabel('Kort beskrivelse på nynorsk')
      .fill('Samvær over video når avstanden er lang, med faste avtalar og ein vaksen til stades.');
    await page
      .getByLabel('Arbeidsgruppens vurdering på bokmål')
      .fill('Prøvd ut i to kommuner med gode erfaringer.');
    await page
      .getByLabel('Arbeidsgruppens vurdering på nynorsk')
      .fill('Prøvd ut i to kommunar med gode røynsler.');
    await page.getByRole('checkbox', { name: 'P2 Prosjekt samvær' }).check();
    await page.getByLabel('Kontaktperson', { exact: true }).fill('Kari Nordmann');
    await page.getByLabel('Organisasjon', { exact: true }).fill('Øygarden kommune');
    await page
      .getByLabel('Begrunnelse for å legge til produktet')
      .fill('Vedtatt i nettverksmøtet i november.');
    await page.getByRole('button', { name: 'Legg til produktet' }).click();

    await page.waitForURL(new RegExp(`/skattekart/${id}$`));
    await page.getByRole('heading', { level: 1, name: tittel }).waitFor();
    await page.getByText('Begrunnelse: Vedtatt i nettverksmøtet i november.').waitFor();
    await expectNoAxeViolations(page);

    // On the map (island 5 counts it) and in the list under Samvær.
    await page.goto('/skattekart?oy=samvaer');
    await page.getByRole('heading', { level: 3, name: 'Øy 5: Samvær' }).waitFor();
    await page.getByRole('button', { name: /^Øy 5: Samvær\. \d+ gull/ }).waitFor();
    await page.getByRole('link', { name: tittel }).click();
    await page.getByRole('heading', { level: 1, name: tittel }).waitFor();
    // The same id again is refused before it reaches the server.
    await page.goto('/skattekart/nytt-produkt');
    await page.getByLabel('Kort-id for produktet').fill(id);
    await page.getByRole('button', { name: 'Legg til produktet' }).click();
    await page
      .getByText('Det finnes allerede et produkt med denne kort-id-en. Velg en annen.')
      .first()
      .waitFor();
    await page.context().close();
  });

  it('speaks nynorsk to Hardanger og Voss', async () => {
    const page = await newPage(browser);
    await signIn(page, 'leder.hv');
    await page.goto('/skattekart?status=solv');
    await page.getByRole('heading', { level: 1, name: 'Skattekartet' }).waitFor();
    await page.getByLabel('Tilrådinga frå arbeidsgruppa').waitFor();
    await page.getByRole('button', { name: /^Øy 1: Barnet sine behov i sentrum/ }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Brukarmanual for fosterheimsoppfølging (P4)' }).click();
    await page.getByRole('heading', { level: 2, name: 'Kva det er' }).waitFor();
    await page
      .getByText(
        'Produktet er under arbeid. De kan melde interesse og følgje det, men ikkje ta det i bruk enno.',
      )
      .waitFor();
    expect(await page.getByRole('button', { name: 'Ta i bruk' }).count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.goto('/skattekart/nettverk');
    await page.getByRole('heading', { level: 1, name: 'Skattekartet i nettverket' }).waitFor();
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});
