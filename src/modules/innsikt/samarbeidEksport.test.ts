import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths } from '@/domain/plasseringsforlop';
import { osloToday } from '@/modules/core/clock';
import { katalog } from '@/modules/katalog/katalogFormat';
import { createTestApp, type Session, type TestApp } from '@/test/testApp';
import webNb from '@/web/i18n/nb.json' with { type: 'json' };

/**
 * The collaboration-level export: below the measures, each collaboration's programme fidelity
 * and product use per service, with the same figures hidden as on the page.
 *
 * Fixed data (the demo seed without cases, so nothing else is counted):
 * - Øygarden places 5 children, each in a new foster home, today: En god start is proposed 5
 *   times (shown); Hardanger og Voss places 2 the same way (hidden); Bergen places none (0).
 *   No placement is under a care order, so Veien videre is 0 everywhere.
 * - Øygarden has adopted 11 products (src/seed/katalog.ts, OYGARDEN), Bergen and Hardanger og
 *   Voss every product with templates or programmes and 2 more. One document in Øygarden from
 *   «samvaer_informasjon_barn», a template of p6_samvaer_maler (adopted) and p6_malpakke (not),
 *   makes exactly 1 of Øygarden's products used in the period.
 */

let t: TestApp;
let koordinator: Session;
let kpOy: Session;
const oy: string[] = [];
const today = osloToday();
const periode = `fra=${addMonths(today, -12)}&til=${today}`;
const NETTVERK = 'Læringsnettverk fosterhjem Vestland';

async function plasserINyttHjem(s: Session, n: number) {
  const hjem = await t.send(s, 'POST', '/api/foster-homes', { navn: `Familien Eksport ${n}` });
  expect(hjem.statusCode, hjem.body).toBe(201);
  const barn = await t.send(s, 'POST', '/api/children', {
    fornavn: `Skjult${n}`,
    etternavn: 'Eksportsen',
    fodselsdato: '2014-05-05',
  });
  expect(barn.statusCode, barn.body).toBe(201);
  const p = await t.send(s, 'POST', `/api/children/${barn.json().id}/placements`, {
    fosterhjemId: hjem.json().id,
    innflytting: today,
    // Kinship: no documented network search needed first (domain/slektForst.ts).
    plasseringstype: 'slekt_nettverk',
    hjemmel: 'bvl_kap3',
  });
  expect(p.statusCode, p.body).toBe(201);
  return barn.json().id as string;
}

/** Semicolon-separated rows with quoted cells (a cell may itself hold a semicolon). */
function lesCsv(body: string): (string | null)[][] {
  return body
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((l) => l !== '')
    .map((l) =>
      [...l.matchAll(/(?:"((?:[^"]|"")*)"|)(?:;|$)/g)].map((m) => m[1]?.replaceAll('""', '"') ?? null),
    )
    .map((r) => r.slice(0, -1));
}

beforeAll(async () => {
  t = await createTestApp();
  koordinator = await t.login('koordinator.oygarden');
  kpOy = await t.login('kontaktperson.oygarden');
  const kpHv = await t.login('kontaktperson.hv');
  for (let i = 1; i <= 5; i++) oy.push(await plasserINyttHjem(kpOy, i));
  for (let i = 6; i <= 7; i++) await plasserINyttHjem(kpHv, i);
  const doc = await t.send(kpOy, 'POST', '/api/documents', {
    malId: 'samvaer_informasjon_barn',
    barnId: oy[0],
  });
  expect(doc.statusCode, doc.body).toBe(201);
}, 120_000);
afterAll(() => t.close());

describe('the collaboration export', () => {
  it('has the programmes and products per service below the measures, small counts left empty', async () => {
    const res = await t.send(koordinator, 'GET', `/api/insights/export?${periode}&niva=samarbeid&format=csv`);
    expect(res.statusCode, res.body).toBe(200);
    const rader = lesCsv(res.body);
    const tittel = rader.findIndex((r) => r[0] === `Programtroskap og produkter i bruk i ${NETTVERK}`);
    expect(tittel).toBeGreaterThan(0);
    expect(rader[tittel + 1]).toEqual([
      'Tjeneste',
      'En god start: Startet',
      'En god start: Alle samlinger holdt',
      'En god start: Alle samlinger i rett tid',
      'Veien videre: Startet',
      'Veien videre: Alle samlinger holdt',
      'Veien videre: Alle samlinger i rett tid',
      'Produkter tatt i bruk',
      'Produkter brukt i perioden',
    ]);
    const tabell = rader.slice(tittel + 2, tittel + 5);
    const rad = (start: string) => tabell.find((r) => r[0]?.startsWith(start));
    const medInnhold = katalog().produkter.filter((p) => p.maler.length + p.programmer.length > 0).length;
    // Øygarden: 5 runs shown; none held yet; 11 products adopted, 1 used in the period.
    expect(rad('Øygarden')).toEqual([
      'Øygarden kommune, barneverntjenesten',
      '5',
      '0',
      '0',
      '0',
      '0',
      '0',
      '11',
      '1',
    ]);
    // Hardanger og Voss: 2 runs, fewer than 5, so the count is empty; the 0s are shown.
    expect(rad('Barnevernstjenesten i Hardanger og Voss')?.slice(1)).toEqual([
      null,
      '0',
      '0',
      '0',
      '0',
      '0',
      String(medInnhold + 2),
      '0',
    ]);
    expect(rad('Bergen')?.slice(1)).toEqual(['0', '0', '0', '0', '0', '0', String(medInnhold + 2), '0']);
    // The page's own explanation, word for word, follows the table.
    expect(rader[tittel + 5]).toEqual([webNb['innsikt.samarbeid.program.forklaring']]);
    // Both learning collaborations of Øygarden, and not the recruitment one with Bufetat.
    expect(
      rader.some((r) => r[0] === 'Programtroskap og produkter i bruk i Kurssamarbeid Bergensregionen'),
    ).toBe(true);
    expect(res.body).not.toMatch(/Zip-team Vestland|Bufetat/);
    // Counts only: no child or foster home leaves a service.
    expect(res.body).not.toMatch(/Skjult|Eksportsen|Familien Eksport/);
  });

  it('gives the same section in the Excel file', async () => {
    const res = await t.send(
      koordinator,
      'GET',
      `/api/insights/export?${periode}&niva=samarbeid&format=xlsx`,
    );
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const rader: unknown[][] = [];
    wb.worksheets[0]?.eachRow((row) => {
      rader.push((row.values as unknown[]).slice(1));
    });
    const tittel = rader.findIndex((r) => r[0] === `Programtroskap og produkter i bruk i ${NETTVERK}`);
    const oy = rader.slice(tittel).find((r) => String(r[0]).startsWith('Øygarden'));
    expect(oy).toEqual(['Øygarden kommune, barneverntjenesten', 5, 0, 0, 0, 0, 0, 11, 1]);
    const hv = rader.slice(tittel).find((r) => String(r[0]).startsWith('Barnevernstjenesten i Hardanger'));
    // An empty (hidden) cell is no value at all.
    expect(hv?.[1]).toBeUndefined();
  });

  it('shows the same counts as the collaboration page', async () => {
    const res = await t.send(koordinator, 'GET', `/api/insights/collaboration?${periode}`);
    const nettverk = res.json().samarbeid.find((s: { navn: string }) => s.navn === NETTVERK);
    const oy = nettverk.tjenester.find((s: { navn: string }) => s.navn.startsWith('Øygarden'));
    expect(oy.program.find((p: { programId: string }) => p.programId === 'en_god_start').startet).toBe(5);
    expect(oy.produkter).toEqual({ adoptert: 11, iBruk: 1 });
    const hv = nettverk.tjenester.find((s: { navn: string }) => s.navn.startsWith('Barnevernstjenesten i'));
    expect(hv.program.find((p: { programId: string }) => p.programId === 'en_god_start').startet).toBeNull();
  });

  it('is in nynorsk for a nynorsk reader', async () => {
    const hv = await t.login('koordinator.hv');
    const res = await t.send(hv, 'GET', `/api/insights/export?${periode}&niva=samarbeid&format=csv`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.body).toContain(`"Programtruskap og produkt i bruk i ${NETTVERK}"`);
    expect(res.body).toContain('"Produkt brukte i perioden"');
  });
});

describe('collaborations without a place in the insights', () => {
  it('leaves out the recruitment collaboration with Bufetat, and Bufetat as a service', async () => {
    const res = await t.send(koordinator, 'GET', `/api/insights/collaboration?${periode}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(
      res
        .json()
        .samarbeid.map((s: { navn: string }) => s.navn)
        .sort(),
    ).toEqual(['Kurssamarbeid Bergensregionen', NETTVERK]);
    expect(res.body).not.toMatch(/Bufetat|Zip-team Vestland/);
  });

  it('has nothing across services for Bufetat, which is in no learning network', async () => {
    const bufetat = await t.login('leder.bufetat');
    expect((await t.send(bufetat, 'GET', `/api/insights/collaboration?${periode}`)).statusCode).toBe(403);
    expect(
      (await t.send(bufetat, 'GET', `/api/insights/export?${periode}&niva=samarbeid&format=csv`)).statusCode,
    ).toBe(403);
  });

  it('is not for a contact person', async () => {
    const kp = await t.login('kontaktperson.oygarden');
    expect(
      (await t.send(kp, 'GET', `/api/insights/export?${periode}&niva=samarbeid&format=csv`)).statusCode,
    ).toBe(403);
  });
});

describe('product use, counted in one place for the treasure map and the insights', () => {
  it('counts the runs and the sessions held, all time on the product page and in the period in the insights', async () => {
    const leder = await t.login('leder.oygarden');
    const side = async () => (await t.send(leder, 'GET', '/api/catalogue/en_god_start')).json().bruk;
    const samlinger = async (q: string) =>
      (await t.send(leder, 'GET', `/api/insights/products?${q}`))
        .json()
        .produkter.find((p: { produktId: string }) => p.produktId === 'en_god_start').samlinger;
    expect(await side()).toMatchObject({ forlop: 5, okterGjennomfort: 0 });
    expect(await samlinger(periode)).toBe(0);

    const [run] = (await t.send(kpOy, 'GET', `/api/children/${oy[0]}/programmes`)).json();
    expect(run.programId).toBe('en_god_start');
    const svar = await t.send(kpOy, 'POST', `/api/programme-runs/${run.id}/response`, {
      svar: 'akseptert',
      dato: today,
      version: run.version,
    });
    expect(svar.statusCode, svar.body).toBe(200);
    const holdt = await t.send(kpOy, 'PUT', `/api/programme-runs/${run.id}/sessions/1`, {
      status: 'gjennomfort',
      gjennomfort: today,
      deltakere: ['Fosterforeldrene'],
      version: svar.json().okter[0].version,
    });
    expect(holdt.statusCode, holdt.body).toBe(200);

    expect(await side()).toMatchObject({ forlop: 5, okterGjennomfort: 1 });
    expect(await samlinger(periode)).toBe(1);
    // A period that ended yesterday has no session held.
    const igar = addDays(today, -1);
    expect(await samlinger(`fra=${addMonths(today, -12)}&til=${igar}`)).toBe(0);
    // Across the network: En god start is now in use in Øygarden too.
    const res = await t.send(koordinator, 'GET', `/api/insights/collaboration?${periode}`);
    const nettverk = res.json().samarbeid.find((s: { navn: string }) => s.navn === NETTVERK);
    expect(nettverk.tjenester.find((s: { navn: string }) => s.navn.startsWith('Øygarden')).produkter).toEqual(
      {
        adoptert: 11,
        iBruk: 2,
      },
    );
  });
});
