import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@/domain/plasseringsforlop';
import { civilDateValue, osloToday } from '@/web/i18n/dates';
import { expectNoAxeViolations, expectNoOverflow, launchBrowser, newPage, signIn } from './support/browser';

const today = osloToday();
const shortDate = (date: string) =>
  new Intl.DateTimeFormat('nb-NO', { dateStyle: 'short', timeZone: 'Europe/Oslo' }).format(
    civilDateValue(date),
  );

/**
 * The shared recruitment pipeline in the browser (Zip-team): a Bufetat recruiter lands on the
 * start page with the way to recruitment, registers a family, ticks the checklist, moves it
 * through the first stages and shares it with Bergen with the family's consent; a Bergen
 * recruiter then finds it among the cases shared with Bergen. The head of service in Hardanger
 * og Voss (not in the collaboration) sees the pipeline in nynorsk, without the family. Every
 * page is checked with axe.
 */

let browser: Browser;
const tilfeldig = () =>
  Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
// A new name on each attempt: a retried test must not find the family the failed attempt made.
let suffix = tilfeldig();
let FAMILIE = `Familien Zip${suffix}`;
let sakUrl = '';

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('recruitment pipeline across organisations', () => {
  it('a Bufetat recruiter registers a family, works the checklist, moves it on and shares it with Bergen', async () => {
    suffix = tilfeldig();
    FAMILIE = `Familien Zip${suffix}`;
    const page = await newPage(browser);
    await signIn(page, 'rekrutterer.bufetat');
    // No children in Bufetat: the start page shows the way to the pipeline.
    await page.getByRole('heading', { level: 2, name: 'Rekruttering av fosterhjem' }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Gå til rekrutteringsløpet' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rekruttering av fosterhjem' }).waitFor();
    await page.getByText(/familier? med dette utvalget/).waitFor();
    await expectNoAxeViolations(page);

    // The form says what is missing, then registers the family.
    await page.getByRole('button', { name: 'Ny familie' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Registrer familien' }).click();
    await dialog.getByText('Skriv navnet på familien.').first().waitFor();
    await dialog.getByText('Velg hvor familien kom fra.').first().waitFor();
    await expectNoAxeViolations(page);
    await dialog.getByLabel('Navn på familien').fill(FAMILIE);
    await dialog.getByLabel('Hvor familien kom fra').selectOption('kampanje');
    await dialog.getByLabel('Første kontakt').fill(addDays(today, -10));
    await dialog.getByRole('group', { name: 'Voksen 1' }).getByLabel('Fornavn').fill('Kari');
    await dialog.getByRole('group', { name: 'Voksen 1' }).getByLabel('Etternavn').fill(`Zip${suffix}`);
    // A long address: the case page must still fit a narrow screen (below).
    await dialog
      .getByRole('group', { name: 'Voksen 1' })
      .getByLabel('E-post (valgfritt)')
      .fill(`kari.zip${suffix}.fosterfamilie@eksempel-kommune.example.no`);
    await dialog.getByRole('button', { name: 'Registrer familien' }).click();
    await page.getByRole('heading', { level: 1, name: FAMILIE }).waitFor();
    sakUrl = new URL(page.url()).pathname;
    expect(sakUrl).toMatch(/^\/rekruttering\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 2, name: 'Fase: Henvendelse' }).waitFor();
    await expectNoAxeViolations(page);

    // A stage is passed only when its required points are done: the server says which.
    await page.getByRole('button', { name: 'Flytt til Informasjonsmøte' }).click();
    await page
      .getByRole('alert')
      .getByText(/Alle påkrevde punkter i fasen må være utført/)
      .waitFor();
    // A point done earlier gets its own date; a date before the first contact is refused at the field.
    const dato = page.getByLabel('Dato for punktene du krysser av');
    expect(await dato.inputValue()).toBe(today);
    await dato.fill(addDays(today, -11));
    // click, not check: the box is meant to spring back when the server refuses the date.
    await page.getByRole('checkbox', { name: /Første samtale er gjennomført/ }).click();
    await page.getByText('Datoen kan ikke være før første kontakt med familien.').waitFor();
    await expect
      .poll(() => page.getByRole('checkbox', { name: /Første samtale er gjennomført/ }).isChecked())
      .toBe(false);
    await dato.fill(addDays(today, -9));
    await page.getByRole('checkbox', { name: /Første samtale er gjennomført/ }).check();
    await page.getByText('Krysset av: Første samtale er gjennomført.').waitFor();
    await page
      .getByText(shortDate(addDays(today, -9)))
      .first()
      .waitFor();
    await dato.fill(today);
    await page
      .getByRole('checkbox', { name: /Informasjon og invitasjon til informasjonsmøte er sendt/ })
      .check();
    await page.getByText(/Krysset av: Informasjon og invitasjon/).waitFor();
    await page.getByRole('button', { name: 'Flytt til Informasjonsmøte' }).click();
    await page.getByRole('heading', { level: 2, name: 'Fase: Informasjonsmøte' }).waitFor();

    await page.getByRole('checkbox', { name: /Familien har deltatt på informasjonsmøte/ }).check();
    await page.getByText('Krysset av: Familien har deltatt på informasjonsmøte.').waitFor();
    await page.getByRole('checkbox', { name: /Familien har bekreftet at de vil starte opplæringen/ }).check();
    await page.getByText(/Krysset av: Familien har bekreftet/).waitFor();
    await page.getByRole('button', { name: 'Flytt til Opplæring' }).click();
    await page.getByRole('heading', { level: 2, name: 'Fase: Opplæring' }).waitFor();
    await expectNoAxeViolations(page);

    // Back one stage needs a note, which the history shows.
    await page.getByRole('button', { name: 'Tilbake til Informasjonsmøte' }).click();
    await dialog.getByRole('button', { name: 'Flytt tilbake' }).click();
    await dialog.getByText('Skriv hvorfor saken flyttes tilbake.').first().waitFor();
    await dialog.getByLabel('Hvorfor flyttes saken tilbake?').fill('Familien vil vente til over jul');
    await dialog.getByRole('button', { name: 'Flytt tilbake' }).click();
    await page.getByRole('heading', { level: 2, name: 'Fase: Informasjonsmøte' }).waitFor();
    const historikk = page.getByRole('table', { name: 'Fasene saken har vært i, nyeste først' });
    await historikk.getByText('Familien vil vente til over jul').waitFor();
    await page.getByRole('button', { name: 'Flytt til Opplæring' }).click();
    await page.getByRole('heading', { level: 2, name: 'Fase: Opplæring' }).waitFor();

    // Sharing needs the consent date.
    await page.getByLabel('Del med').selectOption({ label: 'Bergen kommune, barnevernstjenesten' });
    await page.getByRole('button', { name: 'Del saken' }).click();
    await page.getByText('Skriv datoen familien samtykket til delingen.').waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel('Familien samtykket').fill(new Date().toISOString().slice(0, 10));
    await page.getByRole('button', { name: 'Del saken' }).click();
    await page.getByText('Saken er delt med Bergen kommune, barnevernstjenesten.').waitFor();
    const delinger = page.getByRole('table', { name: 'Organisasjoner saken er delt med' });
    await delinger.getByRole('cell', { name: 'Bergen kommune, barnevernstjenesten', exact: true }).waitFor();
    await expectNoAxeViolations(page);
    await page.context().close();
  }, 240_000);

  it('the case page fits a 320 px screen: the details wrap, nothing scrolls sideways', async () => {
    expect(sakUrl).not.toBe('');
    const page = await newPage(browser, { width: 320 });
    await signIn(page, 'rekrutterer.bufetat');
    await page.goto(sakUrl);
    await page.getByRole('heading', { level: 1, name: FAMILIE }).waitFor();
    await page
      .getByRole('region', { name: 'Opplysninger om familien' })
      .getByText(/eksempel-kommune\.example\.no/)
      .waitFor();
    await page.getByRole('table', { name: 'Organisasjoner saken er delt med' }).waitFor();
    await expectNoOverflow(page);
    await page.context().close();
  });

  it('a Bergen recruiter sees the shared family, owned by Bufetat', async () => {
    expect(sakUrl).not.toBe('');
    const page = await newPage(browser);
    await signIn(page, 'rekrutterer.bergen');
    await page.goto('/rekruttering?eierskap=delte');
    const gruppe = page.getByRole('table', { name: 'Familier i fasen Opplæring' });
    const rad = gruppe.getByRole('row').filter({ hasText: FAMILIE });
    await rad.waitFor();
    // Owned by Bufetat; Bufetat's recruiter is shown by organisation, not by name.
    await rad.getByRole('cell', { name: 'Bufetat region vest, fosterhjemstjenesten', exact: true }).waitFor();
    await rad
      .getByRole('cell', { name: 'En medarbeider i Bufetat region vest, fosterhjemstjenesten', exact: true })
      .waitFor();
    await expectNoAxeViolations(page);
    await rad.getByRole('link', { name: FAMILIE }).click();
    await page.getByRole('heading', { level: 1, name: FAMILIE }).waitFor();
    await page.getByText('Saken eies av Bufetat region vest, fosterhjemstjenesten.').waitFor();
    // Bufetat's recruiter is shown by organisation, not by name.
    await page
      .getByRole('region', { name: 'Opplysninger om familien' })
      .getByText('En medarbeider i Bufetat region vest, fosterhjemstjenesten')
      .waitFor();
    await page.getByRole('checkbox', { name: /Grunnopplæring \(Solid eller PRIDE\) er startet/ }).check();
    await page.getByText(/Krysset av: Grunnopplæring/).waitFor();
    await expectNoAxeViolations(page);
    await page.context().close();
  }, 120_000);

  it('the head of service in Bergen sets the retention period for closed applicants', async () => {
    const page = await newPage(browser);
    await signIn(page, 'leder.bergen');
    await page.goto('/rekruttering');
    await page.getByRole('link', { name: 'Slettefrist for avsluttede søkere' }).click();
    await page.getByRole('heading', { level: 1, name: 'Innstillinger for rekruttering' }).waitFor();
    const slettefrist = page.getByRole('region', { name: 'Slettefrist for avsluttede søkere' });
    await expectNoAxeViolations(page);
    await page.getByLabel('Slettefrist i måneder').fill('0');
    await slettefrist.getByRole('button', { name: 'Lagre' }).click();
    await page.getByText('Skriv et helt tall fra 1 til 120.').waitFor();
    await page.getByLabel('Slettefrist i måneder').fill('18');
    await slettefrist.getByRole('button', { name: 'Lagre' }).click();
    await page.getByText('Slettefristen er 18 måneder.').waitFor();
    await page.reload();
    await expect.poll(() => page.getByLabel('Slettefrist i måneder').inputValue()).toBe('18');
    await page.context().close();
  });

  it('the head of service in Hardanger og Voss sees the pipeline in nynorsk, without the family', async () => {
    const page = await newPage(browser);
    await signIn(page, 'leder.hv');
    await page.goto('/rekruttering');
    await page.getByRole('heading', { level: 1, name: 'Rekruttering av fosterheimar' }).waitFor();
    await page.getByText('Ingen familiar å vise. Registrer ein ny familie, eller endre filtra.').waitFor();
    expect(await page.getByRole('button', { name: 'Ny familie' }).count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.goto(sakUrl);
    await page.getByRole('heading', { level: 1 }).filter({ hasNotText: FAMILIE }).first().waitFor();
    expect(await page.getByText(FAMILIE).count()).toBe(0);
    await page.context().close();
  });
});
