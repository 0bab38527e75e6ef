import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inSystem } from '@/db/context';
import { auditLog, oppgave, produktAdopsjon } from '@/db/schema';
import { addMonths } from '@/domain/plasseringsforlop';
import { osloToday } from '@/modules/core/clock';
import { dokumenterNettverkssok } from '@/test/nettverkssok';
import { createTestApp, type Session, type TestApp } from '@/test/testApp';

let t: TestApp;
let leder: Session;
let kp: Session;
let koordinator: Session;
let home: string;

type Item = {
  id: string;
  oy: string;
  status: string;
  anbefaling: number;
  adopsjon: { status: string; version: number } | null;
};
type MalItem = { id: string; aktiv: boolean; produkter: string[] };

const maler = async (s: Session) => (await t.send(s, 'GET', '/api/templates')).json().items as MalItem[];
const produkt = async (s: Session, id: string) => (await t.send(s, 'GET', `/api/catalogue/${id}`)).json();

beforeAll(async () => {
  t = await createTestApp();
  leder = await t.login('leder.oygarden');
  kp = await t.login('kontaktperson.oygarden');
  koordinator = await t.login('koordinator.oygarden');
  const res = await t.send(kp, 'POST', '/api/foster-homes', {
    navn: 'Familien Hjelme',
    adresse: 'Hjelmevegen 4',
  });
  expect(res.statusCode, res.body).toBe(201);
  home = res.json().id;
});
afterAll(() => t.close());

describe('the catalogue', () => {
  it('holds every product of the report on the eight islands, for every role', async () => {
    const res = await t.send(kp, 'GET', '/api/catalogue');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.ramme.oyer).toHaveLength(8);
    expect(body.items).toHaveLength(22);
    expect(Object.keys(body.ramme.anbefalinger)).toEqual(['1', '2', '3', '4']);
    const p = body.items.find((x: Item) => x.id === 'veien_videre');
    expect(p).toMatchObject({ oy: 'oppfolging_foreldre', status: 'gull', anbefaling: 1, ressurs: 'hoy' });
    expect(p.kontakt[0].organisasjon).toBe('Haugesund barneverntjeneste');
    expect(p.adopsjon).toMatchObject({ status: 'adoptert' });
  });

  it('filters by island, status, recommendation and resource use', async () => {
    const ids = async (q: string) =>
      ((await t.send(kp, 'GET', `/api/catalogue?${q}`)).json().items as Item[]).map((i) => i.id).sort();
    expect(await ids('oy=samvaer')).toEqual(['p6_samvaer_maler', 'prosjekt_samvaer', 'sammen_om_samvaer']);
    expect(await ids('status=solv')).toEqual(['brukermanual', 'kulturell_identitet', 'prosjekt_samvaer']);
    expect(await ids('anbefaling=1')).toEqual(['prosessarbeid_foreldre', 'veien_videre', 'zip_team']);
    expect(await ids('ressurs=ukjent')).toEqual(['brukermanual', 'kulturell_identitet', 'prosjekt_samvaer']);
    expect(await ids('oy=oppfolging_fosterfamilien&ressurs=liten')).toEqual([
      'p3_maler',
      'p6_fosterhjem_maler',
    ]);
    expect((await t.send(kp, 'GET', '/api/catalogue?oy=atlantis')).statusCode).toBe(400);
  });

  it('gives 404 for a product that does not exist', async () => {
    expect((await t.send(kp, 'GET', '/api/catalogue/finnes_ikke')).statusCode).toBe(404);
  });
});

describe('adoption switches a product’s templates on and off', () => {
  it('does not offer a template of a product the service has not adopted, and refuses it', async () => {
    const mal = (await maler(kp)).find((m) => m.id === 'samtale_ovrige_barn');
    expect(mal).toMatchObject({ aktiv: false, produkter: ['p3_maler'] });
    // Outside the catalogue: always there. Adopted by Øygarden: there.
    expect((await maler(kp)).find((m) => m.id === 'omsorgsplan')?.aktiv).toBe(true);
    expect((await maler(kp)).find((m) => m.id === 'vurderingstrakt')?.aktiv).toBe(true);
    const res = await t.send(kp, 'POST', '/api/documents', {
      malId: 'samtale_ovrige_barn',
      fosterhjemId: home,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ field: 'malId', code: 'template_not_adopted' });
  });

  it('lets only the head of service adopt', async () => {
    const body = { status: 'adoptert', version: 1 };
    expect((await t.send(kp, 'PUT', '/api/catalogue/p3_maler/adoption', body)).statusCode).toBe(403);
    expect((await t.send(koordinator, 'PUT', '/api/catalogue/p3_maler/adoption', body)).statusCode).toBe(403);
  });

  let dokumentId: string;

  it('adopts with a plan from the resource use, and the template is offered', async () => {
    const before = await produkt(leder, 'p3_maler');
    expect(before.adopsjon).toMatchObject({ status: 'interessert', version: 1 });
    expect(before.bruk).toBeNull();
    const stale = await t.send(leder, 'PUT', '/api/catalogue/p3_maler/adoption', {
      status: 'adoptert',
      version: 0,
    });
    expect(stale.statusCode).toBe(409);
    const res = await t.send(leder, 'PUT', '/api/catalogue/p3_maler/adoption', {
      status: 'adoptert',
      version: 1,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().version).toBe(2);
    // Small resource use: a plan, no training or introduction.
    const steg = res.json().plan.map((s: { id: string }) => s.id);
    expect(steg).toContain('plan');
    expect(steg).not.toContain('opplaering');
    expect(steg).not.toContain('innforing');

    expect((await maler(kp)).find((m) => m.id === 'samtale_ovrige_barn')?.aktiv).toBe(true);
    const doc = await t.send(kp, 'POST', '/api/documents', {
      malId: 'samtale_ovrige_barn',
      fosterhjemId: home,
    });
    expect(doc.statusCode, doc.body).toBe(201);
    dokumentId = doc.json().id;

    const after = await produkt(leder, 'p3_maler');
    expect(after.bruk).toMatchObject({ dokumenter: 1, dokumenterSidenAdopsjon: 1, ferdigeDokumenter: 0 });
    expect(after.bruk.perMal).toEqual(expect.arrayContaining([{ malId: 'samtale_ovrige_barn', antall: 1 }]));

    const [audit] = await inSystem(t.database.db, (tx) =>
      tx
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.handling, 'katalog.adopt'), eq(auditLog.aktorId, leder.userId))),
    );
    expect(audit?.detaljer).toMatchObject({ produktId: 'p3_maler', fra: 'interessert', til: 'adoptert' });
  });

  it('proposes introduction for moderate and training with support for high resource use', async () => {
    const moderat = await t.send(leder, 'PUT', '/api/catalogue/mal_barnesamtale/adoption', {
      status: 'adoptert',
      version: 0,
    });
    expect(moderat.json().plan.map((s: { id: string }) => s.id)).toEqual(
      expect.arrayContaining(['innforing', 'plan']),
    );
    const hoy = await t.send(leder, 'PUT', '/api/catalogue/fosterfamiliesamlinger/adoption', {
      status: 'interessert',
      version: 0,
    });
    expect(hoy.json().plan).toEqual([]);
    const landsby = await produkt(leder, 'landsbymodellen');
    expect(landsby.adopsjon.plan.map((s: { id: string }) => s.id)).toEqual(
      expect.arrayContaining(['opplaering', 'plan', 'stotte']),
    );
  });

  it('edits the plan: steps, owners, dates and status, with version checks', async () => {
    const current = await produkt(leder, 'p3_maler');
    const plan = current.adopsjon.plan.map((s: { id: string }, i: number) =>
      i === 0 ? { ...s, status: 'fullfort', ansvarlig: 'Teamleder fosterhjem' } : s,
    );
    plan.push({
      id: 'egen_1',
      tekst: 'Gå gjennom malene på fagmøtet',
      ansvarlig: '',
      frist: '2030-01-15',
      status: 'pagar',
    });
    const res = await t.send(leder, 'PUT', '/api/catalogue/p3_maler/adoption/plan', { plan, version: 2 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().plan[0]).toMatchObject({ status: 'fullfort', ansvarlig: 'Teamleder fosterhjem' });
    expect(res.json().plan.at(-1)).toMatchObject({ id: 'egen_1', ansvarlig: null });
    expect(
      (await t.send(leder, 'PUT', '/api/catalogue/p3_maler/adoption/plan', { plan, version: 2 })).statusCode,
    ).toBe(409);
    const dup = await t.send(leder, 'PUT', '/api/catalogue/p3_maler/adoption/plan', {
      plan: [...plan, plan[0]],
      version: 3,
    });
    expect(dup.statusCode).toBe(400);
    expect(dup.json().errors[0].code).toBe('duplicate_step');
    const bad = await t.send(leder, 'PUT', '/api/catalogue/p3_maler/adoption/plan', {
      plan: [{ ...plan[0], frist: '15.01.2030', tekst: '' }],
      version: 3,
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['plan.0.frist', 'plan.0.tekst']);
    expect(
      (await t.send(kp, 'PUT', '/api/catalogue/p3_maler/adoption/plan', { plan, version: 3 })).statusCode,
    ).toBe(403);
  });

  it('refuses adopting a product still under development, but records interest', async () => {
    const res = await t.send(leder, 'PUT', '/api/catalogue/brukermanual/adoption', {
      status: 'adoptert',
      version: 0,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ field: 'status', code: 'product_not_ready' });
    expect(
      (
        await t.send(leder, 'PUT', '/api/catalogue/brukermanual/adoption', {
          status: 'interessert',
          version: 0,
        })
      ).statusCode,
    ).toBe(200);
  });

  it('ending the product hides the template for new documents, existing ones stay readable and editable', async () => {
    const res = await t.send(leder, 'PUT', '/api/catalogue/p3_maler/adoption', {
      status: 'avsluttet',
      version: 3,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((await maler(kp)).find((m) => m.id === 'samtale_ovrige_barn')?.aktiv).toBe(false);
    expect(
      (await t.send(kp, 'POST', '/api/documents', { malId: 'samtale_ovrige_barn', fosterhjemId: home }))
        .statusCode,
    ).toBe(400);
    const doc = await t.send(kp, 'GET', `/api/documents/${dokumentId}`);
    expect(doc.statusCode).toBe(200);
    const saved = await t.send(kp, 'PUT', `/api/documents/${dokumentId}/content`, {
      innhold: {},
      revisjon: doc.json().revisjon,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    // The use stays visible after ending, so the service can see whether it took hold.
    expect((await produkt(leder, 'p3_maler')).bruk.dokumenter).toBe(1);
  });

  it('switches a product’s local-practice task rules on and off for the service’s children', async () => {
    // p6_fosterhjem_maler brings the evaluation with the foster parents before the agreement ends.
    const barnId = (
      await t.send(kp, 'POST', '/api/children', {
        fornavn: 'Regel',
        etternavn: 'Prøve',
        fodselsdato: '2015-03-01',
      })
    ).json().id;
    await dokumenterNettverkssok(t, kp, barnId);
    const today = osloToday();
    const plasseringId = (
      await t.send(kp, 'POST', `/api/children/${barnId}/placements`, {
        fosterhjemId: home,
        innflytting: addMonths(today, -12),
        plasseringstype: 'ordinaer',
        hjemmel: 'bvl_5_1',
      })
    ).json().id;
    const avtale = await t.send(kp, 'POST', `/api/foster-homes/${home}/agreements`, {
      startDato: addMonths(today, -12),
      sluttDato: addMonths(today, 9),
      plasseringId,
    });
    expect(avtale.statusCode, avtale.body).toBe(201);
    const regler = async () =>
      (
        await inSystem(t.database.db, (tx) =>
          tx.select({ regel: oppgave.regel }).from(oppgave).where(eq(oppgave.barnId, barnId)),
        )
      ).map((o) => o.regel);
    expect(await regler()).toContain('oppfolgingsbesok');
    expect(await regler()).not.toContain('avtale_evaluering');

    const p = await produkt(leder, 'p6_fosterhjem_maler');
    const adopted = await t.send(leder, 'PUT', '/api/catalogue/p6_fosterhjem_maler/adoption', {
      status: 'adoptert',
      version: p.adopsjon.version,
    });
    expect(adopted.statusCode, adopted.body).toBe(200);
    expect(await regler()).toContain('avtale_evaluering');

    const ended = await t.send(leder, 'PUT', '/api/catalogue/p6_fosterhjem_maler/adoption', {
      status: 'avsluttet',
      version: adopted.json().version,
    });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(await regler()).not.toContain('avtale_evaluering');
    // Statutory rules never depend on the treasure map.
    expect(await regler()).toContain('oppfolgingsbesok');
  });

  it('keeps one service’s adoptions away from another service', async () => {
    const bergen = await t.login('kontaktperson.bergen');
    expect((await maler(bergen)).find((m) => m.id === 'samtale_ovrige_barn')?.aktiv).toBe(true);
    const rows = await inSystem(t.database.db, (tx) =>
      tx.select().from(produktAdopsjon).where(eq(produktAdopsjon.produktId, 'brukermanual')),
    );
    expect((await produkt(bergen, 'brukermanual')).adopsjon).toBeNull();
    expect(rows.some((r) => r.tjenesteId === leder.tjenesteId)).toBe(true);
  });
});

describe('across the network', () => {
  it('shows the coordinator interest and adoption per service, with service names only', async () => {
    const res = await t.send(koordinator, 'GET', '/api/catalogue/network');
    expect(res.statusCode, res.body).toBe(200);
    const nettverk = res
      .json()
      .samarbeid.find((s: { navn: string }) => s.navn === 'Læringsnettverk fosterhjem Vestland');
    expect(nettverk.tjenester.map((x: { navn: string }) => x.navn)).toHaveLength(3);
    const bm = nettverk.produkter.find((p: { produktId: string }) => p.produktId === 'brukermanual');
    expect(bm.interessert).toEqual(
      expect.arrayContaining([
        'Øygarden kommune, barneverntjenesten',
        'Barnevernstjenesten i Hardanger og Voss',
      ]),
    );
    const vv = nettverk.produkter.find((p: { produktId: string }) => p.produktId === 'veien_videre');
    expect(vv.adoptert).toHaveLength(3);
    // Nothing but names, products and statuses: no plans, owners or people.
    expect(res.body).not.toMatch(/ansvarlig|plan|Teamleder fosterhjem|Hjelme/);
    const [audit] = await inSystem(t.database.db, (tx) =>
      tx
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.handling, 'katalog.network_read'), eq(auditLog.aktorId, koordinator.userId))),
    );
    expect(audit).toBeDefined();
    expect((await t.send(leder, 'GET', '/api/catalogue/network')).statusCode).toBe(200);
    expect((await t.send(kp, 'GET', '/api/catalogue/network')).statusCode).toBe(403);
  });

  it('leaves out the recruitment collaboration with Bufetat, and Bufetat as a service', async () => {
    const res = await t.send(koordinator, 'GET', '/api/catalogue/network');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().samarbeid.map((s: { navn: string }) => s.navn)).toEqual([
      'Kurssamarbeid Bergensregionen',
      'Læringsnettverk fosterhjem Vestland',
    ]);
    expect(res.body).not.toMatch(/Bufetat|Zip-team Vestland/);
    // The Zip-team is one of Øygarden's collaborations, but no place for catalogue changes.
    const zip = (await t.send(koordinator, 'GET', '/api/tjeneste'))
      .json()
      .samarbeid.find((s: { type: string }) => s.type === 'rekruttering');
    expect(zip.navn).toBe('Zip-team Vestland');
    expect((await produkt(koordinator, 'zip_team')).samarbeid.map((s: { id: string }) => s.id)).not.toContain(
      zip.id,
    );
    const endring = await t.send(koordinator, 'POST', '/api/catalogue/zip_team/changes', {
      samarbeidId: zip.id,
      endring: { status: 'gull' },
      begrunnelse: 'Feil samarbeid',
    });
    expect(endring.statusCode).toBe(400);
    expect(endring.json().errors[0]).toMatchObject({ field: 'samarbeidId', code: 'unknown_reference' });
    // Bufetat is in no learning network: it has no network view.
    const bufetat = await t.login('leder.bufetat');
    expect((await t.send(bufetat, 'GET', '/api/catalogue/network')).statusCode).toBe(403);
  });

  it('gives the coordinator no child or foster home', async () => {
    const child = await t.send(kp, 'POST', '/api/children', {
      fornavn: 'Tor',
      etternavn: 'Test',
      fodselsdato: '2015-05-05',
    });
    expect(child.statusCode).toBe(201);
    expect((await t.send(koordinator, 'GET', '/api/children')).statusCode).toBe(403);
    expect((await t.send(koordinator, 'GET', '/api/foster-homes')).statusCode).toBe(403);
    expect([403, 404]).toContain(
      (await t.send(koordinator, 'GET', `/api/children/${child.json().id}`)).statusCode,
    );
    expect([403, 404]).toContain((await t.send(koordinator, 'GET', `/api/foster-homes/${home}`)).statusCode);
  });
});

describe('the coordinator keeps the catalogue', () => {
  it('turns a silver product gold with a reason; the collaboration sees it, with history', async () => {
    const hv = await t.login('koordinator.hv');
    const res = await t.send(hv, 'POST', '/api/catalogue/kulturell_identitet/changes', {
      endring: { status: 'gull', anbefaling: 2, ressurs: 'moderat' },
      begrunnelse: 'Modellen er ferdig utprøvd i Sunnhordland og evaluert.',
    });
    expect(res.statusCode, res.body).toBe(201);
    const list = (await t.send(kp, 'GET', '/api/catalogue?status=gull')).json().items as Item[];
    expect(list.find((p) => p.id === 'kulturell_identitet')).toMatchObject({ anbefaling: 2 });
    const hist = (await t.send(kp, 'GET', '/api/catalogue/kulturell_identitet/changes')).json().items;
    expect(hist).toHaveLength(1);
    expect(hist[0]).toMatchObject({ endring: { status: 'gull' }, endretAv: null });
    expect(
      (await t.send(hv, 'GET', '/api/catalogue/kulturell_identitet/changes')).json().items[0].endretAv,
    ).not.toBeNull();
    expect(
      (
        await t.send(hv, 'POST', '/api/catalogue/kulturell_identitet/changes', {
          endring: { status: 'gull' },
          begrunnelse: 'Samme igjen',
        })
      ).json().errors[0].code,
    ).toBe('no_change');
  });

  it('adds a new product only with all its fields; asks which collaboration when there are several', async () => {
    const tom = await t.send(koordinator, 'POST', '/api/catalogue/nytt_verktoy/changes', {
      samarbeidId: undefined,
      endring: { status: 'solv' },
      begrunnelse: 'Nytt produkt fra nettverket',
    });
    expect(tom.statusCode).toBe(400);
    expect(tom.json().errors.map((e: { field: string }) => e.field)).toContain('samarbeidId');
    const samarbeid = (await produkt(koordinator, 'zip_team')).samarbeid as { id: string; navn: string }[];
    const id = samarbeid.find((s) => s.navn.startsWith('Læringsnettverk'))?.id;
    const mangler = await t.send(koordinator, 'POST', '/api/catalogue/nytt_verktoy/changes', {
      samarbeidId: id,
      endring: { status: 'solv' },
      begrunnelse: 'Nytt produkt fra nettverket',
    });
    expect(mangler.json().errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['endring.oy', 'endring.tittel', 'endring.kontakt']),
    );
    const tekst = {
      nb: 'Et nytt verktøy for samarbeid med skolen.',
      nn: 'Eit nytt verktøy for samarbeid med skulen.',
    };
    const ok = await t.send(koordinator, 'POST', '/api/catalogue/nytt_verktoy/changes', {
      samarbeidId: id,
      endring: {
        oy: 'samarbeid',
        status: 'solv',
        anbefaling: 4,
        ressurs: null,
        tittel: { nb: 'Skolesamarbeid', nn: 'Skulesamarbeid' },
        beskrivelse: tekst,
        vurdering: tekst,
        kontakt: [{ navn: 'Kari Nordmann', organisasjon: 'Askøy barneverntjeneste' }],
      },
      begrunnelse: 'Meldt inn på nettverksmøtet',
    });
    expect(ok.statusCode, ok.body).toBe(201);
    const hv = await t.login('leder.hv');
    expect(
      (await t.send(hv, 'GET', '/api/catalogue')).json().items.some((p: Item) => p.id === 'nytt_verktoy'),
    ).toBe(true);
    expect((await t.send(leder, 'GET', '/api/catalogue/nytt_verktoy')).json().produkt).toMatchObject({
      nytt: true,
    });
    expect(
      (
        await t.send(leder, 'POST', '/api/catalogue/zip_team/changes', {
          endring: { anbefaling: 2 },
          begrunnelse: 'Ikke lov',
        })
      ).statusCode,
    ).toBe(403);
  });
});
