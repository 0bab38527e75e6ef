import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inSystem } from '@/db/context';
import {
  auditLog,
  dokument,
  fosterhjem,
  fosterhjemMedlem,
  plassering,
  rekrutteringFasehistorikk,
  rekrutteringSjekkpunkt,
  rekrutteringssak,
} from '@/db/schema';
import { syntheticFodselsnummer } from '@/domain/fodselsnummer';
import { addDays } from '@/domain/plasseringsforlop';
import { osloToday } from '@/modules/core/clock';
import { dokumenterNettverkssok } from '@/test/nettverkssok';
import { createTestApp, type Session, type TestApp } from '@/test/testApp';

let t: TestApp;
const s: Record<string, Session> = {};
const as = (u: string) => s[u] as Session;
const today = osloToday();
let seq = 0;

const PUNKTER: Record<string, string[]> = {
  henvendelse: ['forste_samtale', 'informasjon_sendt'],
  informasjonsmote: ['informasjonsmote_deltatt', 'onsker_opplaering'],
  opplaering: ['grunnopplaering_startet', 'grunnopplaering_fullfort'],
  utredning: [
    'hjemmebesok',
    'samtale_voksne',
    'politiattest',
    'helseerklaering',
    'referanser',
    'okonomi_bolig',
    'sosialrapport_skrevet',
  ],
};

async function sak(id: string) {
  return inSystem(t.database.db, async (tx) => {
    const [row] = await tx.select().from(rekrutteringssak).where(eq(rekrutteringssak.id, id));
    return row as typeof rekrutteringssak.$inferSelect;
  });
}

const audits = (handling: string, entitetId: string) =>
  inSystem(t.database.db, (tx) =>
    tx
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.handling, handling), eq(auditLog.entitetId, entitetId))),
  );

/** A family registered by the session's organisation and walked through the stages to approval. */
async function familieTilGodkjenning(rekrutterer: Session, navn: string) {
  const created = await t.send(rekrutterer, 'POST', '/api/recruitment/cases', {
    navn,
    voksne: [
      { fornavn: 'Ingrid', etternavn: 'Haugland', fodselsdato: '1984-05-01', telefon: '91234567' },
      { fornavn: 'Per', etternavn: 'Haugland', fodselsdato: '1982-11-20' },
    ],
    adresse: 'Fjellveien 12',
    postnummer: '5019',
    poststed: 'Bergen',
    kommunenummer: '4601',
    kilde: 'kampanje',
    hjemtyper: ['ordinaer', 'beredskap'],
    forsteKontakt: addDays(today, -200),
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  for (const fase of ['henvendelse', 'informasjonsmote', 'opplaering', 'utredning']) {
    for (const punkt of PUNKTER[fase] ?? []) {
      const done = await t.send(rekrutterer, 'PUT', `/api/recruitment/cases/${id}/checkpoints/${punkt}`, {
        dato: today,
      });
      expect(done.statusCode, done.body).toBe(204);
    }
    const moved = await t.send(rekrutterer, 'POST', `/api/recruitment/cases/${id}/stage`, {
      retning: 'neste',
      version: (await sak(id)).version,
    });
    expect(moved.statusCode, moved.body).toBeLessThan(300);
  }
  expect((await sak(id)).fase).toBe('godkjenning');
  return id;
}

/** Fills every required field of the report and finalises it; returns its id. */
async function ferdigRapport(forfatter: Session, sakId: string) {
  const created = await t.send(forfatter, 'POST', '/api/documents', {
    malId: 'sosialrapport_godkjenning',
    rekrutteringssakId: sakId,
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  const doc = (await t.send(forfatter, 'GET', `/api/documents/${id}`)).json();
  const innhold: Record<string, unknown> = { ...doc.innhold };
  for (const seksjon of doc.mal.seksjoner) {
    for (const f of seksjon.felter) {
      if (!f.pakrevd) continue;
      if (f.type === 'personer') innhold[f.id] = [{ navn: 'Generell godkjenning' }];
      else if (f.type === 'valg') innhold[f.id] = f.valg[0].verdi;
      else if (f.type === 'sjekkliste') innhold[f.id] = { [f.punkter?.[0]?.id ?? 'a']: { ok: true } };
      else if (f.type === 'dato') innhold[f.id] = today;
      else innhold[f.id] = 'Vurdert grundig etter hjemmebesøk og samtaler.';
    }
  }
  const saved = await t.send(forfatter, 'PUT', `/api/documents/${id}/content`, {
    innhold,
    revisjon: doc.revisjon,
  });
  expect(saved.statusCode, saved.body).toBe(200);
  const fin = await t.send(forfatter, 'POST', `/api/documents/${id}/finalise`, {
    revisjon: saved.json().revisjon,
  });
  expect(fin.statusCode, fin.body).toBe(200);
  return id;
}

async function nyttBarn(kp: Session) {
  seq += 1;
  const res = await t.send(kp, 'POST', '/api/children', {
    fornavn: `Formidla${seq}`,
    etternavn: 'Barnesen',
    fodselsnummer: syntheticFodselsnummer('2015-06-06', () => seq / 100, 'kvinne'),
    fodselsdato: '2015-06-06',
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

const generell = (version: number, rapportDokumentId: string, extra: object = {}) => ({
  version,
  godkjenningType: 'generell',
  godkjentDato: today,
  godkjentAv: 'Leder for fosterhjemstjenesten',
  rapportDokumentId,
  hjemtyper: ['ordinaer', 'beredskap'],
  ...extra,
});

const link = (version: number, barnId: string, extra: object = {}) => ({
  version,
  barnId,
  innflytting: today,
  plasseringstype: 'ordinaer',
  hjemmel: 'bvl_5_1',
  ...extra,
});

const errors = (res: { json: () => { errors?: { field: string; code: string }[] } }) =>
  (res.json().errors ?? []).map((e) => `${e.field}:${e.code}`);

beforeAll(async () => {
  t = await createTestApp();
  for (const u of [
    'rekrutterer.bufetat',
    'leder.bufetat',
    'rekrutterer.bergen',
    'leder.bergen',
    'kontaktperson.bergen',
    'kontaktperson.oygarden',
    'kontaktperson.hv',
    'rekrutterer.hv',
    'veileder.bergen',
  ])
    s[u] = await t.login(u);
}, 120_000);
afterAll(() => t?.close());

describe('approval of a recruited home and linking it to a child', () => {
  let sakId: string;
  let rapportId: string;

  it('lets the recruiter write the home-study report for the case, and nobody outside it', async () => {
    sakId = await familieTilGodkjenning(as('rekrutterer.bufetat'), 'Familien Haugland');
    // Only the report template, and only about the recruitment case.
    const other = await t.send(as('rekrutterer.bufetat'), 'POST', '/api/documents', {
      malId: 'samtale_med_barn',
      rekrutteringssakId: sakId,
    });
    expect(errors(other)).toEqual(['malId:template_mismatch']);
    // Hordaland-Vest is not in the collaboration: the case does not exist for it.
    const hv = await t.send(as('rekrutterer.hv'), 'POST', '/api/documents', {
      malId: 'sosialrapport_godkjenning',
      rekrutteringssakId: sakId,
    });
    expect(hv.statusCode).toBe(404);
    // Not shared with Bergen yet.
    const bergen = await t.send(as('rekrutterer.bergen'), 'POST', '/api/documents', {
      malId: 'sosialrapport_godkjenning',
      rekrutteringssakId: sakId,
    });
    expect(bergen.statusCode).toBe(404);
    const kp = await t.send(as('kontaktperson.bergen'), 'GET', `/api/recruitment/cases/${sakId}/approval`);
    expect(kp.statusCode).toBe(403);

    const created = await t.send(as('rekrutterer.bufetat'), 'POST', '/api/documents', {
      malId: 'sosialrapport_godkjenning',
      rekrutteringssakId: sakId,
    });
    expect(created.statusCode, created.body).toBe(201);
    const draftId = created.json().id;
    const doc = (await t.send(as('rekrutterer.bufetat'), 'GET', `/api/documents/${draftId}`)).json();
    expect(doc).toMatchObject({ rekrutteringssakId: sakId, status: 'utkast', kanEndre: true });
    expect(doc.tittel).toContain('Familien Haugland');
    // The document lives in Bufetat: another organisation cannot open it.
    expect((await t.send(as('kontaktperson.bergen'), 'GET', `/api/documents/${draftId}`)).statusCode).toBe(
      404,
    );

    const view = (
      await t.send(as('rekrutterer.bufetat'), 'GET', `/api/recruitment/cases/${sakId}/approval`)
    ).json();
    expect(view).toMatchObject({
      fase: 'godkjenning',
      kanGodkjenne: true,
      kanSkriveRapport: true,
      vedtak: null,
    });
    expect(view.rapporter.map((r: { id: string }) => r.id)).toEqual([draftId]);
    expect(view.mangler).toEqual([]);

    // A draft report is not enough.
    const early = await t.send(
      as('rekrutterer.bufetat'),
      'PUT',
      `/api/recruitment/cases/${sakId}/approval`,
      generell(view.version, draftId),
    );
    expect(errors(early)).toEqual(['rapportDokumentId:rekruttering_rapport_ikke_ferdig']);
  });

  it('refuses an approval with field errors: no report, future date, missing child, a child elsewhere', async () => {
    const { version } = await sak(sakId);
    const send = (body: object) =>
      t.send(as('rekrutterer.bufetat'), 'PUT', `/api/recruitment/cases/${sakId}/approval`, body);
    expect(errors(await send(generell(version, '00000000-0000-4000-8000-000000000000')))).toEqual([
      'rapportDokumentId:rekruttering_rapport_mangler',
    ]);
    const future = await send(
      generell(version, '00000000-0000-4000-8000-000000000000', { godkjentDato: addDays(today, 1) }),
    );
    expect(errors(future)).toContain('godkjentDato:date_future');
    expect(future.json().errors[0].message).toBeTruthy();
    expect(
      errors(await send(generell(version, '00000000-0000-4000-8000-000000000000', { hjemtyper: [] }))),
    ).toContain('hjemtyper:required');
    const bestemt = await send(
      generell(version, '00000000-0000-4000-8000-000000000000', { godkjenningType: 'bestemt_barn' }),
    );
    expect(errors(bestemt)).toContain('godkjentForBarnId:required');
    expect((await send({ ...generell(version, sakId), godkjentAv: '' })).statusCode).toBe(400);
    expect((await sak(sakId)).fase).toBe('godkjenning');
  });

  it('finishes the report with a second pair of eyes, exports it, and records the approval', async () => {
    rapportId = await ferdigRapport(as('rekrutterer.bufetat'), sakId);
    // It waits in the head of Bufetat's approval queue; the organisations it is shared with see
    // the case, never the report, and a caseworker without recruitment sees no reports at all.
    const ko = async (u: string) =>
      (await t.send(as(u), 'POST', '/api/documents/search', { status: 'til_godkjenning' }))
        .json()
        .items.map((d: { id: string }) => d.id);
    expect(await ko('leder.bufetat')).toContain(rapportId);
    expect(await ko('leder.bergen')).not.toContain(rapportId);
    expect(await ko('veileder.bergen')).not.toContain(rapportId);
    // The author cannot approve their own report; the head of Bufetat can.
    expect(
      (await t.send(as('rekrutterer.bufetat'), 'POST', `/api/documents/${rapportId}/approve`)).statusCode,
    ).toBe(403);
    const approved = await t.send(as('leder.bufetat'), 'POST', `/api/documents/${rapportId}/approve`);
    expect(approved.statusCode, approved.body).toBe(204);
    const pdf = await t.send(as('rekrutterer.bufetat'), 'GET', `/api/documents/${rapportId}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');

    const before = await sak(sakId);
    // A child in Bergen is no child of Bufetat's: unknown, not a 500 or a leak.
    const bergenBarn = await nyttBarn(as('kontaktperson.bergen'));
    const elsewhere = await t.send(
      as('rekrutterer.bufetat'),
      'PUT',
      `/api/recruitment/cases/${sakId}/approval`,
      generell(before.version, rapportId, { godkjenningType: 'bestemt_barn', godkjentForBarnId: bergenBarn }),
    );
    expect(errors(elsewhere)).toEqual(['godkjentForBarnId:unknown_reference']);
    const stale = await t.send(
      as('rekrutterer.bufetat'),
      'PUT',
      `/api/recruitment/cases/${sakId}/approval`,
      generell(before.version - 1 || 99, rapportId),
    );
    expect(stale.statusCode).toBe(409);
    // The police certificate is required (domain.md §2.4): unticked, the approval is refused.
    const untick = await t.send(
      as('rekrutterer.bufetat'),
      'DELETE',
      `/api/recruitment/cases/${sakId}/checkpoints/politiattest`,
    );
    expect(untick.statusCode, untick.body).toBe(204);
    const view = (
      await t.send(as('rekrutterer.bufetat'), 'GET', `/api/recruitment/cases/${sakId}/approval`)
    ).json();
    expect(view.mangler).toEqual([
      { field: 'sjekkpunkt.politiattest', code: 'rekruttering_sjekkpunkt_mangler' },
    ]);
    const utenAttest = await t.send(
      as('rekrutterer.bufetat'),
      'PUT',
      `/api/recruitment/cases/${sakId}/approval`,
      generell(before.version, rapportId),
    );
    expect(errors(utenAttest)).toEqual(['sjekkpunkt.politiattest:rekruttering_sjekkpunkt_mangler']);
    const retick = await t.send(
      as('rekrutterer.bufetat'),
      'PUT',
      `/api/recruitment/cases/${sakId}/checkpoints/politiattest`,
      { dato: today },
    );
    expect(retick.statusCode, retick.body).toBe(204);

    const ok = await t.send(
      as('rekrutterer.bufetat'),
      'PUT',
      `/api/recruitment/cases/${sakId}/approval`,
      generell(before.version, rapportId),
    );
    expect(ok.statusCode, ok.body).toBe(200);
    const after = await sak(sakId);
    expect(after).toMatchObject({
      fase: 'tilgjengelig',
      faseFra: today,
      godkjenningType: 'generell',
      godkjentDato: today,
      rapportDokumentId: rapportId,
      hjemtyper: ['ordinaer', 'beredskap'],
      version: before.version + 1,
    });
    const historikk = await inSystem(t.database.db, (tx) =>
      tx.select().from(rekrutteringFasehistorikk).where(eq(rekrutteringFasehistorikk.sakId, sakId)),
    );
    expect(historikk.find((h) => h.fase === 'tilgjengelig')).toMatchObject({ fra: today, til: null });
    expect(historikk.find((h) => h.fase === 'godkjenning')?.til).toBe(today);
    const punkt = await inSystem(t.database.db, (tx) =>
      tx
        .select()
        .from(rekrutteringSjekkpunkt)
        .where(
          and(
            eq(rekrutteringSjekkpunkt.sakId, sakId),
            eq(rekrutteringSjekkpunkt.punktId, 'godkjenningsvedtak'),
          ),
        ),
    );
    expect(punkt).toHaveLength(1);
    const [audit] = await audits('rekruttering.approve', sakId);
    expect(audit?.detaljer).toMatchObject({ type: 'generell', rapportDokumentId: rapportId });
    expect(JSON.stringify(audit?.detaljer)).not.toContain('Leder for');
    // Once approved, not again.
    const again = await t.send(
      as('rekrutterer.bufetat'),
      'PUT',
      `/api/recruitment/cases/${sakId}/approval`,
      generell(after.version, rapportId),
    );
    expect(errors(again)).toContain('fase:rekruttering_feil_fase');
  });

  it('shows the available home to the owner and to services it is shared with, never to others', async () => {
    const ids = async (u: string) => {
      const res = await t.send(as(u), 'GET', '/api/recruitment/available');
      expect(res.statusCode, res.body).toBe(200);
      return res.json().items as {
        id: string;
        godkjentFor: string;
        barn: unknown;
        dagerTilgjengelig: number;
      }[];
    };
    expect((await ids('rekrutterer.bufetat')).map((i) => i.id)).toContain(sakId);
    expect((await ids('kontaktperson.bergen')).map((i) => i.id)).not.toContain(sakId);
    const shared = await t.send(as('rekrutterer.bufetat'), 'POST', `/api/recruitment/cases/${sakId}/shares`, {
      tjenesteId: as('kontaktperson.bergen').tjenesteId,
      samtykkeDato: today,
    });
    expect(shared.statusCode, shared.body).toBe(204);
    const bergen = (await ids('kontaktperson.bergen')).find((i) => i.id === sakId);
    expect(bergen).toMatchObject({ godkjentFor: 'generell', barn: null, dagerTilgjengelig: 0 });
    expect(bergen).toMatchObject({
      hjemtyper: ['ordinaer', 'beredskap'],
      kommunenummer: '4601',
      antallVoksne: 2,
    });
    expect((await ids('kontaktperson.oygarden')).map((i) => i.id)).not.toContain(sakId);
    expect((await ids('kontaktperson.hv')).map((i) => i.id)).not.toContain(sakId);
    // A supervisor does not choose homes for children.
    expect((await t.send(as('veileder.bergen'), 'GET', '/api/recruitment/available')).statusCode).toBe(403);
  });

  it('refuses linking by a service the home is not shared with', async () => {
    const { version } = await sak(sakId);
    const hvBarn = await nyttBarn(as('kontaktperson.hv'));
    const hv = await t.send(
      as('kontaktperson.hv'),
      'POST',
      `/api/recruitment/cases/${sakId}/link`,
      link(version, hvBarn),
    );
    expect(hv.statusCode).toBe(404);
    const oyBarn = await nyttBarn(as('kontaktperson.oygarden'));
    const oy = await t.send(
      as('kontaktperson.oygarden'),
      'POST',
      `/api/recruitment/cases/${sakId}/link`,
      link(version, oyBarn),
    );
    expect(oy.statusCode).toBe(404);
    expect((await sak(sakId)).fase).toBe('tilgjengelig');
  });

  it('leaves nothing half-written when the placement step refuses', async () => {
    const kp = as('kontaktperson.bergen');
    const { version } = await sak(sakId);
    const homes = async () =>
      inSystem(t.database.db, async (tx) => (await tx.select().from(fosterhjem)).length);
    const before = await homes();
    // Kinship first: no concluded search in the child's family and network yet.
    const barnId = await nyttBarn(kp);
    const refused = await t.send(kp, 'POST', `/api/recruitment/cases/${sakId}/link`, link(version, barnId));
    expect(refused.statusCode).toBe(400);
    expect(errors(refused)).toEqual(['plasseringstype:network_search_required']);
    // The child already lives in another foster home from before: the overlap rule.
    await dokumenterNettverkssok(t, kp, barnId);
    const annet = await t.send(kp, 'POST', '/api/foster-homes', { navn: 'Familien Annen' });
    const placed = await t.send(kp, 'POST', `/api/children/${barnId}/placements`, {
      fosterhjemId: annet.json().id,
      innflytting: addDays(today, -30),
      plasseringstype: 'ordinaer',
      hjemmel: 'bvl_5_1',
    });
    expect(placed.statusCode, placed.body).toBe(201);
    const overlap = await t.send(kp, 'POST', `/api/recruitment/cases/${sakId}/link`, link(version, barnId));
    expect(errors(overlap)).toEqual(['innflytting:placement_overlap']);
    // The foster home created in the same transaction was rolled back with the placement.
    expect(await homes()).toBe(before + 1);
    expect(await sak(sakId)).toMatchObject({ fase: 'tilgjengelig', version, fosterhjemId: null });
    expect(await audits('rekruttering.link', sakId)).toHaveLength(0);
    // Not a kind of assignment the home is approved for, and not before the approval.
    const barn2 = await nyttBarn(kp);
    const forsterket = await t.send(
      kp,
      'POST',
      `/api/recruitment/cases/${sakId}/link`,
      link(version, barn2, { forsterket: true, innflytting: addDays(today, -1) }),
    );
    expect(errors(forsterket)).toEqual([
      'forsterket:rekruttering_hjemtype_ikke_godkjent',
      'innflytting:rekruttering_for_godkjenning',
    ]);
  });

  it('links the home to a Bergen child: foster home, placement, closed case and audit in one go', async () => {
    const kp = as('kontaktperson.bergen');
    const barnId = await nyttBarn(kp);
    await dokumenterNettverkssok(t, kp, barnId);
    const { version } = await sak(sakId);
    const res = await t.send(kp, 'POST', `/api/recruitment/cases/${sakId}/link`, link(version, barnId));
    expect(res.statusCode, res.body).toBe(201);
    const { fosterhjemId, plasseringId } = res.json();

    const hjem = (await t.send(kp, 'GET', `/api/foster-homes/${fosterhjemId}`)).json();
    expect(hjem).toMatchObject({ navn: 'Familien Haugland', kommunenummer: '4601', godkjentDato: today });
    const medlemmer = await inSystem(t.database.db, (tx) =>
      tx.select().from(fosterhjemMedlem).where(eq(fosterhjemMedlem.fosterhjemId, fosterhjemId)),
    );
    expect(medlemmer.map((m) => `${m.rolle}:${m.fornavn}`).sort()).toEqual([
      'fosterforelder:Ingrid',
      'fosterforelder:Per',
    ]);
    expect(medlemmer.every((m) => m.tjenesteId === kp.tjenesteId)).toBe(true);
    const [p] = await inSystem(t.database.db, (tx) =>
      tx.select().from(plassering).where(eq(plassering.id, plasseringId)),
    );
    expect(p).toMatchObject({ barnId, fosterhjemId, innflytting: today, tjenesteId: kp.tjenesteId });
    expect(await sak(sakId)).toMatchObject({ fase: 'formidlet', fosterhjemId, version: version + 1 });
    const [audit] = await audits('rekruttering.link', sakId);
    expect(audit?.detaljer).toMatchObject({ fosterhjemId, plasseringId, barnId, rapportFulgte: false });
    expect(await audits('plassering.create', plasseringId)).toHaveLength(1);
    // The report stays in Bufetat (another organisation): it does not follow the home to Bergen.
    const [rapport] = await inSystem(t.database.db, (tx) =>
      tx.select().from(dokument).where(eq(dokument.id, rapportId)),
    );
    expect(rapport?.fosterhjemId).toBeNull();

    // The foster home shows where it came from: stages, dates and organisations, no names.
    const hist = await t.send(kp, 'GET', `/api/foster-homes/${fosterhjemId}/recruitment`);
    expect(hist.statusCode, hist.body).toBe(200);
    const h = hist.json().sak;
    expect(h).toMatchObject({ kilde: 'kampanje', godkjenningType: 'generell', godkjentDato: today });
    expect(h.faser.map((f: { fase: string }) => f.fase)).toEqual([
      'henvendelse',
      'informasjonsmote',
      'opplaering',
      'utredning',
      'godkjenning',
      'tilgjengelig',
      'formidlet',
    ]);
    expect(h.faser[0].tittel).toBe('Henvendelse');
    expect(h.kildeTittel).toBe('Kampanje');
    expect(h.eier).toMatch(/Bufetat/);
    expect(h.faser.at(-1).organisasjon).toMatch(/Bergen/);
    expect(hist.body).not.toContain('Leder for fosterhjemstjenesten');
    // Gone from the available list, and not linked twice.
    const list = (await t.send(kp, 'GET', '/api/recruitment/available')).json().items;
    expect(list.map((i: { id: string }) => i.id)).not.toContain(sakId);
    const twice = await t.send(
      kp,
      'POST',
      `/api/recruitment/cases/${sakId}/link`,
      link(version + 1, await nyttBarn(kp)),
    );
    expect(errors(twice)).toEqual(['fase:rekruttering_ikke_tilgjengelig']);
    // Another service cannot read the foster home's history.
    expect(
      (await t.send(as('kontaktperson.hv'), 'GET', `/api/foster-homes/${fosterhjemId}/recruitment`))
        .statusCode,
    ).toBe(404);
  });

  it('approves a home for a named child of the service; others see it reserved, unnamed', async () => {
    const sakId2 = await familieTilGodkjenning(as('rekrutterer.bergen'), 'Familien Vik');
    const rapport = await ferdigRapport(as('rekrutterer.bergen'), sakId2);
    expect((await t.send(as('leder.bergen'), 'POST', `/api/documents/${rapport}/approve`)).statusCode).toBe(
      204,
    );
    const kp = as('kontaktperson.bergen');
    const barnId = await nyttBarn(kp);
    const { version } = await sak(sakId2);
    // A recruiter does not reach the service's children; the head of service does.
    const recruiter = await t.send(
      as('rekrutterer.bergen'),
      'PUT',
      `/api/recruitment/cases/${sakId2}/approval`,
      generell(version, rapport, { godkjenningType: 'bestemt_barn', godkjentForBarnId: barnId }),
    );
    expect(errors(recruiter)).toEqual(['godkjentForBarnId:unknown_reference']);
    const ok = await t.send(
      as('leder.bergen'),
      'PUT',
      `/api/recruitment/cases/${sakId2}/approval`,
      generell(version, rapport, {
        godkjenningType: 'bestemt_barn',
        godkjentForBarnId: barnId,
        hjemtyper: ['ordinaer'],
      }),
    );
    expect(ok.statusCode, ok.body).toBe(200);
    const shared = await t.send(as('rekrutterer.bergen'), 'POST', `/api/recruitment/cases/${sakId2}/shares`, {
      tjenesteId: as('kontaktperson.oygarden').tjenesteId,
      samtykkeDato: today,
    });
    expect(shared.statusCode, shared.body).toBe(204);
    const oy = await t.send(as('kontaktperson.oygarden'), 'GET', '/api/recruitment/available');
    expect(oy.json().items.find((i: { id: string }) => i.id === sakId2)).toMatchObject({
      godkjentFor: 'annet_barn',
      barn: null,
    });
    expect(oy.body).not.toContain('Barnesen');
    const own = (await t.send(kp, 'GET', '/api/recruitment/available')).json();
    expect(own.items.find((i: { id: string }) => i.id === sakId2)).toMatchObject({
      godkjentFor: 'eget_barn',
      barn: { id: barnId },
    });
    // Only to that child.
    const other = await nyttBarn(kp);
    await dokumenterNettverkssok(t, kp, other);
    const wrong = await t.send(kp, 'POST', `/api/recruitment/cases/${sakId2}/link`, link(version + 1, other));
    expect(errors(wrong)).toEqual(['barnId:rekruttering_godkjent_for_annet_barn']);
    await dokumenterNettverkssok(t, kp, barnId);
    const right = await t.send(
      kp,
      'POST',
      `/api/recruitment/cases/${sakId2}/link`,
      link(version + 1, barnId),
    );
    expect(right.statusCode, right.body).toBe(201);
    // The report was written in Bergen: it follows the home to its foster-home record.
    const [doc] = await inSystem(t.database.db, (tx) =>
      tx.select().from(dokument).where(eq(dokument.id, rapport)),
    );
    expect(doc?.fosterhjemId).toBe(right.json().fosterhjemId);
    expect(
      (await t.send(kp, 'GET', `/api/documents?fosterhjemId=${right.json().fosterhjemId}`)).json().items,
    ).toHaveLength(1);
  });
});
