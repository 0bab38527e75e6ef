import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditLog,
  gjenrekruttering,
  rekrutteringDeling,
  rekrutteringFasehistorikk,
  rekrutteringssak,
  tjeneste,
} from '@/db/schema';
import { syntheticFodselsnummer } from '@/domain/fodselsnummer';
import { addDays } from '@/domain/plasseringsforlop';
import { GJENREKRUTTERING_FRIST_DAGER } from '@/domain/slektForst';
import { osloToday } from '@/modules/core/clock';
import { dokumenterNettverkssok } from '@/test/nettverkssok';
import { createTestApp, type Session, type TestApp } from '@/test/testApp';

let t: TestApp;
let kp: Session;
let leder: Session;
let veileder: Session;
let bergen: Session;
let hv: Session;
const today = osloToday();
let seq = 0;

async function newChild(s: Session, fodselsdato = '2014-03-03') {
  seq += 1;
  const res = await t.send(s, 'POST', '/api/children', {
    fornavn: `Slekt${seq}`,
    etternavn: 'Forst',
    fodselsnummer: syntheticFodselsnummer(fodselsdato, () => seq / 100, 'mann'),
    fodselsdato,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

async function newHome(s: Session, body: Record<string, unknown> = {}) {
  const res = await t.send(s, 'POST', '/api/foster-homes', { navn: `Familien Heim${seq++}`, ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

const place = (s: Session, barnId: string, fosterhjemId: string, plasseringstype: string, extra = {}) =>
  t.send(s, 'POST', `/api/children/${barnId}/placements`, {
    fosterhjemId,
    innflytting: addDays(today, -200),
    plasseringstype,
    hjemmel: 'bvl_5_1',
    ...extra,
  });

const end = (s: Session, plasseringId: string, utflytting: string) =>
  t.send(s, 'POST', `/api/placements/${plasseringId}/end`, {
    version: 1,
    utflytting,
    avslutning: 'planlagt',
    initiativ: 'tjenesten',
    arsakKode: '1.2.1',
    flyttingTil: '2',
  });

const audits = async (handling: string) =>
  t.database.db.select().from(auditLog).where(eq(auditLog.handling, handling));

beforeAll(async () => {
  t = await createTestApp();
  kp = await t.login('kontaktperson.oygarden');
  leder = await t.login('leder.oygarden');
  veileder = await t.login('veileder.oygarden');
  bergen = await t.login('kontaktperson.bergen');
  hv = await t.login('kontaktperson.hv');
}, 180_000);

afterAll(async () => {
  await t?.close();
});

describe('kinship first: the documented search in family and close network', () => {
  it('refuses an ordinary placement until a search is concluded, with a field message', async () => {
    const barnId = await newChild(kp);
    const home = await newHome(kp);
    const refused = await place(kp, barnId, home, 'ordinaer');
    expect(refused.statusCode).toBe(400);
    const error = refused.json().errors[0];
    expect(error).toMatchObject({ field: 'plasseringstype', code: 'network_search_required' });
    expect(error.message).toMatch(/slekt og nære nettverk/);
    // Nothing was written.
    expect((await t.send(kp, 'GET', `/api/children/${barnId}`)).json().plasseringer).toHaveLength(0);
  });

  it('never blocks a kinship or an emergency placement', async () => {
    const a = await newChild(kp);
    expect((await place(kp, a, await newHome(kp), 'slekt_nettverk', { hjemmel: 'akutt' })).statusCode).toBe(
      201,
    );
    const b = await newChild(kp);
    expect((await place(kp, b, await newHome(kp), 'beredskap', { hjemmel: 'akutt' })).statusCode).toBe(201);
  });

  it('documents who was considered, how, and the outcome; then the neutral home is accepted', async () => {
    const barnId = await newChild(kp);
    const home = await newHome(kp);
    const started = await t.send(kp, 'POST', `/api/children/${barnId}/network-searches`, {
      startet: addDays(today, -10),
      fremgangsmater: ['familieradslag'],
    });
    expect(started.statusCode, started.body).toBe(201);
    const id = started.json().id;
    // One open search at a time.
    const second = await t.send(kp, 'POST', `/api/children/${barnId}/network-searches`, { startet: today });
    expect(second.json().errors[0]).toMatchObject({ field: 'startet', code: 'network_search_open' });

    const updated = await t.send(kp, 'PUT', `/api/network-searches/${id}`, {
      version: 1,
      fremgangsmater: ['familieradslag', 'samtaler'],
      kandidater: [
        { navn: 'Mormor', relasjon: 'besteforelder', vurdering: 'ikke_egnet', begrunnelse: 'Helse' },
        { navn: 'T. O.', relasjon: 'tante_onkel', vurdering: 'ikke_vurdert' },
      ],
    });
    expect(updated.statusCode, updated.body).toBe(204);
    const early = await t.send(kp, 'POST', `/api/network-searches/${id}/conclude`, {
      version: 2,
      utfall: 'ingen_egnet',
      konklusjon: 'Ingen kan ta imot barnet.',
      avsluttetDato: today,
    });
    expect(early.json().errors[0]).toMatchObject({ field: 'utfall', code: 'network_candidate_unassessed' });

    const list = (await t.send(kp, 'GET', `/api/children/${barnId}/network-searches`)).json();
    expect(list.kreverNettverkssok).toBe(true);
    const [sok] = list.items;
    const kandidater = sok.kandidater.map((k: { vurdering: string }) => ({ ...k, vurdering: 'onsker_ikke' }));
    expect(
      (
        await t.send(kp, 'PUT', `/api/network-searches/${id}`, {
          version: 2,
          fremgangsmater: sok.fremgangsmater,
          kandidater,
        })
      ).statusCode,
    ).toBe(204);
    const noKin = await t.send(kp, 'POST', `/api/network-searches/${id}/conclude`, {
      version: 3,
      utfall: 'slekt_funnet',
      konklusjon: 'Tante tar imot.',
      avsluttetDato: today,
    });
    expect(noKin.json().errors[0]).toMatchObject({ field: 'utfall', code: 'network_no_suitable_candidate' });
    const future = await t.send(kp, 'POST', `/api/network-searches/${id}/conclude`, {
      version: 3,
      utfall: 'ingen_egnet',
      konklusjon: 'Ingen kan.',
      avsluttetDato: addDays(today, 1),
    });
    expect(future.json().errors[0]).toMatchObject({ field: 'avsluttetDato', code: 'date_future' });
    const concluded = await t.send(kp, 'POST', `/api/network-searches/${id}/conclude`, {
      version: 3,
      utfall: 'ingen_egnet',
      konklusjon: 'Familieråd holdt; ingen i slekt eller nettverk kan ta imot barnet nå.',
      avsluttetDato: today,
    });
    expect(concluded.statusCode, concluded.body).toBe(204);
    // Concluded searches are history.
    const late = await t.send(kp, 'PUT', `/api/network-searches/${id}`, {
      version: 4,
      fremgangsmater: [],
      kandidater: [],
    });
    expect(late.json().errors[0]).toMatchObject({ code: 'network_search_closed' });

    const after = (await t.send(kp, 'GET', `/api/children/${barnId}/network-searches`)).json();
    expect(after.items[0]).toMatchObject({
      utfall: 'ingen_egnet',
      avsluttetDato: today,
      fremgangsmater: ['familieradslag', 'samtaler'],
      avsluttetAv: kp.userId,
    });
    expect(after.items[0].kandidater).toHaveLength(2);
    expect(after.items[0].kandidater[0].id).toBe(sok.kandidater[0].id);

    expect((await place(kp, barnId, home, 'ordinaer')).statusCode).toBe(201);

    // Every read and write is audited, with ids and counts only.
    for (const h of [
      'nettverkssok.read',
      'nettverkssok.create',
      'nettverkssok.update',
      'nettverkssok.conclude',
    ]) {
      const rows = await audits(h);
      expect(rows.length, h).toBeGreaterThan(0);
      expect(JSON.stringify(rows.map((r) => r.detaljer))).not.toMatch(/Mormor|Familieråd/);
    }
  });

  it('the head of service may switch the requirement off', async () => {
    const lederHv = await t.login('leder.hv');
    const setting = await t.send(lederHv, 'GET', '/api/recruitment/settings');
    expect(setting.json()).toEqual({ slettefristManeder: 12, kreverNettverkssok: true, version: 0 });
    expect((await t.send(hv, 'GET', '/api/recruitment/settings')).statusCode).toBe(403);
    expect(
      (
        await t.send(hv, 'PUT', '/api/recruitment/settings', {
          kreverNettverkssok: false,
          version: 0,
        })
      ).statusCode,
    ).toBe(403);
    const off = await t.send(lederHv, 'PUT', '/api/recruitment/settings', {
      kreverNettverkssok: false,
      version: 0,
    });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json()).toEqual({ slettefristManeder: 12, kreverNettverkssok: false, version: 1 });
    const stale = await t.send(lederHv, 'PUT', '/api/recruitment/settings', {
      kreverNettverkssok: true,
      version: 0,
    });
    expect(stale.statusCode).toBe(409);
    expect(
      (await audits('rekruttering.settings_update'))
        .filter((a) => a.tjenesteId === hv.tjenesteId)
        .map((a) => a.detaljer),
    ).toEqual([{ kreverNettverkssok: false }]);
    // Only Hardanger og Voss changed: Øygarden still requires the search.
    expect((await t.send(leder, 'GET', '/api/recruitment/settings')).json().kreverNettverkssok).toBe(true);
    const barnId = await newChild(hv);
    expect(
      (await t.send(hv, 'GET', `/api/children/${barnId}/network-searches`)).json().kreverNettverkssok,
    ).toBe(false);
    expect((await place(hv, barnId, await newHome(hv), 'ordinaer')).statusCode).toBe(201);
  });

  it('another service sees nothing, and a user without a tie is refused', async () => {
    const barnId = await newChild(kp);
    const id = await dokumenterNettverkssok(t, kp, barnId, today);
    expect((await t.send(bergen, 'GET', `/api/children/${barnId}/network-searches`)).statusCode).toBe(404);
    expect(
      (await t.send(bergen, 'POST', `/api/children/${barnId}/network-searches`, { startet: today }))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await t.send(bergen, 'PUT', `/api/network-searches/${id}`, {
          version: 2,
          fremgangsmater: [],
          kandidater: [],
        })
      ).statusCode,
    ).toBe(404);
    const noTie = await t.send(veileder, 'GET', `/api/children/${barnId}/network-searches`);
    expect(noTie.statusCode).toBe(403);
    expect(
      (await t.send(veileder, 'POST', `/api/children/${barnId}/network-searches`, { startet: today }))
        .statusCode,
    ).toBe(403);
  });
});

describe('re-recruitment after the last placement ends', () => {
  it('asks the home when its last child moves out, and the answer «klar» returns it to the pool', async () => {
    const home = await newHome(kp, {
      godkjentDato: '2019-05-01',
      medlemmer: [
        { rolle: 'fosterforelder', fornavn: 'Kari', etternavn: 'Heim', fodselsdato: '1980-02-02' },
        { rolle: 'fosterforelder', fornavn: 'Per', etternavn: 'Heim' },
        { rolle: 'eget_barn', fornavn: 'Ola', etternavn: 'Heim' },
      ],
    });
    const a = await newChild(kp);
    const b = await newChild(kp);
    await dokumenterNettverkssok(t, kp, a);
    const pa = (await place(kp, a, home, 'ordinaer')).json().id;
    const pb = (await place(kp, b, home, 'slekt_nettverk')).json().id;
    const utflytting = addDays(today, -5);
    // Another child still lives there: nothing to ask yet.
    expect((await end(kp, pa, utflytting)).statusCode).toBe(204);
    expect(
      await t.database.db.select().from(gjenrekruttering).where(eq(gjenrekruttering.fosterhjemId, home)),
    ).toHaveLength(0);
    expect((await end(kp, pb, utflytting)).statusCode).toBe(204);

    const list = (await t.send(leder, 'GET', '/api/re-recruitment')).json();
    const row = list.items.find((r: { fosterhjemId: string }) => r.fosterhjemId === home);
    expect(row).toMatchObject({
      frist: addDays(utflytting, GJENREKRUTTERING_FRIST_DAGER),
      tilstand: 'apen',
      svar: null,
      // The head of service may answer for every home in the service.
      kanSvare: true,
    });
    // The home's own contact person may answer, and is named for the others.
    const mine = (await t.send(kp, 'GET', '/api/re-recruitment'))
      .json()
      .items.find((r: { id: string }) => r.id === row.id);
    expect(mine).toMatchObject({ kanSvare: true, kontaktpersonNavn: expect.any(String) });
    expect(row.kontaktpersonNavn).toBe(mine.kontaktpersonNavn);
    expect((await t.send(kp, 'GET', `/api/foster-homes/${home}/re-recruitment`)).json().items[0].id).toBe(
      row.id,
    );
    // Other services never see it.
    expect(
      (await t.send(bergen, 'GET', '/api/re-recruitment')).json().items.map((r: { id: string }) => r.id),
    ).not.toContain(row.id);
    expect((await t.send(bergen, 'GET', `/api/foster-homes/${home}/re-recruitment`)).statusCode).toBe(404);
    expect(
      (
        await t.send(bergen, 'POST', `/api/re-recruitment/${row.id}/answer`, {
          version: 1,
          samtaleDato: today,
          svar: 'klar',
        })
      ).statusCode,
    ).toBe(404);
    // A user without the permission cannot list.
    expect((await t.send(veileder, 'GET', '/api/re-recruitment')).statusCode).toBe(403);

    const pause = await t.send(kp, 'POST', `/api/re-recruitment/${row.id}/answer`, {
      version: 1,
      samtaleDato: today,
      svar: 'pause',
    });
    expect(pause.json().errors[0]).toMatchObject({ field: 'pauseTil', code: 'required' });
    const paused = await t.send(kp, 'POST', `/api/re-recruitment/${row.id}/answer`, {
      version: 1,
      samtaleDato: today,
      svar: 'pause',
      pauseTil: addDays(today, 60),
    });
    expect(paused.statusCode, paused.body).toBe(200);
    const afterPause = (await t.send(leder, 'GET', '/api/re-recruitment')).json();
    expect(afterPause.items.map((r: { id: string }) => r.id)).not.toContain(row.id);
    expect(afterPause.pause.find((r: { id: string }) => r.id === row.id)).toMatchObject({
      tilstand: 'pause',
      pauseTil: addDays(today, 60),
    });

    const noConsent = await t.send(kp, 'POST', `/api/re-recruitment/${row.id}/answer`, {
      version: 2,
      samtaleDato: today,
      svar: 'klar',
      delMedSamarbeid: true,
    });
    expect(noConsent.json().errors[0]).toMatchObject({ field: 'samtykkeDato', code: 'required' });
    const klar = await t.send(kp, 'POST', `/api/re-recruitment/${row.id}/answer`, {
      version: 2,
      samtaleDato: today,
      svar: 'klar',
      delMedSamarbeid: true,
      samtykkeDato: today,
    });
    expect(klar.statusCode, klar.body).toBe(200);
    const sakId = klar.json().sakId;
    const [sak] = await t.database.db.select().from(rekrutteringssak).where(eq(rekrutteringssak.id, sakId));
    expect(sak).toMatchObject({
      tjenesteId: kp.tjenesteId,
      fase: 'tilgjengelig',
      kilde: 'gjenrekruttering',
      fosterhjemId: home,
      godkjentDato: '2019-05-01',
      faseFra: today,
      samtykkeDato: today,
    });
    expect(sak?.voksne.map((v) => v.fornavn).sort()).toEqual(['Kari', 'Per']);
    expect(
      await t.database.db
        .select()
        .from(rekrutteringFasehistorikk)
        .where(eq(rekrutteringFasehistorikk.sakId, sakId)),
    ).toHaveLength(1);
    const deling = await t.database.db
      .select()
      .from(rekrutteringDeling)
      .where(eq(rekrutteringDeling.sakId, sakId));
    const koder = await t.database.db.select().from(tjeneste);
    const navn = (id: string) => koder.find((k) => k.id === id)?.kode;
    expect(deling.map((d) => navn(d.tjenesteId)).sort()).toEqual(['bergen', 'bufetat']);
    expect(deling.every((d) => d.eierTjenesteId === kp.tjenesteId && d.samtykkeDato === today)).toBe(true);

    const closed = (await t.send(kp, 'GET', `/api/foster-homes/${home}/re-recruitment`)).json().items[0];
    expect(closed).toMatchObject({ svar: 'klar', tilstand: 'avsluttet', avsluttet: today, sakId });
    expect(
      (await t.send(leder, 'GET', '/api/re-recruitment')).json().pause.map((r: { id: string }) => r.id),
    ).not.toContain(row.id);
    const again = await t.send(kp, 'POST', `/api/re-recruitment/${row.id}/answer`, {
      version: 3,
      samtaleDato: today,
      svar: 'nei',
      arsak: 'annet',
    });
    expect(again.json().errors[0]).toMatchObject({ code: 'rerecruitment_closed' });

    const logged = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entitetType, 'gjenrekruttering'), eq(auditLog.entitetId, row.id)));
    expect(logged.map((l) => l.handling).sort()).toEqual([
      'gjenrekruttering.close',
      'gjenrekruttering.create',
      'gjenrekruttering.update',
    ]);
    expect(JSON.stringify(logged.map((l) => l.detaljer))).not.toMatch(/Kari|Heim/);
  });

  it('«nei» closes with a reason; a contact person not tied to the home is refused', async () => {
    // The head of service registers a home with no contact person: the child's contact person
    // reaches it only while the child lives there.
    const home = await newHome(leder);
    const barnId = await newChild(kp);
    const p = (await place(kp, barnId, home, 'beredskap')).json().id;
    expect((await end(kp, p, addDays(today, -1))).statusCode).toBe(204);
    const row = (await t.send(leder, 'GET', '/api/re-recruitment'))
      .json()
      .items.find((r: { fosterhjemId: string }) => r.fosterhjemId === home);
    expect(row).toMatchObject({ kanSvare: true, kontaktpersonNavn: null });
    // The contact person sees the row in the service's list, but is told not to answer...
    const unassigned = (await t.send(kp, 'GET', '/api/re-recruitment'))
      .json()
      .items.find((r: { id: string }) => r.id === row.id);
    expect(unassigned).toMatchObject({ kanSvare: false, kontaktpersonNavn: null });
    // ...and the answer is still refused, with a text about the foster home, not a child.
    const refused = await t.send(kp, 'POST', `/api/re-recruitment/${row.id}/answer`, {
      version: 1,
      samtaleDato: today,
      svar: 'nei',
      arsak: 'alder_helse',
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'purpose_required' });
    expect(refused.json().detail).toMatch(/^Fosterhjemmet er ikke i din saksportefølje/);
    expect(refused.json().detail).not.toMatch(/Barnet/);
    expect((await t.send(kp, 'POST', `/api/re-recruitment/${row.id}/close`, { version: 1 })).statusCode).toBe(
      403,
    );
    const noReason = await t.send(leder, 'POST', `/api/re-recruitment/${row.id}/answer`, {
      version: 1,
      samtaleDato: today,
      svar: 'nei',
    });
    expect(noReason.json().errors[0]).toMatchObject({ field: 'arsak', code: 'required' });
    const nei = await t.send(leder, 'POST', `/api/re-recruitment/${row.id}/answer`, {
      version: 1,
      samtaleDato: today,
      svar: 'nei',
      arsak: 'alder_helse',
    });
    expect(nei.statusCode, nei.body).toBe(200);
    expect(nei.json().sakId).toBeNull();
    const [stored] = await t.database.db
      .select()
      .from(gjenrekruttering)
      .where(eq(gjenrekruttering.id, row.id));
    expect(stored).toMatchObject({ svar: 'nei', arsak: 'alder_helse', avsluttet: today, sakId: null });
  });

  it('a service outside a recruitment collaboration cannot share, but can return the home to its own pool', async () => {
    const home = await newHome(hv);
    const barnId = await newChild(hv);
    const p = (await place(hv, barnId, home, 'slekt_nettverk')).json().id;
    expect((await end(hv, p, today)).statusCode).toBe(204);
    const row = (await t.send(hv, 'GET', `/api/foster-homes/${home}/re-recruitment`)).json().items[0];
    const shared = await t.send(hv, 'POST', `/api/re-recruitment/${row.id}/answer`, {
      version: 1,
      samtaleDato: today,
      svar: 'klar',
      delMedSamarbeid: true,
      samtykkeDato: today,
    });
    expect(shared.json().errors[0]).toMatchObject({ field: 'delMedSamarbeid', code: 'no_collaboration' });
    expect(shared.json().errors[0].message).toMatch(/Tenesta/);
    const own = await t.send(hv, 'POST', `/api/re-recruitment/${row.id}/answer`, {
      version: 1,
      samtaleDato: today,
      svar: 'klar',
    });
    expect(own.statusCode, own.body).toBe(200);
    expect(
      await t.database.db
        .select()
        .from(rekrutteringDeling)
        .where(eq(rekrutteringDeling.sakId, own.json().sakId)),
    ).toHaveLength(0);
  });
});
