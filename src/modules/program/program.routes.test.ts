import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inSystem } from '@/db/context';
import { auditLog } from '@/db/schema';
import { addDays, addMonths } from '@/domain/plasseringsforlop';
import { osloToday } from '@/modules/core/clock';
import { dokumenterNettverkssok } from '@/test/nettverkssok';
import { createTestApp, type Session, type TestApp } from '@/test/testApp';

let t: TestApp;
let kp: Session;
let kpNn: Session;
let veileder: Session;
let annen: Session;
let leder: Session;
let teamleder: Session;
const today = osloToday();

type Okt = {
  nummer: number;
  planlagt: string;
  status: string;
  version: number;
  forsinket: boolean;
  tema: string;
};
type Run = {
  id: string;
  programId: string;
  status: string;
  version: number;
  okter: Okt[];
  fosterhjem: { id: string; navn: string } | null;
  familiemedlem: { id: string; navn: string; relasjon: string } | null;
  plasseringId: string | null;
  gjennomfortAntall: number;
};

async function home(s: Session, navn: string) {
  const res = await t.send(s, 'POST', '/api/foster-homes', {
    navn,
    adresse: 'Fjellvegen 3',
    postnummer: '5337',
    poststed: 'Rong',
    kommunenummer: '4626',
    godkjentDato: '2024-04-01',
    medlemmer: [{ rolle: 'fosterforelder', fornavn: 'Kari', etternavn: navn.split(' ').at(-1) as string }],
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

async function child(s: Session, fornavn: string) {
  const res = await t.send(s, 'POST', '/api/children', {
    fornavn,
    etternavn: 'Testesen',
    fodselsdato: '2015-03-03',
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

async function place(
  s: Session,
  barnId: string,
  fosterhjemId: string,
  hjemmel = 'bvl_kap3',
  innflytting = today,
) {
  await dokumenterNettverkssok(t, s, barnId);
  const res = await t.send(s, 'POST', `/api/children/${barnId}/placements`, {
    fosterhjemId,
    innflytting,
    plasseringstype: 'ordinaer',
    hjemmel,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

async function parent(s: Session, barnId: string, relasjon: string, fornavn: string) {
  const res = await t.send(s, 'POST', `/api/children/${barnId}/family-members`, {
    relasjon,
    fornavn,
    etternavn: 'Testesen',
    foreldreansvar: true,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

async function runs(s: Session, barnId: string): Promise<Run[]> {
  const res = await t.send(s, 'GET', `/api/children/${barnId}/programmes`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

const egs = (list: Run[]) => list.filter((r) => r.programId === 'en_god_start');
const vv = (list: Run[]) => list.filter((r) => r.programId === 'veien_videre');

async function auditRows(entitetId: string) {
  return inSystem(t.database.db, (tx) =>
    tx
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entitetId, entitetId), like(auditLog.handling, 'program.%'))),
  );
}

beforeAll(async () => {
  t = await createTestApp();
  kp = await t.login('kontaktperson.oygarden');
  kpNn = await t.login('kontaktperson.hv');
  veileder = await t.login('veileder.oygarden');
  annen = await t.login('kontaktperson.bergen');
  leder = await t.login('leder.oygarden');
  teamleder = await t.login('teamleder.oygarden');
}, 60_000);
afterAll(() => t.close());

describe('programme definitions', () => {
  it('lists En god start and Veien videre in the reader’s language', async () => {
    const nb = (await t.send(kp, 'GET', '/api/programmes')).json();
    const nn = (await t.send(kpNn, 'GET', '/api/programmes')).json();
    const egsNb = nb.find((p: { id: string }) => p.id === 'en_god_start');
    const egsNn = nn.find((p: { id: string }) => p.id === 'en_god_start');
    expect(egsNb.samlinger).toHaveLength(6);
    expect(egsNb.navn).not.toBe(egsNn.navn);
    expect(nb.find((p: { id: string }) => p.id === 'veien_videre').samlinger).toHaveLength(4);
    expect((await t.send(kp, 'GET', '/api/programmes/finnes_ikke')).statusCode).toBe(404);
  });

  it('the head of service adds and removes the service’s own material; others may not', async () => {
    const url = '/api/programmes/en_god_start/sessions/2/material';
    const body = { tittel: 'Film om samarbeid', url: 'https://example.org/film' };
    expect((await t.send(kp, 'POST', url, body)).statusCode).toBe(403);
    const bad = await t.send(leder, 'POST', url, { tittel: 'Fil', url: 'javascript:alert(1)' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('url');
    expect(
      (await t.send(leder, 'POST', '/api/programmes/en_god_start/sessions/9/material', body)).statusCode,
    ).toBe(404);
    const created = await t.send(leder, 'POST', url, body);
    expect(created.statusCode, created.body).toBe(201);
    const def = (await t.send(kp, 'GET', '/api/programmes/en_god_start')).json();
    expect(def.samlinger[1].materiale).toEqual([{ id: created.json().id, ...body }]);
    expect(def.samlinger[0].materiale).toEqual([]);
    // Another service does not see it, nor remove it.
    const other = (await t.send(annen, 'GET', '/api/programmes/en_god_start')).json();
    expect(other.samlinger[1].materiale).toEqual([]);
    const lederBergen = await t.login('leder.bergen');
    const del = `/api/programmes/en_god_start/material/${created.json().id}`;
    expect((await t.send(lederBergen, 'DELETE', del)).statusCode).toBe(404);
    expect((await t.send(leder, 'DELETE', del)).statusCode).toBe(204);
    expect((await t.send(kp, 'GET', '/api/programmes/en_god_start')).json().samlinger[1].materiale).toEqual(
      [],
    );
  });
});

describe('En god start for a new foster home', () => {
  let hjem: string;
  let barnId: string;
  let plasseringId: string;
  let run: Run;

  beforeAll(async () => {
    hjem = await home(kp, 'Familien Nyheim');
    barnId = await child(kp, 'Nora');
    plasseringId = await place(kp, barnId, hjem);
    [run] = egs(await runs(kp, barnId)) as [Run];
  });

  it('is proposed when a placement starts in a foster home new to the service, with six monthly sessions', async () => {
    expect(run).toMatchObject({
      status: 'foreslatt',
      plasseringId,
      fosterhjem: { id: hjem, navn: 'Familien Nyheim' },
    });
    expect(run.okter).toHaveLength(6);
    const first = addDays(today, 14);
    expect(run.okter.map((o) => o.planlagt.slice(0, 10))).toEqual(
      [0, 1, 2, 3, 4, 5].map((i) => addMonths(first, i)),
    );
    const oslo = new Intl.DateTimeFormat('nb-NO', {
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'Europe/Oslo',
    });
    expect(run.okter.every((o) => oslo.format(new Date(o.planlagt)) === '18:00')).toBe(true);
    expect(run.okter.every((o) => !o.forsinket)).toBe(true);
    const fromHome = (await t.send(kp, 'GET', `/api/foster-homes/${hjem}/programmes`)).json();
    expect(fromHome.map((r: Run) => r.id)).toEqual([run.id]);
    const audit = await auditRows(run.id);
    expect(audit.map((a) => a.handling)).toContain('program.propose');
    expect(audit.find((a) => a.handling === 'program.propose')?.detaljer).toMatchObject({ automatisk: true });
  });

  it('is not proposed for an emergency placement', async () => {
    const b = await child(kp, 'Emil');
    const res = await t.send(kp, 'POST', `/api/children/${b}/placements`, {
      fosterhjemId: await home(kp, 'Familien Beredskap'),
      innflytting: today,
      plasseringstype: 'beredskap',
      hjemmel: 'akutt',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(await runs(kp, b)).toEqual([]);
  });

  it('is not proposed again for a second placement in the same home', async () => {
    const sibling = await child(kp, 'Nils');
    await place(kp, sibling, hjem);
    expect(egs(await runs(kp, sibling))).toEqual([]);
  });

  it('cannot be declined, since it is part of every new foster home’s follow-up', async () => {
    const res = await t.send(kp, 'POST', `/api/programme-runs/${run.id}/response`, {
      svar: 'avslatt',
      dato: today,
      arsak: 'Familien ønsker ikke',
      version: run.version,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toContainEqual(
      expect.objectContaining({ field: 'svar', code: 'not_voluntary' }),
    );
  });

  it('before it is accepted only the dates may be planned', async () => {
    const okt = run.okter[0] as Okt;
    const held = await t.send(kp, 'PUT', `/api/programme-runs/${run.id}/sessions/1`, {
      status: 'gjennomfort',
      gjennomfort: today,
      deltakere: ['Fostermor'],
      version: okt.version,
    });
    expect(held.statusCode).toBe(400);
    expect(held.json().errors[0].code).toBe('run_not_accepted');
    const moved = await t.send(kp, 'PUT', `/api/programme-runs/${run.id}/sessions/1`, {
      planlagt: `${addDays(today, 10)}T17:30`,
      version: okt.version,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(
      new Intl.DateTimeFormat('nb-NO', {
        hour: '2-digit',
        minute: '2-digit',
        timeZone: 'Europe/Oslo',
      }).format(new Date(moved.json().planlagt)),
    ).toBe('17:30');
  });

  it('is accepted, and a session is held with participants, notes and a document', async () => {
    const accepted = await t.send(kp, 'POST', `/api/programme-runs/${run.id}/response`, {
      svar: 'akseptert',
      dato: today,
      version: run.version,
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'akseptert', svarDato: today, version: run.version + 1 });
    run = accepted.json();

    const okt = run.okter[0] as Okt;
    const noOne = await t.send(kp, 'PUT', `/api/programme-runs/${run.id}/sessions/1`, {
      status: 'gjennomfort',
      gjennomfort: today,
      deltakere: [],
      version: okt.version,
    });
    expect(noOne.statusCode).toBe(400);
    expect(noOne.json().errors).toContainEqual(
      expect.objectContaining({ field: 'deltakere', code: 'participants_required' }),
    );

    const future = await t.send(kp, 'PUT', `/api/programme-runs/${run.id}/sessions/1`, {
      status: 'gjennomfort',
      gjennomfort: addDays(today, 2),
      deltakere: ['Fostermor'],
      version: okt.version,
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().errors).toEqual([
      expect.objectContaining({
        field: 'gjennomfort',
        code: 'date_future',
        message: 'Datoen kan ikke være fram i tid.',
      }),
    ]);

    const doc = await t.send(kp, 'POST', '/api/documents', {
      malId: 'en_god_start_samling',
      fosterhjemId: hjem,
    });
    expect(doc.statusCode, doc.body).toBe(201);
    const held = await t.send(kp, 'PUT', `/api/programme-runs/${run.id}/sessions/1`, {
      status: 'gjennomfort',
      gjennomfort: today,
      deltakere: ['Fostermor Kari', 'Fosterfar Per', 'Kontaktperson'],
      notat: 'God start på samarbeidet.',
      dokumentId: doc.json().id,
      version: okt.version,
    });
    expect(held.statusCode, held.body).toBe(200);
    expect(held.json()).toMatchObject({
      status: 'gjennomfort',
      gjennomfort: today,
      deltakere: ['Fostermor Kari', 'Fosterfar Per', 'Kontaktperson'],
      dokumentId: doc.json().id,
      forsinket: false,
    });

    // The same edit again, on the version it read before: someone saved in between.
    const stale = await t.send(kp, 'PUT', `/api/programme-runs/${run.id}/sessions/1`, {
      notat: 'Endret samtidig',
      version: okt.version,
    });
    expect(stale.statusCode).toBe(409);

    const after = (await t.send(kp, 'GET', `/api/programme-runs/${run.id}`)).json();
    expect(after.gjennomfortAntall).toBe(1);
    const audit = await auditRows(held.json().id);
    expect(audit.map((a) => a.handling)).toEqual(['program.session_update', 'program.session_update']);
    expect(JSON.stringify(audit.map((a) => a.detaljer))).not.toContain('Fostermor');
  });

  it('refuses a document about another case', async () => {
    const other = await child(kp, 'Olav');
    const doc = await t.send(kp, 'POST', '/api/documents', { malId: 'samtale_med_barn', barnId: other });
    expect(doc.statusCode, doc.body).toBe(201);
    const okt = run.okter[1] as Okt;
    const res = await t.send(kp, 'PUT', `/api/programme-runs/${run.id}/sessions/2`, {
      dokumentId: doc.json().id,
      version: okt.version,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ field: 'dokumentId', code: 'unknown_reference' });
  });

  it('cannot be completed while sessions are still waiting, and the run version is checked', async () => {
    const open = await t.send(kp, 'POST', `/api/programme-runs/${run.id}/end`, {
      status: 'fullfort',
      version: run.version,
    });
    expect(open.statusCode).toBe(400);
    expect(open.json().errors[0]).toMatchObject({ field: 'status', code: 'sessions_open' });
    const stale = await t.send(kp, 'POST', `/api/programme-runs/${run.id}/end`, {
      status: 'avbrutt',
      arsak: 'Test',
      version: run.version - 1,
    });
    expect(stale.statusCode).toBe(409);
  });

  it('downloads the desk calendar as a PDF and the sessions as an iCalendar file without names', async () => {
    const pdf = await t.send(kp, 'GET', `/api/programme-runs/${run.id}/desk-calendar.pdf?lang=nn`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toMatch(/^attachment;/);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const ics = await t.send(kp, 'GET', `/api/programme-runs/${run.id}/calendar.ics`);
    expect(ics.statusCode).toBe(200);
    expect(ics.headers['content-type']).toMatch(/^text\/calendar/);
    expect(ics.body).toContain('BEGIN:VCALENDAR');
    expect(ics.body.match(/BEGIN:VEVENT/g)).toHaveLength(6);
    for (const name of ['Nora', 'Nyheim', 'Testesen', 'Kari']) expect(ics.body).not.toContain(name);
    const audit = await auditRows(run.id);
    expect(
      audit.filter((a) => a.handling === 'program.calendar_export').map((a) => a.detaljer?.format),
    ).toEqual(['pdf', 'ics']);
  });

  it('is out of reach for another service and for an unassigned worker', async () => {
    for (const url of [
      `/api/programme-runs/${run.id}`,
      `/api/programme-runs/${run.id}/desk-calendar.pdf`,
      `/api/programme-runs/${run.id}/calendar.ics`,
      `/api/children/${barnId}/programmes`,
      `/api/foster-homes/${hjem}/programmes`,
    ]) {
      expect((await t.send(annen, 'GET', url)).statusCode, url).toBe(404);
      expect((await t.send(veileder, 'GET', url)).statusCode, url).toBe(403);
    }
    const put = await t.send(veileder, 'PUT', `/api/programme-runs/${run.id}/sessions/2`, {
      notat: 'x',
      version: 1,
    });
    expect(put.statusCode).toBe(403);
    const propose = await t.send(annen, 'POST', '/api/programme-runs', {
      programId: 'en_god_start',
      barnId,
      plasseringId,
      fosterhjemId: hjem,
      start: today,
    });
    expect(propose.statusCode).toBe(404);
  });

  it('a move-out stops the run and cancels the sessions not held', async () => {
    const end = await t.send(kp, 'POST', `/api/placements/${plasseringId}/end`, {
      version: 1,
      utflytting: today,
      avslutning: 'utilsiktet',
      initiativ: 'fosterforeldre',
      arsakKode: '1.1.3',
      flyttingTil: '2',
    });
    expect(end.statusCode, end.body).toBe(204);
    const after = (await t.send(kp, 'GET', `/api/programme-runs/${run.id}`)).json();
    expect(after).toMatchObject({ status: 'avbrutt', arsak: 'utflytting' });
    expect(after.okter.map((o: Okt) => o.status)).toEqual([
      'gjennomfort',
      'avlyst',
      'avlyst',
      'avlyst',
      'avlyst',
      'avlyst',
    ]);
    const closed = await t.send(kp, 'PUT', `/api/programme-runs/${run.id}/sessions/2`, {
      notat: 'x',
      version: (after.okter[1] as Okt).version,
    });
    expect(closed.statusCode).toBe(400);
    expect(closed.json().errors[0].code).toBe('run_closed');
  });
});

describe('Veien videre for parents after a care order', () => {
  let barnId: string;
  let mor: string;
  let far: string;

  beforeAll(async () => {
    barnId = await child(kp, 'Vilde');
    mor = await parent(kp, barnId, 'mor', 'Mona');
    far = await parent(kp, barnId, 'far', 'Frode');
    await parent(kp, barnId, 'besteforelder', 'Berit');
    await place(kp, barnId, await home(kp, 'Familien Omsorg'), 'bvl_5_1');
  });

  it('is proposed for each parent when a care-order placement starts, with four conversations', async () => {
    const list = vv(await runs(kp, barnId));
    expect(list.map((r) => r.familiemedlem?.id).sort()).toEqual([mor, far].sort());
    expect(list.every((r) => r.okter.length === 4 && r.status === 'foreslatt')).toBe(true);
    const p = (await t.send(kp, 'GET', '/api/programmes/veien_videre')).json().planlegging;
    expect(list[0]?.okter.map((o) => o.planlagt.slice(0, 10))).toEqual(
      [0, 1, 2, 3].map((i) => addDays(today, p.forsteEtterDager + i * 7 * p.intervallUker)),
    );
  });

  it('is proposed for a parent added later while the care order placement goes on', async () => {
    const forelder = await parent(kp, barnId, 'forelder', 'Frida');
    await parent(kp, barnId, 'sosken', 'Sindre');
    const list = vv(await runs(kp, barnId));
    expect(list).toHaveLength(3);
    expect(list.map((r) => r.familiemedlem?.id)).toContain(forelder);
  });

  it('is not proposed for a placement without a care order', async () => {
    const b = await child(kp, 'Vebjørn');
    await parent(kp, b, 'mor', 'Marit');
    await place(kp, b, await home(kp, 'Familien Frivillig'), 'bvl_kap3');
    expect(vv(await runs(kp, b))).toEqual([]);
  });

  it('a parent may decline, but only with a reason', async () => {
    const run = vv(await runs(kp, barnId)).find((r) => r.familiemedlem?.id === far) as Run;
    const noReason = await t.send(kp, 'POST', `/api/programme-runs/${run.id}/response`, {
      svar: 'avslatt',
      dato: today,
      version: run.version,
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors).toEqual([expect.objectContaining({ field: 'arsak', code: 'required' })]);
    const declined = await t.send(kp, 'POST', `/api/programme-runs/${run.id}/response`, {
      svar: 'avslatt',
      dato: today,
      arsak: 'Far ønsker ikke samtaler nå, men vil bli spurt igjen om et halvt år.',
      version: run.version,
    });
    expect(declined.statusCode, declined.body).toBe(200);
    expect(declined.json().status).toBe('avslatt');
    expect(declined.json().okter.every((o: Okt) => o.status === 'avlyst')).toBe(true);
    const again = await t.send(kp, 'POST', `/api/programme-runs/${run.id}/response`, {
      svar: 'akseptert',
      dato: today,
      version: declined.json().version,
    });
    expect(again.json().errors[0].code).toBe('run_answered');
  });

  it('manual proposals: a parent only, no duplicate open run, a new offer after a decline', async () => {
    const sibling = await t.send(kp, 'GET', `/api/children/${barnId}`);
    const besteforelder = sibling
      .json()
      .familie.find((m: { relasjon: string }) => m.relasjon === 'besteforelder').id;
    const notParent = await t.send(kp, 'POST', '/api/programme-runs', {
      programId: 'veien_videre',
      barnId,
      familiemedlemId: besteforelder,
      start: today,
    });
    expect(notParent.statusCode).toBe(400);
    expect(notParent.json().errors[0]).toMatchObject({ field: 'familiemedlemId', code: 'not_a_parent' });
    const dup = await t.send(kp, 'POST', '/api/programme-runs', {
      programId: 'veien_videre',
      barnId,
      familiemedlemId: mor,
      start: today,
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('duplicate');
    const renewed = await t.send(kp, 'POST', '/api/programme-runs', {
      programId: 'veien_videre',
      barnId,
      familiemedlemId: far,
      start: addDays(today, 7),
    });
    expect(renewed.statusCode, renewed.body).toBe(201);
    expect(renewed.json()).toMatchObject({
      status: 'foreslatt',
      familiemedlem: { id: far, relasjon: 'far' },
    });
    const p = (await t.send(kp, 'GET', '/api/programmes/veien_videre')).json().planlegging;
    expect(renewed.json().okter[0].planlagt.slice(0, 10)).toBe(addDays(today, 7 + p.forsteEtterDager));
    const missing = await t.send(kp, 'POST', '/api/programme-runs', {
      programId: 'en_god_start',
      barnId,
      start: today,
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors.map((e: { field: string }) => e.field)).toEqual([
      'plasseringId',
      'fosterhjemId',
    ]);
  });

  it('a run with all conversations held can be completed', async () => {
    const run = vv(await runs(kp, barnId)).find((r) => r.familiemedlem?.id === mor) as Run;
    const acc = await t.send(kp, 'POST', `/api/programme-runs/${run.id}/response`, {
      svar: 'akseptert',
      dato: today,
      version: run.version,
    });
    let current: Run = acc.json();
    for (const o of current.okter) {
      const body =
        o.nummer === 4
          ? { status: 'avlyst', version: o.version }
          : {
              status: 'gjennomfort',
              gjennomfort: today,
              deltakere: ['Mor', 'Kontaktperson'],
              version: o.version,
            };
      const res = await t.send(kp, 'PUT', `/api/programme-runs/${run.id}/sessions/${o.nummer}`, body);
      expect(res.statusCode, res.body).toBe(200);
    }
    current = (await t.send(kp, 'GET', `/api/programme-runs/${run.id}`)).json();
    const done = await t.send(kp, 'POST', `/api/programme-runs/${run.id}/end`, {
      status: 'fullfort',
      version: current.version,
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().status).toBe('fullfort');
    const audit = await auditRows(run.id);
    expect(audit.map((a) => a.handling)).toEqual(
      expect.arrayContaining(['program.propose', 'program.respond', 'program.read', 'program.end']),
    );
  });
});

describe('in nynorsk', () => {
  it('a nynorsk-writing service gets the programme names and field messages in nynorsk', async () => {
    const b = await child(kpNn, 'Sigrid');
    await parent(kpNn, b, 'mor', 'Solveig');
    await place(kpNn, b, await home(kpNn, 'Familien Vossestrand'), 'bvl_5_1');
    const list = await runs(kpNn, b);
    expect(list.map((r) => r.programId).sort()).toEqual(['en_god_start', 'veien_videre']);
    const run = vv(list)[0] as Run;
    const res = await t.send(kpNn, 'POST', `/api/programme-runs/${run.id}/response`, {
      svar: 'avslatt',
      dato: addDays(today, 1),
      version: run.version,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      { field: 'arsak', code: 'required', message: 'Fyll ut feltet.' },
      { field: 'dato', code: 'date_future', message: expect.stringContaining('fram i tid') },
    ]);
    const egsRun = egs(list)[0] as Run;
    const refused = await t.send(kpNn, 'POST', `/api/programme-runs/${egsRun.id}/response`, {
      svar: 'avslatt',
      dato: today,
      arsak: 'Ønskjer ikkje',
      version: egsRun.version,
    });
    expect(refused.json().errors[0].message).toContain('kan ikkje avslåast');
  });
});

describe('late sessions and placements registered afterwards', () => {
  it('marks a session late when its date has passed, and proposes nothing for a programme wholly in the past', async () => {
    const b = await child(kp, 'Lars');
    await place(kp, b, await home(kp, 'Familien Seinare'), 'bvl_kap3', addDays(today, -40));
    const [run] = egs(await runs(kp, b)) as [Run];
    expect(run.okter.map((o) => o.forsinket)).toEqual([true, false, false, false, false, false]);
    const old = await child(kp, 'Ole');
    await place(kp, old, await home(kp, 'Familien Gammel'), 'bvl_kap3', addMonths(today, -9));
    expect(egs(await runs(kp, old))).toEqual([]);
  });
});

describe('fidelity', () => {
  it('only the head of service and team leaders see it', async () => {
    const url = `/api/programmes/fidelity?fra=${addMonths(today, -1)}&til=${today}`;
    expect((await t.send(kp, 'GET', url)).statusCode).toBe(403);
    expect((await t.send(teamleder, 'GET', url)).statusCode).toBe(200);
    const bad = await t.send(
      leder,
      'GET',
      `/api/programmes/fidelity?fra=${today}&til=${addMonths(today, -1)}`,
    );
    expect(bad.statusCode).toBe(400);
  });

  it('counts foster homes that got all six sessions, and on time', async () => {
    const start = addMonths(today, -7);
    const p = (await t.send(kp, 'GET', '/api/programmes/en_god_start')).json().planlegging;
    for (let i = 0; i < 6; i++) {
      const hjem = await home(kp, `Familien Tro${i}`);
      const b = await child(kp, `Tone${i}`);
      const plasseringId = await place(kp, b, hjem, 'bvl_kap3', start);
      const proposed = await t.send(kp, 'POST', '/api/programme-runs', {
        programId: 'en_god_start',
        barnId: b,
        plasseringId,
        fosterhjemId: hjem,
        start,
      });
      expect(proposed.statusCode, proposed.body).toBe(201);
      const run: Run = (
        await t.send(kp, 'POST', `/api/programme-runs/${proposed.json().id}/response`, {
          svar: 'akseptert',
          dato: addDays(start, 2),
          version: 1,
        })
      ).json();
      for (const o of run.okter) {
        const planned = addMonths(addDays(start, p.forsteEtterDager), o.nummer - 1);
        // The last home held its first session 60 days late: all held, but not on time.
        const held = i === 5 && o.nummer === 1 ? addDays(planned, 60) : addDays(planned, 3);
        const res = await t.send(kp, 'PUT', `/api/programme-runs/${run.id}/sessions/${o.nummer}`, {
          status: 'gjennomfort',
          gjennomfort: held,
          deltakere: ['Fostermor'],
          version: o.version,
        });
        expect(res.statusCode, res.body).toBe(200);
      }
      const done = await t.send(kp, 'POST', `/api/programme-runs/${run.id}/end`, {
        status: 'fullfort',
        version: run.version,
      });
      expect(done.statusCode, done.body).toBe(200);
    }
    const res = await t.send(
      leder,
      'GET',
      `/api/programmes/fidelity?fra=${addDays(start, -1)}&til=${addDays(start, 1)}`,
    );
    const row = res.json().programmer.find((x: { programId: string }) => x.programId === 'en_god_start');
    expect(row).toMatchObject({
      startet: 6,
      akseptert: 6,
      avslatt: 0,
      avbrutt: 0,
      alleGjennomfort: 6,
      alleITide: 5,
      andelAkseptert: 1,
      andelAlleGjennomfort: 1,
      andelAlleITide: 0.833,
    });
  });

  it('counts runs started in the period, with small numbers suppressed', async () => {
    const res = await t.send(
      leder,
      'GET',
      `/api/programmes/fidelity?fra=${addMonths(today, -1)}&til=${addMonths(today, 1)}`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.definisjon.nb).toContain('45 dager');
    expect(body.definisjon.nn).toContain('45 dagar');
    const egsRow = body.programmer.find((p: { programId: string }) => p.programId === 'en_god_start');
    const vvRow = body.programmer.find((p: { programId: string }) => p.programId === 'veien_videre');
    // En god start: Nyheim, Omsorg, Frivillig (three new homes): suppressed; none ended complete.
    expect(egsRow).toMatchObject({
      antallOkter: 6,
      startet: null,
      avslatt: 0,
      alleGjennomfort: 0,
      andelAlleITide: null,
    });
    // Veien videre: mor, far, forelder and the renewed offer to far = 4 (suppressed); 1 declined.
    expect(vvRow).toMatchObject({ antallOkter: 4, startet: null, avslatt: null, alleGjennomfort: 0 });
  });
});
