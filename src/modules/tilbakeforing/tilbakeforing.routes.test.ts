import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, hendelse, oppgave } from '@/db/schema';
import { addDays, addMonths } from '@/domain/plasseringsforlop';
import { osloToday } from '@/modules/core/clock';
import { dokumenterNettverkssok } from '@/test/nettverkssok';
import { createTestApp, type Session, type TestApp } from '@/test/testApp';

let t: TestApp;
let kp: Session;
let teamleder: Session;
let leder: Session;
let veileder: Session;
let annen: Session;
const today = osloToday();
const innflytting = addMonths(today, -5);

const defaultKp = () => kp;

async function nyttBarn(fornavn: string, hjemmel = 'bvl_5_1', kp: Session = defaultKp()) {
  const barnId = (
    await t.send(kp, 'POST', '/api/children', { fornavn, etternavn: 'Traktesen', fodselsdato: '2015-05-05' })
  ).json().id as string;
  const home = (await t.send(kp, 'POST', '/api/foster-homes', { navn: `Familien ${fornavn}` })).json().id;
  await dokumenterNettverkssok(t, kp, barnId);
  const placed = await t.send(kp, 'POST', `/api/children/${barnId}/placements`, {
    fosterhjemId: home,
    innflytting,
    plasseringstype: 'ordinaer',
    hjemmel,
  });
  expect(placed.statusCode, placed.body).toBe(201);
  return { barnId, plasseringId: placed.json().id as string };
}

const alle = (over: Record<string, string> = {}) => {
  const svar: Record<string, string> = {
    endring: 'pa_vei',
    omsorg: 'nei',
    tilknytning: 'ingen_alvorlige',
    barnets_syn: 'delt',
    hva_skal_til: 'mer_hjelp',
    ...over,
  };
  return Object.fromEntries(
    Object.entries(svar).map(([k, v]) => [k, { svar: v, grunnlag: `Samtaler og observasjoner (${k}).` }]),
  );
};

async function nyVurdering(barnId: string, over: Record<string, string> = {}, kp: Session = defaultKp()) {
  const created = await t.send(kp, 'POST', `/api/children/${barnId}/reunification-assessments`);
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  const saved = await t.send(kp, 'PUT', `/api/reunification-assessments/${id}`, {
    steg: alle(over),
    version: 1,
  });
  expect(saved.statusCode, saved.body).toBe(200);
  return { id, version: saved.json().version as number };
}

const decide = (s: Session, id: string, beslutning: string, version: number, begrunnelse?: string) =>
  t.send(s, 'POST', `/api/reunification-assessments/${id}/decision`, {
    beslutning,
    begrunnelse: begrunnelse ?? 'Drøftet i teammøte; begrunnelsen står i trinnene over.',
    version,
  });

const tasks = (barnId: string) =>
  t.database.db
    .select()
    .from(oppgave)
    .where(and(eq(oppgave.barnId, barnId), eq(oppgave.regel, 'tilbakeforing')))
    .orderBy(asc(oppgave.frist));

beforeAll(async () => {
  t = await createTestApp();
  kp = await t.login('kontaktperson.bergen');
  teamleder = await t.login('teamleder.bergen');
  leder = await t.login('leder.bergen');
  veileder = await t.login('veileder.bergen');
  annen = await t.login('kontaktperson.hv');
  // The service assesses reunification every six months (local practice, arshjul settings).
  const settings = (await t.send(leder, 'GET', '/api/arshjul/settings')).json();
  const res = await t.send(leder, 'PUT', '/api/arshjul/settings', { ...settings, tilbakeforingMaaneder: 6 });
  expect(res.statusCode, res.body).toBe(204);
});
afterAll(() => t.close());

describe('the reunification assessment, step by step', () => {
  let barnId: string;
  let id: string;

  beforeAll(async () => {
    barnId = (await nyttBarn('Frida')).barnId;
  });

  it('lists the funnel with its steps and guidance, and no assessments yet', async () => {
    const res = await t.send(kp, 'GET', `/api/children/${barnId}/reunification-assessments`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.trakt.steg.map((s: { id: string }) => s.id)).toEqual([
      'endring',
      'omsorg',
      'tilknytning',
      'barnets_syn',
      'hva_skal_til',
    ]);
    expect(body.items).toEqual([]);
    expect(body.omsorgsovertakelse).toBe(true);
  });

  it('starts one draft at a time, and only for a child under a care order', async () => {
    const created = await t.send(kp, 'POST', `/api/children/${barnId}/reunification-assessments`);
    expect(created.statusCode, created.body).toBe(201);
    id = created.json().id;
    const again = await t.send(kp, 'POST', `/api/children/${barnId}/reunification-assessments`);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('duplicate');

    const atferd = await nyttBarn('Atle', 'bvl_6_3');
    const refused = await t.send(kp, 'POST', `/api/children/${atferd.barnId}/reunification-assessments`);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0]).toMatchObject({ field: 'barnId', code: 'no_care_order' });
  });

  it('saves a step at a time with version checks, and refuses an answer the step does not offer', async () => {
    const first = await t.send(kp, 'PUT', `/api/reunification-assessments/${id}`, {
      steg: { endring: { svar: 'pa_vei', grunnlag: 'Mor har gått på COS-kurs i høst.' } },
      version: 1,
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ version: 2, status: 'utkast', kanEndre: true });

    const stale = await t.send(kp, 'PUT', `/api/reunification-assessments/${id}`, {
      steg: { omsorg: { svar: 'ja', grunnlag: 'Eldre versjon.' } },
      version: 1,
    });
    expect(stale.statusCode).toBe(409);

    const bad = await t.send(kp, 'PUT', `/api/reunification-assessments/${id}`, {
      steg: { omsorg: { svar: 'kanskje', grunnlag: 'Ugyldig svar.' } },
      version: 2,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ field: 'steg.omsorg.svar', code: 'invalid_value' });

    const unknown = await t.send(kp, 'PUT', `/api/reunification-assessments/${id}`, {
      steg: { hemmelig: { svar: 'ja', grunnlag: 'Ukjent trinn.' } },
      version: 2,
    });
    expect(unknown.statusCode).toBe(400);

    const second = await t.send(kp, 'PUT', `/api/reunification-assessments/${id}`, {
      steg: { omsorg: { svar: 'nei', grunnlag: '' } },
      version: 2,
    });
    expect(second.statusCode, second.body).toBe(200);
    const body = second.json();
    expect(body.steg.endring.svar).toBe('pa_vei');
    expect(body.regler.mangler).toContainEqual({ steg: 'omsorg', felt: 'grunnlag' });
  });

  it('cannot be decided before every step has an answer and the evidence it rests on', async () => {
    const res = await decide(kp, id, 'fortsette_prosess', 3);
    expect(res.statusCode).toBe(400);
    const fields = res.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toContain('steg.omsorg.grunnlag');
    expect(fields).toContain('steg.tilknytning.svar');
  });

  it('refuses a decision the answers do not allow, and reasons that are too short', async () => {
    const saved = await t.send(kp, 'PUT', `/api/reunification-assessments/${id}`, {
      steg: alle(),
      version: 3,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const version = saved.json().version;

    const fremme = await decide(kp, id, 'fremme_sak', version);
    expect(fremme.statusCode).toBe(400);
    expect(fremme.json().errors).toEqual([
      expect.objectContaining({ field: 'beslutning', code: 'tilbakeforing_omsorg_ikke_sannsynlig' }),
    ]);
    const avslutte = await decide(kp, id, 'avslutte_mal', version);
    expect(avslutte.json().errors[0]).toMatchObject({
      field: 'beslutning',
      code: 'tilbakeforing_mangler_grunn_for_avslutning',
    });
    const kort = await decide(kp, id, 'fortsette_prosess', version, 'Kort');
    expect(kort.statusCode).toBe(400);
    expect(kort.json().errors[0]).toMatchObject({ field: 'begrunnelse', code: 'too_small' });
    expect(kort.json().errors[0].message).toMatch(/kort/);
  });

  it('continuing the process work completes the årshjul task and the next follows the service interval', async () => {
    const before = await tasks(barnId);
    expect(before[0]).toMatchObject({ frist: addMonths(innflytting, 6), fullfortDato: null });

    const view = (await t.send(kp, 'GET', `/api/reunification-assessments/${id}`)).json();
    const stale = await decide(kp, id, 'fortsette_prosess', view.version - 1);
    expect(stale.statusCode).toBe(409);
    const res = await decide(kp, id, 'fortsette_prosess', view.version);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'besluttet',
      beslutning: 'fortsette_prosess',
      besluttetDato: today,
      besluttetAv: { id: kp.userId },
      kanEndre: false,
    });

    const [event] = await t.database.db
      .select()
      .from(hendelse)
      .where(and(eq(hendelse.barnId, barnId), eq(hendelse.type, 'tilbakeforing_vurdert')));
    expect(event).toMatchObject({ dato: today, ref: id, utfortAv: kp.userId });

    const after = await tasks(barnId);
    expect(after[0]).toMatchObject({ frist: addMonths(innflytting, 6), fullfortDato: today });
    expect(after[1]).toMatchObject({ frist: addMonths(innflytting, 12), fullfortDato: null });

    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entitetId, id), eq(auditLog.handling, 'tilbakeforing.decide')));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.detaljer).toEqual({ barnId, beslutning: 'fortsette_prosess' });
  });

  it('a decided assessment is read-only', async () => {
    const view = (await t.send(kp, 'GET', `/api/reunification-assessments/${id}`)).json();
    const save = await t.send(kp, 'PUT', `/api/reunification-assessments/${id}`, {
      steg: alle({ omsorg: 'ja' }),
      version: view.version,
    });
    expect(save.statusCode).toBe(409);
    expect(save.json().code).toBe('document_locked');
    expect((await decide(kp, id, 'fortsette_prosess', view.version)).statusCode).toBe(409);
    // A new assessment can now be started.
    const next = await t.send(kp, 'POST', `/api/children/${barnId}/reunification-assessments`);
    expect(next.statusCode).toBe(201);
  });

  it('the team leader and the head of service see the decision in the history', async () => {
    for (const s of [teamleder, leder]) {
      const list = await t.send(s, 'GET', `/api/children/${barnId}/reunification-assessments`);
      expect(list.statusCode, list.body).toBe(200);
      const decided = list.json().items.find((x: { id: string }) => x.id === id);
      expect(decided).toMatchObject({ beslutning: 'fortsette_prosess', begrunnelse: expect.any(String) });
    }
  });

  it('is hidden from another service and needs a purpose for an unassigned worker, read-only', async () => {
    expect((await t.send(annen, 'GET', `/api/children/${barnId}/reunification-assessments`)).statusCode).toBe(
      404,
    );
    expect((await t.send(annen, 'GET', `/api/reunification-assessments/${id}`)).statusCode).toBe(404);
    expect(
      (await t.send(annen, 'POST', `/api/children/${barnId}/reunification-assessments`)).statusCode,
    ).toBe(404);
    const refused = await t.send(veileder, 'GET', `/api/reunification-assessments/${id}`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('purpose_required');
    expect((await t.send(veileder, 'GET', `/api/children/${barnId}/reunification-plans`)).statusCode).toBe(
      403,
    );

    await t.send(veileder, 'POST', `/api/children/${barnId}/access`, {
      formal: 'Skal lede samtale med foreldrene om samvær',
    });
    const read = await t.send(veileder, 'GET', `/api/children/${barnId}/reunification-assessments`);
    expect(read.statusCode).toBe(200);
    expect(read.json().kanEndre).toBe(false);
    const draft = read.json().items.find((x: { status: string }) => x.status === 'utkast');
    const write = await t.send(veileder, 'PUT', `/api/reunification-assessments/${draft.id}`, {
      steg: alle(),
      version: draft.version,
    });
    expect(write.statusCode).toBe(403);
  });
});

describe('the other decisions, and the safe reunification plan', () => {
  it('gives up the goal when the attachment exception applies, and opens no plan', async () => {
    const { barnId } = await nyttBarn('Gunn');
    const { id, version } = await nyVurdering(barnId, { tilknytning: 'alvorlige' });
    const res = await decide(kp, id, 'avslutte_mal', version);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().regler.avslutningsgrunn).toBe('tilknytning');
    const plans = (await t.send(kp, 'GET', `/api/children/${barnId}/reunification-plans`)).json();
    expect(plans.kanStarte).toBe(false);
    const refused = await t.send(kp, 'POST', `/api/children/${barnId}/reunification-plans`, { steg: [] });
    expect(refused.json().errors[0]).toMatchObject({ field: 'barnId', code: 'no_reunification_basis' });
  });

  it('gives up the goal when the parents cannot give proper care and change is not realistic', async () => {
    const { barnId } = await nyttBarn('Helge');
    const { id, version } = await nyVurdering(barnId, { omsorg: 'nei', hva_skal_til: 'ikke_realistisk' });
    const res = await decide(kp, id, 'avslutte_mal', version);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().regler.avslutningsgrunn).toBe('omsorg');
  });

  it('brings the case to the board, then plans the handover step by step', async () => {
    const { barnId } = await nyttBarn('Ingrid');
    const { id, version } = await nyVurdering(barnId, {
      omsorg: 'ja',
      tilknytning: 'ingen_alvorlige',
      hva_skal_til: 'klar_overgang',
    });
    expect((await decide(kp, id, 'fremme_sak', version)).statusCode).toBe(200);

    const list = (await t.send(kp, 'GET', `/api/children/${barnId}/reunification-plans`)).json();
    expect(list.kanStarte).toBe(true);
    expect(list.forslag.length).toBeGreaterThan(3);
    const forslag = list.forslag[0];

    const wrongOrder = await t.send(kp, 'POST', `/api/children/${barnId}/reunification-plans`, {
      steg: [{ beskrivelse: 'Felles møte', ansvar: 'Tjenesten', fra: today, til: addDays(today, -1) }],
    });
    expect(wrongOrder.statusCode).toBe(400);
    expect(wrongOrder.json().errors[0]).toMatchObject({ field: 'steg.0.til', code: 'date_order' });

    const created = await t.send(kp, 'POST', `/api/children/${barnId}/reunification-plans`, {
      steg: [
        {
          beskrivelse: forslag.beskrivelse.nb,
          ansvar: forslag.ansvar.nb,
          fra: today,
          til: addDays(today, 14),
        },
      ],
    });
    expect(created.statusCode, created.body).toBe(201);
    const planId = created.json().id;
    expect(
      (await t.send(kp, 'POST', `/api/children/${barnId}/reunification-plans`, { steg: [] })).statusCode,
    ).toBe(409);

    const plan = (await t.send(kp, 'GET', `/api/reunification-plans/${planId}`)).json();
    expect(plan).toMatchObject({ status: 'aktiv', version: 1, kanEndre: true });
    const steg = [
      { ...plan.steg[0], status: 'fullfort', erfaring: 'Møtet gikk godt; alle fikk si sitt.' },
      {
        beskrivelse: 'Lengre samvær hjemme',
        ansvar: 'Foreldrene har barnet hjemme i helgene.',
        status: 'pagar',
      },
    ];
    const updated = await t.send(kp, 'PUT', `/api/reunification-plans/${planId}`, {
      steg,
      status: 'aktiv',
      version: 1,
    });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json().steg).toHaveLength(2);
    expect(updated.json().steg[0]).toMatchObject({ id: plan.steg[0].id, erfaring: expect.any(String) });

    const stale = await t.send(kp, 'PUT', `/api/reunification-plans/${planId}`, {
      steg,
      status: 'aktiv',
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect((await t.send(annen, 'GET', `/api/reunification-plans/${planId}`)).statusCode).toBe(404);
    expect(
      (
        await t.send(veileder, 'PUT', `/api/reunification-plans/${planId}`, {
          steg,
          status: 'aktiv',
          version: 2,
        })
      ).statusCode,
    ).toBe(403);

    const done = await t.send(kp, 'PUT', `/api/reunification-plans/${planId}`, {
      steg: updated.json().steg,
      status: 'fullfort',
      version: 2,
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'fullfort', kanEndre: false });
    const locked = await t.send(kp, 'PUT', `/api/reunification-plans/${planId}`, {
      steg,
      status: 'aktiv',
      version: 3,
    });
    expect(locked.statusCode).toBe(409);

    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entitetId, planId));
    expect(audit.map((a) => a.handling)).toEqual(
      expect.arrayContaining(['gjenforening.create', 'gjenforening.update', 'tilbakeforing.read']),
    );
  });

  it('opens a plan when the care order has been lifted and the child moved home', async () => {
    const { barnId, plasseringId } = await nyttBarn('Jon');
    const ended = await t.send(kp, 'POST', `/api/placements/${plasseringId}/end`, {
      version: 1,
      utflytting: today,
      avslutning: 'planlagt',
      initiativ: 'tjenesten',
      arsakKode: '1.1.1',
      flyttingTil: '6',
    });
    expect(ended.statusCode, ended.body).toBe(204);
    const list = (await t.send(kp, 'GET', `/api/children/${barnId}/reunification-plans`)).json();
    expect(list.kanStarte).toBe(true);
    const created = await t.send(kp, 'POST', `/api/children/${barnId}/reunification-plans`, {});
    expect(created.statusCode, created.body).toBe(201);
  });

  it('answers in nynorsk for a nynorsk user', async () => {
    const hvKp = await t.login('kontaktperson.hv');
    const { barnId } = await nyttBarn('Kari', 'bvl_5_1', hvKp);
    const { id, version } = await nyVurdering(barnId, {}, hvKp);
    const bad = await t.send(hvKp, 'POST', `/api/reunification-assessments/${id}/decision`, {
      beslutning: 'fremme_sak',
      begrunnelse: 'Drøfta i teamet, sjå trinna.',
      version,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].message).toMatch(/overvegande sannsynleg/);
  });
});

describe('the API description', () => {
  it('names every reunification operation', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const ids = Object.values(res.json().paths as Record<string, Record<string, { operationId?: string }>>)
      .flatMap((methods) => Object.values(methods).map((op) => op.operationId))
      .filter((id) => id && /Reunification/.test(id));
    expect(ids.sort()).toEqual([
      'createReunificationAssessment',
      'createReunificationPlan',
      'decideReunificationAssessment',
      'getReunificationAssessment',
      'getReunificationPlan',
      'listReunificationAssessments',
      'listReunificationPlans',
      'saveReunificationAssessment',
      'updateReunificationPlan',
    ]);
  });
});
