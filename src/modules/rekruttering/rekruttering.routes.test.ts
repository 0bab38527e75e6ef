import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inSystem } from '@/db/context';
import {
  auditLog,
  rekrutteringDeling,
  rekrutteringInnstilling,
  rekrutteringssak,
  tjeneste,
} from '@/db/schema';
import { addDays, addMonths } from '@/domain/plasseringsforlop';
import { osloToday } from '@/modules/core/clock';
import { slettUtlopte } from '@/modules/rekruttering/slettUtlopte';
import { createTestApp, type Session, type TestApp } from '@/test/testApp';

let t: TestApp;
let bufetat: Session;
let lederBufetat: Session;
let bergen: Session;
let lederBergen: Session;
let oygarden: Session;
let hv: Session;
let lederHv: Session;
let kontaktperson: Session;
const today = osloToday();
const kontakt = addDays(today, -60);

const familie = (extra: object = {}) => ({
  navn: 'Familien Nilsen',
  voksne: [
    {
      fornavn: 'Kari',
      etternavn: 'Nilsen',
      fodselsdato: '1985-04-02',
      telefon: '99 88 77 66',
      epost: 'kari@example.no',
    },
    { fornavn: 'Ola', etternavn: 'Nilsen' },
  ],
  egneBarn: 1,
  kilde: 'kampanje',
  kildeDetalj: 'Vårkampanjen',
  hjemtyper: ['ordinaer'],
  forsteKontakt: kontakt,
  ...extra,
});

async function opprett(session: Session, extra: object = {}) {
  const res = await t.send(session, 'POST', '/api/recruitment/cases', familie(extra));
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

const hent = async (session: Session, id: string) => t.send(session, 'GET', `/api/recruitment/cases/${id}`);

async function kryss(session: Session, id: string, punkter: string[], dato = addDays(kontakt, 1)) {
  for (const p of punkter) {
    const res = await t.send(session, 'PUT', `/api/recruitment/cases/${id}/checkpoints/${p}`, { dato });
    expect(res.statusCode, res.body).toBe(204);
  }
}

async function neste(session: Session, id: string) {
  const sak = (await hent(session, id)).json();
  return t.send(session, 'POST', `/api/recruitment/cases/${id}/stage`, {
    retning: 'neste',
    version: sak.version,
  });
}

const auditRows = (handling: string, entitetId: string) =>
  t.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.handling, handling), eq(auditLog.entitetId, entitetId)));

beforeAll(async () => {
  t = await createTestApp();
  bufetat = await t.login('rekrutterer.bufetat');
  lederBufetat = await t.login('leder.bufetat');
  bergen = await t.login('rekrutterer.bergen');
  lederBergen = await t.login('leder.bergen');
  oygarden = await t.login('rekrutterer.oygarden');
  hv = await t.login('rekrutterer.hv');
  lederHv = await t.login('leder.hv');
  kontaktperson = await t.login('kontaktperson.bergen');
}, 180_000);

afterAll(async () => {
  await t?.close();
});

describe('registering a family', () => {
  it('creates a case owned by the recruiter’s organisation, in the first stage, with the recruiter responsible', async () => {
    const id = await opprett(bufetat);
    const res = await hent(bufetat, id);
    expect(res.statusCode, res.body).toBe(200);
    const sak = res.json();
    expect(sak).toMatchObject({
      navn: 'Familien Nilsen',
      fase: 'henvendelse',
      faseFra: kontakt,
      egen: true,
      kanArbeide: true,
      ansvarlig: { id: bufetat.userId, navn: expect.any(String) },
      eier: { id: bufetat.tjenesteId, navn: 'Bufetat region vest, fosterhjemstjenesten' },
      mangler: ['forste_samtale', 'informasjon_sendt'],
      delinger: [],
    });
    expect(sak.voksne).toHaveLength(2);
    expect(sak.historikk).toEqual([
      expect.objectContaining({ fase: 'henvendelse', fra: kontakt, til: null }),
    ]);
    // Bergen and Øygarden are in the Zip-team with Bufetat; Hardanger og Voss is not.
    expect(sak.kanDelesMed.map((o: { navn: string }) => o.navn).sort()).toEqual([
      'Bergen kommune, barnevernstjenesten',
      'Øygarden kommune, barneverntjenesten',
    ]);
    const audit = await auditRows('rekruttering.create', id);
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]?.detaljer)).not.toMatch(/Nilsen|Kari/);
  });

  it('names field errors: required name, unknown source, a date in the future, a responsible outside the organisation', async () => {
    const res = await t.send(
      bufetat,
      'POST',
      '/api/recruitment/cases',
      familie({ navn: '', kilde: 'radio' }),
    );
    expect(res.statusCode).toBe(400);
    const fields = res.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['navn', 'kilde']));
    const fremtid = await t.send(
      bufetat,
      'POST',
      '/api/recruitment/cases',
      familie({ forsteKontakt: addDays(today, 3) }),
    );
    expect(fremtid.statusCode).toBe(400);
    expect(fremtid.json().errors).toEqual([
      {
        field: 'forsteKontakt',
        code: 'rekruttering_dato_fremtid',
        message: 'Datoen kan ikke være fram i tid.',
      },
    ]);
    const annen = await t.send(
      bufetat,
      'POST',
      '/api/recruitment/cases',
      familie({ ansvarligId: bergen.userId }),
    );
    expect(annen.statusCode).toBe(400);
    expect(annen.json().errors[0]).toMatchObject({
      field: 'ansvarligId',
      code: 'rekruttering_ansvarlig_ugyldig',
    });
  });

  it('is for recruiters only: the head of service reads, others are refused', async () => {
    expect((await t.send(lederBufetat, 'POST', '/api/recruitment/cases', familie())).statusCode).toBe(403);
    expect((await t.send(kontaktperson, 'POST', '/api/recruitment/cases', familie())).statusCode).toBe(403);
    expect((await t.send(kontaktperson, 'GET', '/api/recruitment/cases')).statusCode).toBe(403);
  });
});

describe('stages and checklist', () => {
  it('passes a stage only when its required points are done, and moves back one with a note', async () => {
    const id = await opprett(bufetat);
    const refused = await neste(bufetat, id);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0]).toMatchObject({ field: 'fase', code: 'rekruttering_mangler_punkter' });

    await kryss(bufetat, id, ['forste_samtale', 'informasjon_sendt']);
    const moved = await neste(bufetat, id);
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().fase).toBe('informasjonsmote');
    let sak = (await hent(bufetat, id)).json();
    expect(sak.historikk.map((h: { fase: string; til: string | null }) => [h.fase, h.til])).toEqual([
      ['henvendelse', today],
      ['informasjonsmote', null],
    ]);
    expect(sak.mangler).toEqual(['informasjonsmote_deltatt', 'onsker_opplaering']);

    const utenNotat = await t.send(bufetat, 'POST', `/api/recruitment/cases/${id}/stage`, {
      retning: 'forrige',
      version: sak.version,
    });
    expect(utenNotat.json().errors[0]).toMatchObject({ field: 'notat', code: 'rekruttering_notat_pakrevd' });
    const tilbake = await t.send(bufetat, 'POST', `/api/recruitment/cases/${id}/stage`, {
      retning: 'forrige',
      notat: 'Familien trenger mer tid',
      version: sak.version,
    });
    expect(tilbake.statusCode, tilbake.body).toBe(200);
    sak = (await hent(bufetat, id)).json();
    expect(sak.fase).toBe('henvendelse');
    expect(sak.historikk.at(-1)).toMatchObject({ fase: 'henvendelse', notat: 'Familien trenger mer tid' });
    const stale = await t.send(bufetat, 'POST', `/api/recruitment/cases/${id}/stage`, {
      retning: 'neste',
      version: sak.version - 1,
    });
    expect(stale.statusCode).toBe(409);
  });

  it('unticks a point, refuses unknown points and future dates', async () => {
    const id = await opprett(bufetat);
    await kryss(bufetat, id, ['forste_samtale']);
    expect((await hent(bufetat, id)).json().sjekkpunkter).toEqual([
      expect.objectContaining({
        punktId: 'forste_samtale',
        utfortAv: expect.objectContaining({ navn: expect.any(String) }),
      }),
    ]);
    const del = await t.send(bufetat, 'DELETE', `/api/recruitment/cases/${id}/checkpoints/forste_samtale`);
    expect(del.statusCode).toBe(204);
    expect((await hent(bufetat, id)).json().sjekkpunkter).toEqual([]);
    const unknown = await t.send(bufetat, 'PUT', `/api/recruitment/cases/${id}/checkpoints/finnes_ikke`, {
      dato: today,
    });
    expect(unknown.statusCode).toBe(404);
    const future = await t.send(bufetat, 'PUT', `/api/recruitment/cases/${id}/checkpoints/forste_samtale`, {
      dato: addDays(today, 1),
    });
    expect(future.json().errors[0]).toMatchObject({ field: 'dato', code: 'rekruttering_dato_fremtid' });
    const audit = await auditRows('rekruttering.checkpoint', id);
    expect(audit.map((a) => a.detaljer)).toEqual([
      { punktId: 'forste_samtale', utfort: true },
      { punktId: 'forste_samtale', utfort: false },
    ]);
  });

  it('walks to the approval stage, requires the talk with own children, and refuses to leave approval by a step', async () => {
    const id = await opprett(bufetat);
    await kryss(bufetat, id, ['forste_samtale', 'informasjon_sendt']);
    expect((await neste(bufetat, id)).statusCode).toBe(200);
    await kryss(bufetat, id, ['informasjonsmote_deltatt', 'onsker_opplaering']);
    expect((await neste(bufetat, id)).statusCode).toBe(200);
    await kryss(bufetat, id, ['grunnopplaering_startet', 'grunnopplaering_fullfort']);
    expect((await neste(bufetat, id)).statusCode).toBe(200);
    const utredning = [
      'hjemmebesok',
      'samtale_voksne',
      'politiattest',
      'helseerklaering',
      'referanser',
      'okonomi_bolig',
      'sosialrapport_skrevet',
    ];
    await kryss(bufetat, id, utredning);
    const mangler = await neste(bufetat, id);
    expect(mangler.statusCode).toBe(400);
    expect((await hent(bufetat, id)).json().mangler).toEqual(['samtale_egne_barn']);
    await kryss(bufetat, id, ['samtale_egne_barn']);
    expect((await neste(bufetat, id)).json().fase).toBe('godkjenning');
    await kryss(bufetat, id, ['godkjenningsvedtak']);
    const vedtak = await neste(bufetat, id);
    expect(vedtak.statusCode).toBe(400);
    expect(vedtak.json().errors[0]).toMatchObject({ field: 'fase', code: 'rekruttering_krever_vedtak' });
  }, 120_000);
});

describe('updating details', () => {
  it('saves with the version read, and answers 409 on a stale one', async () => {
    const id = await opprett(bufetat);
    const sak = (await hent(bufetat, id)).json();
    const ok = await t.send(bufetat, 'PUT', `/api/recruitment/cases/${id}`, {
      ...familie({ navn: 'Familien Nilsen Berg', egneBarn: 0, hjemtyper: ['ordinaer', 'beredskap'] }),
      version: sak.version,
    });
    expect(ok.statusCode, ok.body).toBe(204);
    const after = (await hent(bufetat, id)).json();
    expect(after).toMatchObject({
      navn: 'Familien Nilsen Berg',
      egneBarn: 0,
      hjemtyper: ['ordinaer', 'beredskap'],
    });
    const stale = await t.send(bufetat, 'PUT', `/api/recruitment/cases/${id}`, {
      ...familie(),
      version: sak.version,
    });
    expect(stale.statusCode).toBe(409);
    const invalid = await t.send(bufetat, 'PUT', `/api/recruitment/cases/${id}`, {
      ...familie({ postnummer: '12' }),
      version: after.version,
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().errors[0].field).toBe('postnummer');
  });
});

describe('sharing across organisations', () => {
  let id: string;
  beforeAll(async () => {
    id = await opprett(bufetat, { navn: 'Familien Delt' });
  });

  it('is hidden from every other organisation until shared', async () => {
    for (const s of [bergen, lederBergen, oygarden, hv, lederHv]) {
      expect((await hent(s, id)).statusCode).toBe(404);
      const list = (await t.send(s, 'GET', '/api/recruitment/cases')).json();
      expect(list.items.map((i: { id: string }) => i.id)).not.toContain(id);
    }
    expect((await hent(kontaktperson, id)).statusCode).toBe(403);
    // The head of the owning organisation reads it, but does not work it.
    const leder = (await hent(lederBufetat, id)).json();
    expect(leder).toMatchObject({ id, kanArbeide: false });
    await kryss(bufetat, id, ['forste_samtale']);
    const work = await t.send(
      lederBufetat,
      'PUT',
      `/api/recruitment/cases/${id}/checkpoints/informasjon_sendt`,
      {
        dato: today,
      },
    );
    expect(work.statusCode).toBe(403);
  });

  it('needs the consent date and an organisation in the recruitment collaboration', async () => {
    const utenSamtykke = await t.send(bufetat, 'POST', `/api/recruitment/cases/${id}/shares`, {
      tjenesteId: bergen.tjenesteId,
    });
    expect(utenSamtykke.statusCode).toBe(400);
    expect(utenSamtykke.json().errors[0]).toMatchObject({ field: 'samtykkeDato', code: 'required' });
    const tilHv = await t.send(bufetat, 'POST', `/api/recruitment/cases/${id}/shares`, {
      tjenesteId: hv.tjenesteId,
      samtykkeDato: today,
    });
    expect(tilHv.statusCode).toBe(400);
    expect(tilHv.json().errors[0]).toMatchObject({ field: 'tjenesteId', code: 'rekruttering_ikke_partner' });
  });

  it('makes the case visible to Bergen, who works it and sees Bufetat’s people as Bufetat', async () => {
    const share = await t.send(bufetat, 'POST', `/api/recruitment/cases/${id}/shares`, {
      tjenesteId: bergen.tjenesteId,
      samtykkeDato: today,
    });
    expect(share.statusCode, share.body).toBe(204);
    const again = await t.send(bufetat, 'POST', `/api/recruitment/cases/${id}/shares`, {
      tjenesteId: bergen.tjenesteId,
      samtykkeDato: today,
    });
    expect(again.json().errors[0].code).toBe('rekruttering_allerede_delt');

    const sak = (await hent(bergen, id)).json();
    expect(sak).toMatchObject({
      egen: false,
      kanArbeide: true,
      samtykkeDato: today,
      ansvarlig: { id: bufetat.userId, navn: null },
      eier: { id: bufetat.tjenesteId },
      kanDelesMed: [],
    });
    expect(sak.historikk[0].endretAv.navn).toBeNull();
    expect(sak.historikk[0].endretAvOrganisasjon.id).toBe(bufetat.tjenesteId);
    expect(sak.delinger).toEqual([expect.objectContaining({ samtykkeDato: today })]);

    const list = (await t.send(bergen, 'GET', '/api/recruitment/cases?eierskap=delte')).json();
    expect(list.items).toEqual([
      expect.objectContaining({ id, egen: false, eier: expect.objectContaining({ id: bufetat.tjenesteId }) }),
    ]);
    expect((await t.send(bergen, 'GET', '/api/recruitment/cases?eierskap=egne')).json().items).toEqual([]);
    expect((await hent(lederBergen, id)).statusCode).toBe(200);

    await kryss(bergen, id, ['informasjon_sendt']);
    const owner = (await hent(bufetat, id)).json();
    expect(
      owner.sjekkpunkter.find((p: { punktId: string }) => p.punktId === 'informasjon_sendt'),
    ).toMatchObject({
      utfortAv: { id: bergen.userId, navn: null },
      utfortAvOrganisasjon: { id: bergen.tjenesteId },
    });
    // Still hidden from Øygarden (not shared) and Hardanger og Voss (not in the collaboration).
    expect((await hent(oygarden, id)).statusCode).toBe(404);
    expect((await hent(hv, id)).statusCode).toBe(404);
    // Only the owner shares and names the responsible recruiter.
    const reshare = await t.send(bergen, 'POST', `/api/recruitment/cases/${id}/shares`, {
      tjenesteId: oygarden.tjenesteId,
      samtykkeDato: today,
    });
    expect(reshare.statusCode).toBe(403);
    const ansvarlig = await t.send(bergen, 'PUT', `/api/recruitment/cases/${id}`, {
      ...familie({ navn: 'Familien Delt' }),
      ansvarligId: bergen.userId,
      version: owner.version,
    });
    expect(ansvarlig.json().errors[0]).toMatchObject({
      field: 'ansvarligId',
      code: 'rekruttering_ansvarlig_eier',
    });
  });

  it('hides it again when unshared', async () => {
    expect(
      (await t.send(bergen, 'DELETE', `/api/recruitment/cases/${id}/shares/${bergen.tjenesteId}`)).statusCode,
    ).toBe(403);
    const res = await t.send(bufetat, 'DELETE', `/api/recruitment/cases/${id}/shares/${bergen.tjenesteId}`);
    expect(res.statusCode).toBe(204);
    expect((await hent(bergen, id)).statusCode).toBe(404);
    expect(
      (await t.send(bergen, 'PUT', `/api/recruitment/cases/${id}/checkpoints/hjemmebesok`, { dato: today }))
        .statusCode,
    ).toBe(404);
    const audit = await auditRows('rekruttering.share', id);
    expect(audit[0]?.detaljer).toEqual({ tjenesteId: bergen.tjenesteId });
    expect(await auditRows('rekruttering.unshare', id)).toHaveLength(1);
  });
});

describe('listing', () => {
  it('filters by stage, source and responsible recruiter', async () => {
    const id = await opprett(oygarden, { navn: 'Familien Filter', kilde: 'arrangement' });
    const own = (await t.send(oygarden, 'GET', '/api/recruitment/cases')).json().items;
    expect(own.map((i: { id: string }) => i.id)).toContain(id);
    const byKilde = (await t.send(oygarden, 'GET', '/api/recruitment/cases?kilde=nettside')).json().items;
    expect(byKilde.map((i: { id: string }) => i.id)).not.toContain(id);
    const byFase = (await t.send(oygarden, 'GET', '/api/recruitment/cases?fase=henvendelse')).json().items;
    expect(byFase.map((i: { id: string }) => i.id)).toContain(id);
    const byAnsvarlig = (
      await t.send(oygarden, 'GET', `/api/recruitment/cases?ansvarligId=${oygarden.userId}`)
    ).json().items;
    expect(byAnsvarlig).toEqual([
      expect.objectContaining({ id, ansvarlig: expect.objectContaining({ navn: expect.any(String) }) }),
    ]);
    expect((await t.send(oygarden, 'GET', '/api/recruitment/cases?fase=ukjent')).statusCode).toBe(400);
    const recruiters = (await t.send(oygarden, 'GET', '/api/recruitment/recruiters')).json().items;
    expect(recruiters.map((r: { id: string }) => r.id)).toEqual([oygarden.userId]);
  });

  it('shows the head of a service outside the collaboration an empty pipeline', async () => {
    const res = await t.send(lederHv, 'GET', '/api/recruitment/cases');
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([]);
  });
});

describe('withdraw and reject', () => {
  it('closes with a reason code valid for the outcome', async () => {
    const id = await opprett(bergen);
    const sak = (await hent(bergen, id)).json();
    const badReason = await t.send(bergen, 'POST', `/api/recruitment/cases/${id}/close`, {
      utfall: 'trukket',
      arsak: 'politiattest',
      version: sak.version,
    });
    expect(badReason.json().errors[0]).toMatchObject({ field: 'arsak', code: 'rekruttering_arsak_ugyldig' });
    const ended = await t.send(bergen, 'POST', `/api/recruitment/cases/${id}/close`, {
      utfall: 'avsluttet',
      arsak: 'annet',
      version: sak.version,
    });
    expect(ended.json().errors[0]).toMatchObject({
      field: 'utfall',
      code: 'rekruttering_kan_ikke_avsluttes',
    });
    const ok = await t.send(bergen, 'POST', `/api/recruitment/cases/${id}/close`, {
      utfall: 'avslatt',
      arsak: 'politiattest',
      version: sak.version,
    });
    expect(ok.statusCode, ok.body).toBe(204);
    const closed = (await hent(bergen, id)).json();
    expect(closed).toMatchObject({ fase: 'avslatt', avsluttetArsak: 'politiattest', avsluttetDato: today });
    const stale = await t.send(bergen, 'POST', `/api/recruitment/cases/${id}/close`, {
      utfall: 'trukket',
      arsak: 'annet',
      version: sak.version,
    });
    expect(stale.statusCode).toBe(409);
    const tick = await t.send(bergen, 'PUT', `/api/recruitment/cases/${id}/checkpoints/forste_samtale`, {
      dato: today,
    });
    expect(tick.json().errors[0].code).toBe('rekruttering_avsluttet');
    expect((await auditRows('rekruttering.close', id))[0]?.detaljer).toEqual({
      fra: 'henvendelse',
      utfall: 'avslatt',
      arsak: 'politiattest',
    });
  });
});

describe('recruitment settings', () => {
  it('defaults to 12 months and kinship first, is changed by the head of service with the version, and refused to others', async () => {
    const first = await t.send(lederBergen, 'GET', '/api/recruitment/settings');
    expect(first.json()).toEqual({ slettefristManeder: 12, kreverNettverkssok: true, version: 0 });
    const set = await t.send(lederBergen, 'PUT', '/api/recruitment/settings', {
      slettefristManeder: 6,
      version: 0,
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toEqual({ slettefristManeder: 6, kreverNettverkssok: true, version: 1 });
    const stale = await t.send(lederBergen, 'PUT', '/api/recruitment/settings', {
      slettefristManeder: 9,
      version: 0,
    });
    expect(stale.statusCode).toBe(409);
    const invalid = await t.send(lederBergen, 'PUT', '/api/recruitment/settings', {
      slettefristManeder: 0,
      version: 1,
    });
    expect(invalid.json().errors[0].field).toBe('slettefristManeder');
    // Nothing to change is refused; an unknown setting too.
    const empty = await t.send(lederBergen, 'PUT', '/api/recruitment/settings', { version: 1 });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0]).toMatchObject({ field: 'slettefristManeder', code: 'required' });
    const unknown = await t.send(lederBergen, 'PUT', '/api/recruitment/settings', {
      slettefrist: 3,
      version: 1,
    });
    expect(unknown.statusCode).toBe(400);
    // Kinship first alone keeps the retention period, and bumps the same version.
    const off = await t.send(lederBergen, 'PUT', '/api/recruitment/settings', {
      kreverNettverkssok: false,
      version: 1,
    });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json()).toEqual({ slettefristManeder: 6, kreverNettverkssok: false, version: 2 });
    const both = await t.send(lederBergen, 'PUT', '/api/recruitment/settings', {
      slettefristManeder: 24,
      kreverNettverkssok: true,
      version: 2,
    });
    expect(both.json()).toEqual({ slettefristManeder: 24, kreverNettverkssok: true, version: 3 });
    // Each change is audited with the values that were set, and only those.
    expect(
      (await auditRows('rekruttering.settings_update', lederBergen.tjenesteId))
        .sort((a, b) => a.id - b.id)
        .map((a) => a.detaljer),
    ).toEqual([
      { slettefristManeder: 6 },
      { kreverNettverkssok: false },
      { slettefristManeder: 24, kreverNettverkssok: true },
    ]);
    expect((await t.send(bergen, 'GET', '/api/recruitment/settings')).statusCode).toBe(403);
    expect(
      (await t.send(bergen, 'PUT', '/api/recruitment/settings', { slettefristManeder: 3, version: 3 }))
        .statusCode,
    ).toBe(403);
    // Øygarden still has the defaults.
    expect(
      (await t.send(await t.login('leder.oygarden'), 'GET', '/api/recruitment/settings')).json(),
    ).toEqual({
      slettefristManeder: 12,
      kreverNettverkssok: true,
      version: 0,
    });
  });
});

describe('the retention job', () => {
  async function lukket(session: Session, utfall: 'trukket' | 'avslatt', avsluttet: string) {
    const id = await opprett(session, { navn: 'Familien Slett', forsteKontakt: addMonths(avsluttet, -1) });
    const sak = (await hent(session, id)).json();
    const res = await t.send(session, 'POST', `/api/recruitment/cases/${id}/close`, {
      utfall,
      arsak: 'annet',
      dato: avsluttet,
      version: sak.version,
    });
    expect(res.statusCode, res.body).toBe(204);
    return id;
  }
  const finnes = async (id: string) =>
    (
      await inSystem(t.database.db, (tx) =>
        tx.select().from(rekrutteringssak).where(eq(rekrutteringssak.id, id)),
      )
    ).length === 1;

  it('deletes withdrawn and rejected cases after the owner’s period, keeps the rest, and audits each by id', async () => {
    const avsluttet = addDays(today, -20);
    // Bergen keeps closed applicants 6 months (set above), Øygarden and Bufetat the default 12.
    await inSystem(t.database.db, (tx) =>
      tx
        .insert(rekrutteringInnstilling)
        .values({ tjenesteId: bergen.tjenesteId, slettefristManeder: 6 })
        .onConflictDoUpdate({ target: rekrutteringInnstilling.tjenesteId, set: { slettefristManeder: 6 } }),
    );
    const bergenTrukket = await lukket(bergen, 'trukket', avsluttet);
    const oygardenAvslatt = await lukket(oygarden, 'avslatt', avsluttet);
    const aktiv = await opprett(bergen, { navn: 'Familien Aktiv', forsteKontakt: addMonths(today, -30) });
    const delt = await lukket(bufetat, 'trukket', avsluttet);
    expect(
      (
        await t.send(bufetat, 'POST', `/api/recruitment/cases/${delt}/shares`, {
          tjenesteId: bergen.tjenesteId,
          samtykkeDato: addDays(avsluttet, -1),
        })
      ).statusCode,
    ).toBe(204);

    // Before any period has passed nothing goes.
    expect(await slettUtlopte(t.database.db, today)).toBe(0);
    // Six months on: Bergen's period has passed, Øygarden's and Bufetat's (12) have not.
    const seksManeder = addMonths(avsluttet, 6);
    expect(await slettUtlopte(t.database.db, addDays(seksManeder, -1))).toBe(0);
    expect(await slettUtlopte(t.database.db, seksManeder)).toBe(1);
    expect(await finnes(bergenTrukket)).toBe(false);
    expect(await finnes(oygardenAvslatt)).toBe(true);
    // Bufetat's case shared with Bergen follows Bufetat's period, not Bergen's.
    expect(await finnes(delt)).toBe(true);
    // Twelve months on the rest goes (with any other closed case now due); the active case stays.
    expect(await slettUtlopte(t.database.db, addMonths(avsluttet, 12))).toBeGreaterThanOrEqual(2);
    expect(await finnes(oygardenAvslatt)).toBe(false);
    expect(await finnes(delt)).toBe(false);
    expect(await finnes(aktiv)).toBe(true);
    const shares = await inSystem(t.database.db, (tx) =>
      tx.select().from(rekrutteringDeling).where(eq(rekrutteringDeling.sakId, delt)),
    );
    expect(shares).toEqual([]);

    const [row] = await auditRows('rekruttering.delete_expired', bergenTrukket);
    expect(row).toMatchObject({
      tjenesteId: bergen.tjenesteId,
      kjede: bergen.tjenesteId,
      aktorId: null,
      entitetType: 'rekrutteringssak',
      detaljer: null,
    });
    const [bufetatRow] = await auditRows('rekruttering.delete_expired', delt);
    expect(bufetatRow?.kjede).toBe(bufetat.tjenesteId);
    const [org] = await inSystem(t.database.db, (tx) =>
      tx.select().from(tjeneste).where(eq(tjeneste.id, bufetat.tjenesteId)),
    );
    expect(org?.organisasjonstype).toBe('bufetat');
  }, 120_000);
});
