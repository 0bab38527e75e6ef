import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths } from '@/domain/plasseringsforlop';
import { osloToday } from '@/modules/core/clock';
import { dokumenterNettverkssok } from '@/test/nettverkssok';
import { createTestApp, type Session, type TestApp } from '@/test/testApp';

let t: TestApp;
let kp: Session;
let leder: Session;
let koordinator: Session;
const today = osloToday();
const periode = `fra=${addMonths(today, -12)}&til=${today}`;

beforeAll(async () => {
  t = await createTestApp();
  kp = await t.login('kontaktperson.bergen');
  leder = await t.login('leder.bergen');
  koordinator = await t.login('koordinator.oygarden');
  // Two children: one unintended breakdown after four months, one ongoing placement.
  const home = (await t.send(kp, 'POST', '/api/foster-homes', { navn: 'Familien Innsikt' })).json().id;
  const a = (
    await t.send(kp, 'POST', '/api/children', {
      fornavn: 'Hemmelig',
      etternavn: 'Barnesen',
      fodselsdato: '2012-01-01',
    })
  ).json().id;
  const b = (
    await t.send(kp, 'POST', '/api/children', {
      fornavn: 'Annet',
      etternavn: 'Barnesen',
      fodselsdato: '2013-01-01',
    })
  ).json().id;
  await dokumenterNettverkssok(t, kp, a);
  const pa = (
    await t.send(kp, 'POST', `/api/children/${a}/placements`, {
      fosterhjemId: home,
      innflytting: addMonths(today, -8),
      plasseringstype: 'ordinaer',
      hjemmel: 'bvl_5_1',
    })
  ).json().id;
  await t.send(kp, 'POST', `/api/placements/${pa}/end`, {
    version: 1,
    utflytting: addMonths(today, -4),
    avslutning: 'utilsiktet',
    initiativ: 'fosterforeldre',
    arsakKode: '1.2.1',
    flyttingTil: '2',
  });
  await t.send(kp, 'POST', `/api/children/${b}/placements`, {
    fosterhjemId: home,
    innflytting: addMonths(today, -30),
    plasseringstype: 'slekt_nettverk',
    hjemmel: 'bvl_5_1',
  });
});
afterAll(() => t.close());

describe('insights for the head of service', () => {
  it('shows unintended moves, the first-year share and splits for the service and its teams', async () => {
    const res = await t.send(leder, 'GET', `/api/insights/service?${periode}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const fl = body.tjeneste.maal.flytting;
    expect(fl).toMatchObject({ barn: 2, avsluttet: 1, utilsiktet: 1, utilsiktetAndel: 1 });
    expect(fl.forsteAr).toMatchObject({ utilsiktet: 1 });
    expect(fl.etterInitiativ).toEqual({ fosterforeldre: 1 });
    expect(fl.etterType.ordinaer).toEqual({ avsluttet: 1, utilsiktet: 1 });
    expect(body.team.length).toBe(3);
    expect(body.trend.length).toBe(8);
  });

  it('is not for contact persons', async () => {
    expect((await t.send(kp, 'GET', `/api/insights/service?${periode}`)).statusCode).toBe(403);
  });

  it('exports every table as CSV and XLSX', async () => {
    const csv = await t.send(leder, 'GET', `/api/insights/export?${periode}&format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('"Utilsiktede flyttinger per 100 plasseringsår"');
    expect(csv.body.split('\r\n')[0]).toContain('Bergen kommune, barnevernstjenesten');
    // Below the measures: programme fidelity and the products in use.
    expect(csv.body).toContain('"Program (forløp startet i perioden)"');
    expect(csv.body).toContain('"En god start"');
    expect(csv.body).toContain('"Produkt i bruk"');
    const xlsx = await t.send(leder, 'GET', `/api/insights/export?${periode}&format=xlsx`);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});

describe('product use in the service', () => {
  it("counts the documents written from an adopted product's templates in the period", async () => {
    const before = (await t.send(leder, 'GET', `/api/insights/products?${periode}`)).json();
    const templates = (await t.send(kp, 'GET', '/api/templates')).json().items;
    const mal = templates.find(
      (m: { gjelder: string; aktiv: boolean; produkter: string[] }) =>
        m.gjelder === 'barn' && m.aktiv && m.produkter.length > 0,
    );
    const produktId = mal.produkter[0];
    const count = (body: { produkter: { produktId: string; dokumenter: number }[] }) =>
      body.produkter.find((p) => p.produktId === produktId)?.dokumenter;
    expect(count(before)).toBeTypeOf('number');
    const child = (await t.send(kp, 'GET', '/api/children')).json().items?.[0]?.id;
    const barnId =
      child ??
      (
        await t.send(kp, 'POST', '/api/children', {
          fornavn: 'Bruk',
          etternavn: 'Telling',
          fodselsdato: '2014-01-01',
        })
      ).json().id;
    const doc = await t.send(kp, 'POST', '/api/documents', { malId: mal.id, barnId });
    expect(doc.statusCode, doc.body).toBe(201);
    const after = await t.send(leder, 'GET', `/api/insights/products?${periode}`);
    expect(after.statusCode, after.body).toBe(200);
    expect(count(after.json())).toBe((count(before) as number) + 1);
    expect(after.json().definisjon).toContain('maler');
    expect(after.body).not.toContain('Telling');
  });

  it('is not for contact persons', async () => {
    expect((await t.send(kp, 'GET', `/api/insights/products?${periode}`)).statusCode).toBe(403);
  });
});

describe('insights across the collaboration', () => {
  it('gives the coordinator aggregates per service, with small numbers hidden and no personal data', async () => {
    const res = await t.send(koordinator, 'GET', `/api/insights/collaboration?${periode}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const nettverk = body.samarbeid.find(
      (s: { navn: string }) => s.navn === 'Læringsnettverk fosterhjem Vestland',
    );
    expect(nettverk.tjenester.length).toBe(3);
    const bergen = nettverk.tjenester.find((s: { navn: string }) => s.navn.startsWith('Bergen'));
    // Two children in Bergen: fewer than five, so every count is hidden.
    expect(bergen.maal.skjult).toBe(true);
    expect(bergen.maal.flytting.utilsiktet).toBeNull();
    expect(bergen.maal.flytting.barn).toBeNull();
    // Bergen's hidden count cannot be worked out from the network's total.
    expect(nettverk.samlet.flytting.utilsiktet).toBeNull();
    expect(res.body).not.toContain('Hemmelig');
    expect(res.body).not.toContain('Innsikt');
    // Programme fidelity and product use per service: counts only, small ones hidden.
    expect(bergen.program.map((p: { programId: string }) => p.programId).sort()).toEqual([
      'en_god_start',
      'veien_videre',
    ]);
    for (const p of bergen.program) {
      for (const n of [p.startet, p.akseptert, p.alleGjennomfort, p.alleITide]) {
        expect(n === null || n === 0 || n >= 5).toBe(true);
      }
    }
    expect(bergen.produkter.adoptert).toBeGreaterThan(0);
    expect(bergen.produkter.iBruk).toBeLessThanOrEqual(bergen.produkter.adoptert);
  });

  it('is not for contact persons', async () => {
    expect((await t.send(kp, 'GET', `/api/insights/collaboration?${periode}`)).statusCode).toBe(403);
  });
});
