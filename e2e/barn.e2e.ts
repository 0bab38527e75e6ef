import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, expectNoOverflow, launchBrowser, newPage, signIn } from './support/browser';
import { dokumenterNettverkssok } from './support/nettverkssok';

/**
 * The case model in the browser: a foster home and a child registered through the forms, a
 * placement, the child's village, "Mine barn", the purpose flow, a version conflict on the life
 * story, and nynorsk. Every page and state is checked with axe (WCAG 2.1 A/AA).
 * The tests make their own data, so they do not depend on what the demo data holds.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

// Letters only: the name search matches on words.
const suffix = Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join(
  '',
);
const HJEM = `Familien Fjellheim${suffix}`;
const FORNAVN = 'Tiril';
const ETTERNAVN = `Testesen${suffix}`;
let childPath = '';

const tab = (page: Page, name: RegExp | string) =>
  page
    .getByRole('navigation', { name: /barnets sak|saka til barnet/i })
    .getByRole('link', { name, exact: typeof name === 'string' });

async function settled(page: Page) {
  await page.waitForLoadState('networkidle');
}

describe('placement course: foster home → child → placement → village → Mine barn', () => {
  it('registers a foster home with its household, after fixing the errors it was shown', async () => {
    const page = await newPage(browser);
    await signIn(page, 'kontaktperson.bergen');
    await page.getByRole('link', { name: 'Fosterhjem', exact: true }).click();
    await page.waitForURL(/\/fosterhjem$/);
    await page.getByRole('heading', { level: 1, name: 'Fosterhjem' }).waitFor();
    await settled(page);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Registrer fosterhjem' }).click();
    await page.waitForURL(/\/fosterhjem\/ny$/);
    // The contact person registering the home becomes its contact person unless another is chosen.
    const meg = (await (await page.request.get('/api/auth/session')).json()).user;
    await expect.poll(() => page.getByLabel('Kontaktperson for fosterhjemmet').inputValue()).toBe(meg.id);
    await page.getByLabel('Navn på fosterhjemmet').fill(HJEM);
    await page.getByRole('button', { name: 'Registrer fosterhjemmet' }).click();
    // The error summary takes focus and names the person the message is about.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('.ds-error-summary') !== null))
      .toBe(true);
    expect(await page.getByRole('link', { name: 'Person 1: Skriv fornavnet.' }).count()).toBe(1);
    expect(await page.getByLabel('Navn på fosterhjemmet').inputValue()).toBe(HJEM);
    await expectNoAxeViolations(page);

    await page.getByLabel('Kommunenummer').fill('4601');
    await page.getByLabel('Poststed').fill('Bergen');
    await page.getByLabel('Fornavn').nth(0).fill('Kari');
    await page.getByLabel('Etternavn').nth(0).fill(`Fjellheim${suffix}`);
    await page.getByRole('button', { name: 'Legg til person' }).click();
    await page.getByLabel('Rolle i husstanden').nth(1).selectOption('eget_barn');
    await page.getByLabel('Fornavn').nth(1).fill('Ola');
    await page.getByLabel('Etternavn').nth(1).fill(`Fjellheim${suffix}`);
    await page.getByLabel('Fødselsdato (valgfritt)').nth(1).fill('2012-04-01');
    const created = page.waitForRequest(
      (r) => r.method() === 'POST' && new URL(r.url()).pathname === '/api/foster-homes',
    );
    await page.getByRole('button', { name: 'Registrer fosterhjemmet' }).click();
    expect((await created).postDataJSON().kontaktpersonId).toBe(meg.id);
    await page.waitForURL(/\/fosterhjem\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: HJEM }).waitFor();
    await page.getByText(`Kontaktperson: ${meg.navn}`).waitFor();
    expect(await page.getByRole('heading', { name: 'Fosterfamiliens egne barn' }).count()).toBe(1);
    expect(await page.getByText(`Ola Fjellheim${suffix}`).count()).toBe(1);
    await settled(page);
    await expectNoAxeViolations(page);

    // Add an agreement that runs out within five months: the local-practice warning appears.
    await page.getByRole('button', { name: 'Registrer avtale' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Registrer avtale' }).waitFor();
    const soon = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    await dialog.getByLabel('Gjelder til (valgfritt)').fill(soon);
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Registrer avtalen' }).click();
    await page.getByText('Avtalen er registrert.').waitFor();
    expect(await page.getByText(/Lokal praksis/).count()).toBe(1);
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('registers a child: server and form messages at the fields, nothing typed lost', async () => {
    const page = await newPage(browser);
    await signIn(page, 'kontaktperson.bergen');
    await page.getByRole('link', { name: 'Mine barn' }).click();
    await page.waitForURL(/\/barn$/);
    await page.getByRole('link', { name: 'Registrer barn' }).click();
    await page.waitForURL(/\/barn\/ny$/);
    await page.getByLabel('Fornavn').fill(FORNAVN);
    await page.getByRole('textbox', { name: 'Språk' }).fill('norsk, polsk');
    // An identity number that fails the check digits: the server's message is shown at the field.
    await page.getByLabel(/Fødselsnummer eller D-nummer/).fill('12345678901');
    await page.getByLabel('Etternavn').fill(ETTERNAVN);
    await page.getByRole('button', { name: 'Registrer barnet' }).click();
    await page.getByText('Fødselsnummeret er ikke gyldig. Kontroller de 11 sifrene.').first().waitFor();
    expect(await page.getByLabel('Fornavn').inputValue()).toBe(FORNAVN);
    expect(await page.getByRole('textbox', { name: 'Språk' }).inputValue()).toBe('norsk, polsk');
    await expectNoAxeViolations(page);

    await page.getByLabel(/Fødselsnummer eller D-nummer/).fill('');
    await page.getByLabel('Fødselsdato', { exact: true }).fill('2015-05-05');
    await page.getByRole('button', { name: 'Registrer barnet' }).click();
    await page.waitForURL(/\/barn\/[0-9a-f-]{36}$/);
    childPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 1, name: `${FORNAVN} ${ETTERNAVN}` }).waitFor();
    expect(await page.getByText('Fase i plasseringsløpet: Før flytting').count()).toBe(1);
    await settled(page);
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('places the child in the foster home and adds a village member', async () => {
    const page = await newPage(browser);
    await signIn(page, 'kontaktperson.bergen');
    await dokumenterNettverkssok(page, childPath.split('/').pop() as string);
    await page.goto(childPath);
    await page.getByRole('button', { name: 'Ny plassering' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Ny plassering' }).waitFor();
    await dialog.getByRole('button', { name: 'Registrer plasseringen' }).click();
    await dialog.getByText('Velg fosterhjemmet barnet flytter til.').first().waitFor();
    await expectNoAxeViolations(page);

    await dialog.getByLabel('Fosterhjem', { exact: true }).selectOption({ label: `${HJEM} (Bergen)` });
    await dialog.getByLabel('Plasseringstype').selectOption('ordinaer');
    await dialog.getByLabel('Hjemmel').selectOption('bvl_5_1');
    await dialog.getByRole('button', { name: 'Registrer plasseringen' }).click();
    await page.getByText('Plasseringen er registrert.').waitFor();
    expect(await page.getByText('Fase i plasseringsløpet: Innflytting – første år').count()).toBe(1);
    expect(await page.locator('[aria-current="step"]').textContent()).toContain('Innflytting');

    await tab(page, 'Landsby').click();
    await page.waitForURL(/\/landsby$/);
    await page.getByRole('button', { name: 'Legg til person i landsbyen' }).click();
    await dialog.getByRole('button', { name: 'Lagre' }).click();
    await dialog.getByText('Velg hvilken gruppe personen hører til.').first().waitFor();
    await expectNoAxeViolations(page);
    await dialog.getByLabel('Gruppe').selectOption('skole_barnehage');
    await dialog.getByLabel('Navn', { exact: true }).fill('Per Lærersen');
    await dialog.getByLabel('Rolle for barnet').fill('Kontaktlærer');
    await dialog.getByRole('button', { name: 'Lagre' }).click();
    await page.getByText('Per Lærersen er lagt til i landsbyen.').waitFor();
    const picture = page.getByRole('img', { name: /Landsbyen rundt Tiril: én person i 1 gruppe/ });
    expect(await picture.count()).toBe(1);
    expect(
      await page.getByRole('table').getByRole('cell', { name: 'Per Lærersen', exact: true }).count(),
    ).toBe(1);
    await expectNoAxeViolations(page);

    // A shared goal, which then shows on the timeline.
    await page.getByLabel('Hva ble landsbyen enige om?').fill('Tiril skal ha en fast venn i klassen');
    await page.getByRole('button', { name: 'Lagre målet' }).click();
    await page.getByText('Målet er lagret.').waitFor();
    await tab(page, 'Tidslinje').click();
    await page.getByText(`Flyttet inn hos ${HJEM}`).waitFor();
    expect(await page.getByText('Landsbyen ble enige om: Tiril skal ha en fast venn i klassen').count()).toBe(
      1,
    );
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('the child is in "Mine barn" in the right phase, with its foster home', async () => {
    const page = await newPage(browser);
    await signIn(page, 'kontaktperson.bergen');
    await page.getByRole('link', { name: 'Mine barn' }).click();
    await page.waitForURL(/\/barn$/);
    const row = page.getByRole('row').filter({ hasText: `${FORNAVN} ${ETTERNAVN}` });
    await row.waitFor();
    expect(await row.textContent()).toContain('Innflytting – første år');
    expect(await row.textContent()).toContain(HJEM);
    expect(await row.textContent()).toContain('Kari Fjellheim');
    await expectNoAxeViolations(page);

    // Filter by phase (kept in the URL) and sort by age (aria-sort follows).
    await page.getByLabel('Fase', { exact: true }).selectOption('innflytting');
    await page.waitForURL(/fase=innflytting/);
    await row.waitFor();
    await page.getByRole('button', { name: 'Alder' }).click();
    await page.waitForURL(/sorter=alder/);
    await expect
      .poll(() => page.getByRole('columnheader', { name: 'Alder' }).getAttribute('aria-sort'))
      .toBe('ascending');
    await page.getByLabel('Fase', { exact: true }).selectOption('ettervern');
    await page.waitForURL(/fase=ettervern/);
    await expect.poll(() => row.count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  for (const width of [1280, 320]) {
    it(`every section of the child page passes axe at ${width} px`, async () => {
      const page = await newPage(browser, { width });
      await signIn(page, 'kontaktperson.bergen');
      await page.goto(childPath);
      await page.getByRole('heading', { level: 2, name: 'Oversikt' }).waitFor();
      await settled(page);
      await expectNoOverflow(page);
      await expectNoAxeViolations(page);
      for (const [name, heading] of [
        ['Familie', 'Familie'],
        ['Fosterhjem', 'Fosterhjem'],
        ['Landsby', 'Barnets landsby'],
        ['Rammefortelling', 'Rammefortelling'],
        ['Tidslinje', 'Tidslinje'],
      ] as const) {
        await tab(page, name).click();
        await page.getByRole('heading', { level: 2, name: heading }).waitFor();
        await settled(page);
        await expectNoOverflow(page);
        await expectNoAxeViolations(page);
      }
      await page.context().close();
    });
  }

  it('forms and dialogs on the child page show their errors accessibly and save', async () => {
    const page = await newPage(browser);
    await signIn(page, 'kontaktperson.bergen');
    await page.goto(`${childPath}/familie`);
    const dialog = page.getByRole('dialog');

    // Family member: the form's own messages, then the server's (in bokmål) at the e-mail field.
    await page.getByRole('button', { name: 'Legg til familiemedlem' }).click();
    await dialog.getByRole('button', { name: 'Lagre' }).click();
    await dialog.getByText('Velg relasjonen til barnet.').first().waitFor();
    await expectNoAxeViolations(page);
    await dialog.getByLabel('Relasjon').selectOption('mor');
    await dialog.getByLabel('Fornavn').fill('Mona');
    await dialog.getByLabel('Etternavn').fill(ETTERNAVN);
    await dialog.getByLabel('E-post').fill('ikke-en-epost');
    await dialog.getByRole('button', { name: 'Lagre' }).click();
    await dialog.getByText('Verdien har feil format.').first().waitFor();
    expect(await dialog.getByLabel('Fornavn').inputValue()).toBe('Mona');
    await dialog.getByLabel('E-post').fill('mona@example.no');
    await dialog.getByRole('button', { name: 'Lagre' }).click();
    await page.getByRole('cell', { name: `Mona ${ETTERNAVN}`, exact: true }).waitFor();

    // Languages, culture and religion, edited in place.
    await tab(page, 'Oversikt').click();
    await page.getByRole('button', { name: 'Endre' }).click();
    await page.getByLabel('Religion eller livssyn').fill('Humanetisk');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Lagre', exact: true }).click();
    await page.getByText('Endringene er lagret.').waitFor();
    expect(await page.getByText('Humanetisk').count()).toBe(1);

    // End placement: the reason suggests "unintended"; the worker may change it.
    await page.getByRole('button', { name: 'Avslutt plassering' }).click();
    await dialog.getByRole('heading', { name: 'Avslutt plassering' }).waitFor();
    await dialog.getByLabel('Årsak (SSB)').selectOption('1.2.1');
    expect(await dialog.getByRole('radio', { name: 'Utilsiktet flytting' }).isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Avslutt plasseringen' }).click();
    await dialog.getByText('Velg hvem som tok initiativet.').first().waitFor();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    // Handover: the dialog with its error shown.
    await page.getByRole('button', { name: 'Overlever til ny kontaktperson' }).click();
    await dialog.getByRole('heading', { name: 'Overlever til ny kontaktperson' }).waitFor();
    await dialog.getByRole('button', { name: 'Overlever saken' }).click();
    await dialog.getByText('Velg den nye kontaktpersonen.').first().waitFor();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await page.context().close();
  });
});

describe('purpose access', () => {
  it('a supervisor finds a child outside the caseload, states a purpose, and reads it only', async () => {
    const page = await newPage(browser);
    await signIn(page, 'veileder.bergen');
    await page.getByRole('link', { name: 'Mine barn' }).click();
    await page.waitForURL(/\/barn$/);
    const field = page.getByLabel('Navn, fødselsnummer eller fødselsdato');
    await field.fill(ETTERNAVN);
    await page.getByRole('button', { name: 'Søk' }).click();
    await page.getByText('Fant ett barn.').waitFor();
    // The search words never reach the address bar.
    expect(page.url()).not.toContain(suffix);
    expect(await page.getByText('Ikke i din portefølje – krever formål').count()).toBe(1);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: `${FORNAVN} ${ETTERNAVN}` }).click();
    await page.getByRole('heading', { level: 1, name: 'Oppgi formål for å åpne saken' }).waitFor();
    expect(await page.getByText(/Barnet er ikke i din saksportefølje/).count()).toBe(1);
    await expectNoAxeViolations(page);
    await page.getByLabel('Formål').fill('Kort');
    await page.getByRole('button', { name: 'Åpne med lesetilgang' }).click();
    await page.getByText('Skriv formålet med minst 10 tegn.').first().waitFor();
    await expectNoAxeViolations(page);

    await page.getByLabel('Formål').fill('Vikar for kontaktpersonen i ferien');
    await page.getByRole('button', { name: 'Åpne med lesetilgang' }).click();
    await page.getByRole('heading', { level: 1, name: `${FORNAVN} ${ETTERNAVN}` }).waitFor();
    expect(await page.getByText(/Du har lesetilgang med oppgitt formål/).count()).toBe(1);
    // Read-only: no course actions, no add buttons.
    expect(await page.getByRole('button', { name: 'Avslutt plassering' }).count()).toBe(0);
    await tab(page, 'Landsby').click();
    await page.getByRole('heading', { level: 2, name: 'Barnets landsby' }).waitFor();
    expect(await page.getByRole('button', { name: 'Legg til person i landsbyen' }).count()).toBe(0);
    await settled(page);
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});

describe('life story: a version conflict loses nothing', () => {
  it('two people edit the same part; the second is told, keeps the text, and saves on the latest version', async () => {
    const first = await newPage(browser);
    await signIn(first, 'kontaktperson.bergen');
    await first.goto(`${childPath}/rammefortelling`);
    await first.getByRole('button', { name: 'Skriv ny del' }).click();
    await first.getByLabel('Tittel').fill('De første årene');
    await first.getByLabel('Periode (valgfritt)').fill('2015–2019');
    await first.getByLabel('Tekst').fill('Tiril bodde med mor i Fyllingsdalen.');
    await first.getByRole('button', { name: 'Lagre delen' }).click();
    await first.getByText('Den nye delen er lagret.').waitFor();
    await expectNoAxeViolations(first);

    const second = await newPage(browser);
    await signIn(second, 'kontaktperson.bergen');
    await second.goto(`${childPath}/rammefortelling`);
    await second.getByRole('heading', { name: /De første årene/ }).waitFor();

    // Both open the part for editing.
    await first.getByRole('button', { name: 'Endre De første årene' }).click();
    await second.getByRole('button', { name: 'Endre De første årene' }).click();

    await first.getByLabel('Tekst').fill('Tiril bodde med mor og storebror i Fyllingsdalen.');
    await first.getByRole('button', { name: 'Lagre', exact: true }).click();
    await first.getByText('Endringene er lagret.').waitFor();

    const mine = 'Tiril likte å tegne, og hun hadde en katt som het Pus.';
    await second.getByLabel('Tekst').fill(mine);
    await second.getByRole('button', { name: 'Lagre', exact: true }).click();
    await second.getByRole('heading', { name: 'Noen andre har lagret endringer i mellomtiden' }).waitFor();
    expect(await second.getByLabel('Tekst').inputValue()).toBe(mine);
    await expectNoAxeViolations(second);

    await second.getByRole('button', { name: 'Hent siste versjon' }).click();
    await second.getByRole('heading', { name: 'Dette er lagret nå' }).waitFor();
    expect(await second.getByText('Tiril bodde med mor og storebror i Fyllingsdalen.').count()).toBe(1);
    expect(await second.getByLabel('Tekst').inputValue()).toBe(mine);
    await expectNoAxeViolations(second);
    await second.getByRole('button', { name: 'Lagre', exact: true }).click();
    await second.getByText('Endringene er lagret.').waitFor();
    expect(await second.getByText(mine).count()).toBe(1);

    // The history keeps all three versions.
    await second.getByRole('button', { name: 'Vis historikk De første årene' }).click();
    await second.getByRole('heading', { name: 'Tidligere versjoner' }).waitFor();
    await expect.poll(() => second.locator('.version-list__item').count()).toBe(3);
    await expectNoAxeViolations(second);
    await first.context().close();
    await second.context().close();
  });
});

describe('nynorsk', () => {
  it('a Hardanger og Voss contact person registers a child and meets nynorsk on every page', async () => {
    for (const width of [1280, 320]) {
      const page = await newPage(browser, { width });
      await signIn(page, 'kontaktperson.hv');
      await expect.poll(() => page.getAttribute('html', 'lang')).toBe('nn');
      await page.goto('/barn');
      await page.getByRole('heading', { level: 1, name: 'Mine barn' }).waitFor();
      expect(await page.getByRole('heading', { name: 'Søk etter barn i tenesta' }).count()).toBe(1);
      await settled(page);
      await expectNoOverflow(page);
      await expectNoAxeViolations(page);

      await page.goto('/fosterhjem');
      await page.getByRole('heading', { level: 1, name: 'Fosterheimar' }).waitFor();
      await settled(page);
      await expectNoOverflow(page);
      await expectNoAxeViolations(page);

      await page.goto('/fosterhjem/ny');
      await page.getByRole('button', { name: 'Registrer fosterheimen' }).click();
      await page.getByText('Skriv namnet på fosterheimen.').first().waitFor();
      await expectNoOverflow(page);
      await expectNoAxeViolations(page);

      if (width === 320) {
        await page.context().close();
        continue;
      }
      await page.goto('/barn/ny');
      await page.getByRole('button', { name: 'Registrer barnet' }).click();
      await page.getByText('Skriv førenamnet til barnet.').first().waitFor();
      await expectNoAxeViolations(page);
      await page.getByLabel('Førenamn').fill('Synnøve');
      await page.getByLabel('Etternamn').fill(`Nynorsk${suffix}`);
      await page.getByLabel('Fødselsdato', { exact: true }).fill('2016-02-02');
      await page.getByRole('button', { name: 'Registrer barnet' }).click();
      await page.waitForURL(/\/barn\/[0-9a-f-]{36}$/);
      await page.getByRole('heading', { level: 1, name: `Synnøve Nynorsk${suffix}` }).waitFor();
      for (const [name, heading] of [
        ['Fosterheim', 'Fosterheim'],
        ['Landsby', 'Landsbyen til barnet'],
        ['Rammeforteljing', 'Rammeforteljing'],
        ['Tidslinje', 'Tidslinje'],
      ] as const) {
        await tab(page, name).click();
        await page.getByRole('heading', { level: 2, name: heading }).waitFor();
        await settled(page);
        await expectNoAxeViolations(page);
      }
      expect(await page.getByText(/Ny kontaktperson:/).count()).toBeGreaterThan(0);
      await page.context().close();
    }
  });
});

describe('handover to a new contact person', () => {
  it('the new contact person sees the summary first; the previous one is told the case is handed over', async () => {
    const page = await newPage(browser);
    await signIn(page, 'kontaktperson.bergen');
    await page.goto(childPath);
    await page.getByRole('button', { name: 'Overlever til ny kontaktperson' }).click();
    const dialog = page.getByRole('dialog');
    const select = dialog.getByLabel('Ny kontaktperson');
    await expect.poll(() => select.locator('option').count()).toBeGreaterThan(1);
    const teamleder = await select
      .locator('option')
      .evaluateAll((options) =>
        options.find((o) => o.textContent?.includes('Teamleder'))?.getAttribute('value'),
      );
    expect(teamleder).toBeTruthy();
    await select.selectOption(teamleder ?? '');
    await dialog.getByLabel('Dette er planlagt').fill('Oppfølgingsbesøk i fosterhjemmet neste uke.');
    await dialog
      .getByLabel('Dette er viktig for barnet')
      .fill('Tiril vil at kontaktlæreren skal være med på møtene.');
    await dialog.getByRole('button', { name: 'Overlever saken' }).click();
    // The child is no longer in this contact person's caseload: back to "Mine barn" with a notice.
    await page.waitForURL(/\/barn$/);
    await page.getByText(/Saken til Tiril er overlevert til ny kontaktperson/).waitFor();
    await expectNoAxeViolations(page);
    await page.context().close();

    const leader = await newPage(browser);
    await signIn(leader, 'teamleder.bergen');
    await leader.goto(childPath);
    await leader.getByRole('heading', { name: /^Overlevering fra / }).waitFor();
    expect(await leader.getByText('Tiril vil at kontaktlæreren skal være med på møtene.').count()).toBe(1);
    await tab(leader, 'Tidslinje').click();
    await leader.getByRole('heading', { level: 2, name: 'Tidslinje' }).waitFor();
    expect(
      await leader
        .getByRole('list', { name: 'Hendelser, nyeste først' })
        .getByText(/^Ny kontaktperson:/)
        .count(),
    ).toBe(2);
    await expectNoAxeViolations(leader);

    // The team leader ends the placement as an unintended move; the course moves on.
    await tab(leader, 'Oversikt').click();
    await leader.getByRole('button', { name: 'Avslutt plassering' }).click();
    const end = leader.getByRole('dialog');
    await end.getByLabel('Årsak (SSB)').selectOption('1.2.1');
    await end.getByLabel('Hvem tok initiativet?').selectOption('fosterforeldre');
    await end.getByLabel('Barnet flytter til').selectOption('3');
    await end.getByRole('button', { name: 'Avslutt plasseringen' }).click();
    await leader.getByText('Plasseringen er avsluttet.').waitFor();
    expect(await leader.getByText('Fase i plasseringsløpet: Avsluttet').count()).toBe(1);
    await tab(leader, 'Tidslinje').click();
    await leader.getByText(`Flyttet ut fra ${HJEM}`).waitFor();
    expect(await leader.locator('.timeline__tag', { hasText: 'Utilsiktet flytting' }).count()).toBe(1);
    await tab(leader, 'Fosterhjem').click();
    await leader.getByText('1 plassering, 1 utilsiktet flytting.').waitFor();
    await expectNoAxeViolations(leader);
    await leader.context().close();
  });
});
