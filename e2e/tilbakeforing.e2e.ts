import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths } from '@/domain/plasseringsforlop';
import { osloToday } from '@/web/i18n/dates';
import { expectNoAxeViolations, launchBrowser, newPage, signIn } from './support/browser';
import { dokumenterNettverkssok } from './support/nettverkssok';

/**
 * Tilbakeføring in the browser: a contact person opens a child on a care order, starts the
 * reunification assessment, answers every step of the funnel with its evidence, finds that the
 * answers do not allow bringing the case, decides to continue the process work with reasons,
 * and sees the decision in the history and the årshjul task completed. Then a safe reunification
 * plan after a decision to bring the case, with a new step; and the same page in nynorsk.
 * Every page is checked with axe. The tests make their own children.
 */

let browser: Browser;
const today = osloToday();
const suffix = Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join(
  '',
);

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

/** A child on a care order, placed seven months ago: the reunification task is due this year. */
async function createCase(p: Page, fornavn: string) {
  const id = (
    await api(p, 'POST', '/api/children', {
      fornavn,
      etternavn: `Traktesen${suffix}`,
      fodselsdato: '2014-02-02',
      sprak: [],
    })
  ).id as string;
  const hjem = (await api(p, 'POST', '/api/foster-homes', { navn: `Familien Trakt ${suffix}` })).id;
  await dokumenterNettverkssok(p, id);
  await api(p, 'POST', `/api/children/${id}/placements`, {
    fosterhjemId: hjem,
    innflytting: addMonths(today, -7),
    plasseringstype: 'ordinaer',
    hjemmel: 'bvl_5_1',
  });
  return id;
}

const SVAR = [
  ['endring', 'pa_vei'],
  ['omsorg', 'nei'],
  ['tilknytning', 'ingen_alvorlige'],
  ['barnets_syn', 'delt'],
  ['hva_skal_til', 'mer_hjelp'],
] as const;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('the reunification assessment', () => {
  it('is filled in step by step, decided with reasons, and completes the årshjul task', async () => {
    const page = await newPage(browser);
    await signIn(page, 'kontaktperson.bergen');
    const barnId = await createCase(page, 'Tuva');
    await page.goto(`/barn/${barnId}`);
    await page.getByRole('link', { name: 'Tilbakeføring', exact: true }).click();
    await expect.poll(() => page.url()).toMatch(/\/tilbakeforing$/);
    await page.getByRole('heading', { name: 'Vurdering av tilbakeføring' }).waitFor();
    await page.getByText('Ingen vurderinger av tilbakeføring er registrert').waitFor();
    // The årshjul's reunification task is open before the decision.
    const taskRow = page.locator('tr[data-regel="tilbakeforing"]').first();
    await taskRow.waitFor();
    await expect.poll(() => taskRow.textContent()).not.toMatch(/Utført/);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Ny vurdering' }).click();
    await page.getByRole('heading', { name: /Trinn 1 av 5/ }).waitFor();
    await expectNoAxeViolations(page);

    for (const [i, [steg, svar]] of SVAR.entries()) {
      await page.getByRole('heading', { name: new RegExp(`Trinn ${i + 1} av 5`) }).waitFor();
      // Keyboard: the answer is chosen with the space bar.
      await page.locator(`#steg-${steg}-${svar}`).focus();
      await page.keyboard.press('Space');
      await page.locator(`#steg-${steg}-grunnlag`).fill(`Samtaler med mor og fosterforeldre (${steg}).`);
      await page.getByRole('button', { name: 'Lagre og gå videre' }).click();
    }
    await page.getByRole('heading', { name: 'Beslutning', level: 4 }).waitFor();
    // The care test is answered no: bringing the case is not open.
    expect(await page.locator('#beslutning-fremme_sak').count()).toBe(0);
    expect(await page.locator('#beslutning-avslutte_mal').count()).toBe(0);
    expect(await page.locator('li[data-beslutning="fremme_sak"]').textContent()).toMatch(
      /overveiende sannsynlig/,
    );
    await page.getByRole('button', { name: 'Beslutt' }).click();
    await page.getByText('Velg en beslutning.').first().waitFor();
    await expectNoAxeViolations(page);

    await page.getByLabel('Fortsette prosessarbeidet med mål om gjenforening').check();
    await page
      .getByLabel('Begrunnelse')
      .fill(
        'Mor er på god vei, men endringen må vare over tid. Samværet utvides, ny vurdering om et halvt år.',
      );
    await page.getByRole('button', { name: 'Beslutt' }).click();
    await page.getByText('Vurderingen er besluttet, og oppgaven i årshjulet er fullført.').waitFor();
    await page.getByRole('heading', { name: 'Besluttet vurdering' }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Tilbake til alle vurderinger' }).click();
    const history = page.locator('.reunification-history__item').first();
    await history.waitFor();
    expect(await history.textContent()).toMatch(/Fortsette prosessarbeidet/);
    expect(await history.textContent()).toMatch(/Samværet utvides/);
    await expect
      .poll(() => page.locator('tr[data-regel="tilbakeforing"]').filter({ hasText: 'Utført' }).count())
      .toBeGreaterThan(0);
    await page.context().close();
  }, 180_000);

  it('after a decision to bring the case, plans the safe reunification with a new step', async () => {
    const page = await newPage(browser);
    await signIn(page, 'kontaktperson.bergen');
    const barnId = await createCase(page, 'Iver');
    const { id } = await api(page, 'POST', `/api/children/${barnId}/reunification-assessments`);
    const svar = {
      endring: 'nadd',
      omsorg: 'ja',
      tilknytning: 'ingen_alvorlige',
      barnets_syn: 'vil_hjem',
      hva_skal_til: 'klar_overgang',
    };
    const saved = await api(page, 'PUT', `/api/reunification-assessments/${id}`, {
      steg: Object.fromEntries(
        Object.entries(svar).map(([k, v]) => [k, { svar: v, grunnlag: 'Observasjoner over tid.' }]),
      ),
      version: 1,
    });
    await api(page, 'POST', `/api/reunification-assessments/${id}/decision`, {
      beslutning: 'fremme_sak',
      begrunnelse: 'Vilkårene for tilbakeføring er oppfylt.',
      version: saved.version,
    });

    await page.goto(`/barn/${barnId}/tilbakeforing`);
    await page.getByRole('button', { name: 'Lag plan for trygg gjenforening' }).click();
    await page.getByText('Planen er laget med forslag til trinn').waitFor();
    await page.getByRole('heading', { name: 'Planen som gjelder nå' }).waitFor();
    const steps = page.locator('.plan-step');
    const before = await steps.count();
    expect(before).toBeGreaterThanOrEqual(4);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Legg til trinn' }).click();
    const ny = steps.nth(before);
    await ny.getByLabel('Hva skal skje').fill('Første helg hjemme med overnatting');
    await ny
      .getByLabel('Hvem gjør hva')
      .fill('Foreldrene har barnet hjemme. Fosterforeldrene kjører og henter.');
    await ny.getByLabel('Fra', { exact: true }).fill(today);
    await ny.getByLabel('Til', { exact: true }).fill(addMonths(today, 1));
    await ny.getByLabel('Status').selectOption('pagar');
    await page.getByRole('button', { name: 'Lagre planen' }).click();
    await page.getByText('Planen er lagret.').waitFor();
    expect(await steps.count()).toBe(before + 1);
    await expectNoAxeViolations(page);

    // Stored: a reload shows the new step.
    await page.reload();
    await page.getByRole('heading', { name: 'Planen som gjelder nå' }).waitFor();
    expect(await page.locator('.plan-step').nth(before).getByLabel('Hva skal skje').inputValue()).toBe(
      'Første helg hjemme med overnatting',
    );
    await page.context().close();
  }, 180_000);

  it('speaks nynorsk to a nynorsk user', async () => {
    const page = await newPage(browser);
    await signIn(page, 'kontaktperson.hv');
    const barnId = await createCase(page, 'Solveig');
    await page.goto(`/barn/${barnId}/tilbakeforing`);
    await page.getByText('Ingen vurderingar av tilbakeføring er registrerte for barnet enno.').waitFor();
    await page.getByRole('heading', { name: 'Prosessarbeid med foreldra' }).waitFor();
    await page.getByRole('button', { name: 'Ny vurdering' }).click();
    await page.getByRole('group', { name: 'Kor langt har foreldra kome mot måla for endring?' }).waitFor();
    await page.getByRole('button', { name: 'Lagre og gå vidare' }).waitFor();
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});
