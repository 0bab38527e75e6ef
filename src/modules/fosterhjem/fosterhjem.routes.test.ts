import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths } from '@/domain/plasseringsforlop';
import { osloToday } from '@/modules/core/clock';
import { dokumenterNettverkssok } from '@/test/nettverkssok';
import { createTestApp, type Session, type TestApp } from '@/test/testApp';

let t: TestApp;
let kp: Session;
let veileder: Session;
let annen: Session;
let rekrutterer: Session;
let home: string;
const today = osloToday();

beforeAll(async () => {
  t = await createTestApp();
  kp = await t.login('kontaktperson.oygarden');
  veileder = await t.login('veileder.oygarden');
  annen = await t.login('kontaktperson.bergen');
  rekrutterer = await t.login('rekrutterer.oygarden');
  const res = await t.send(kp, 'POST', '/api/foster-homes', {
    navn: 'Familien Brekke',
    adresse: 'Lyngveien 12',
    postnummer: '5337',
    poststed: 'Rong',
    kommunenummer: '4626',
    godkjentDato: '2021-04-01',
    medlemmer: [{ rolle: 'fosterforelder', fornavn: 'Ingrid', etternavn: 'Brekke', telefon: '400 00 123' }],
  });
  expect(res.statusCode, res.body).toBe(201);
  home = res.json().id;
});
afterAll(() => t.close());

describe('foster homes', () => {
  it('shows its household, placements and how long the agreement has left', async () => {
    const child = await t.send(kp, 'POST', '/api/children', {
      fornavn: 'Ida',
      etternavn: 'Test',
      fodselsdato: '2013-09-09',
    });
    await dokumenterNettverkssok(t, kp, child.json().id);
    await t.send(kp, 'POST', `/api/children/${child.json().id}/placements`, {
      fosterhjemId: home,
      innflytting: addMonths(today, -30),
      plasseringstype: 'ordinaer',
      hjemmel: 'bvl_5_1',
      avtaleSlutt: addMonths(today, 4),
    });
    await t.send(kp, 'POST', `/api/foster-homes/${home}/members`, {
      rolle: 'eget_barn',
      fornavn: 'Mons',
      etternavn: 'Brekke',
      fodselsdato: '2015-02-02',
    });
    const res = await t.send(kp, 'GET', `/api/foster-homes/${home}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.medlemmer.map((m: { fornavn: string }) => m.fornavn)).toEqual(['Ingrid', 'Mons']);
    expect(body.plasseringer).toEqual([
      expect.objectContaining({ na: true, barn: expect.objectContaining({ navn: 'Ida Test' }) }),
    ]);
    expect(body.avtaler[0].dagerIgjen).toBeGreaterThan(100);
    expect(body.avtaler[0].dagerIgjen).toBeLessThan(130);

    const list = (await t.send(kp, 'GET', '/api/foster-homes')).json().items;
    expect(list.find((h: { id: string }) => h.id === home)).toMatchObject({
      antallPlassertNa: 1,
      avtaleUtloper: addMonths(today, 4),
    });
  });

  it('is invisible to another service and needs a purpose for an unassigned supervisor', async () => {
    expect((await t.send(annen, 'GET', `/api/foster-homes/${home}`)).statusCode).toBe(404);
    const refused = await t.send(veileder, 'GET', `/api/foster-homes/${home}`);
    expect(refused.json().code).toBe('purpose_required');
    await t.send(veileder, 'POST', `/api/foster-homes/${home}/access`, {
      formal: 'Skal starte En god start med familien',
    });
    expect((await t.send(veileder, 'GET', `/api/foster-homes/${home}`)).json().tilknytning).toBe('formal');
  });

  it('refuses an edit based on an old version', async () => {
    const body = { navn: 'Familien Brekke', kommunenummer: '4626', version: 1 };
    expect((await t.send(kp, 'PUT', `/api/foster-homes/${home}`, body)).statusCode).toBe(204);
    expect((await t.send(kp, 'PUT', `/api/foster-homes/${home}`, body)).statusCode).toBe(409);
  });

  it('checks agreement dates and municipality numbers', async () => {
    const res = await t.send(kp, 'POST', `/api/foster-homes/${home}/agreements`, {
      startDato: '2026-01-01',
      sluttDato: '2025-01-01',
    });
    expect(res.json().errors[0]).toMatchObject({ field: 'sluttDato', code: 'date_order' });
    const bad = await t.send(kp, 'POST', '/api/foster-homes', { navn: 'X', kommunenummer: '46' });
    expect(bad.json().errors[0].field).toBe('kommunenummer');
  });

  it('is not listed for roles outside casework', async () => {
    expect((await t.send(rekrutterer, 'GET', '/api/foster-homes')).statusCode).toBe(403);
  });
});
