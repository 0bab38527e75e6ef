import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths } from '@/domain/plasseringsforlop';
import { osloToday } from '@/modules/core/clock';
import { dokumenterNettverkssok } from '@/test/nettverkssok';
import { createTestApp, type Session, type TestApp } from '@/test/testApp';

let t: TestApp;
let kp: Session;
let teamleder: Session;
let leder: Session;
let annen: Session;
let barnId: string;
let plasseringId: string;
const today = osloToday();
const innflytting = addMonths(today, -7);

type Task = {
  id: string;
  regel: string;
  status: string;
  frist: string;
  vinduStart: string;
  version: number;
  barn: { id: string };
};
const tasks = async (s: Session, omfang = 'mine') =>
  ((await t.send(s, 'GET', `/api/tasks?omfang=${omfang}`)).json().items as Task[]).filter(
    (x) => x.barn.id === barnId,
  );

beforeAll(async () => {
  t = await createTestApp();
  kp = await t.login('kontaktperson.bergen');
  teamleder = await t.login('teamleder.bergen');
  leder = await t.login('leder.bergen');
  annen = await t.login('kontaktperson.hv');
  barnId = (
    await t.send(kp, 'POST', '/api/children', {
      fornavn: 'Årshjul',
      etternavn: 'Testesen',
      fodselsdato: '2013-04-04',
    })
  ).json().id;
  const home = (await t.send(kp, 'POST', '/api/foster-homes', { navn: 'Familien Vik' })).json().id;
  await dokumenterNettverkssok(t, kp, barnId);
  const placed = await t.send(kp, 'POST', `/api/children/${barnId}/placements`, {
    fosterhjemId: home,
    innflytting,
    plasseringstype: 'ordinaer',
    hjemmel: 'bvl_5_1',
    avtaleSlutt: addMonths(today, 30),
  });
  plasseringId = placed.json().id;
});
afterAll(() => t.close());

describe('my tasks', () => {
  it('a placement seven months old has two overdue follow-up visits and the next one coming', async () => {
    const visits = (await tasks(kp)).filter((x) => x.regel === 'oppfolgingsbesok');
    expect(visits.map((v) => v.status).slice(0, 2)).toEqual(['forfalt', 'forfalt']);
    expect(visits[0]?.vinduStart).toBe(innflytting);
    expect(visits[2]?.status).not.toBe('forfalt');
  });

  it('recording a visit, with how the child took part, completes the task and the overdue count falls', async () => {
    const before = (await t.send(kp, 'GET', '/api/tasks/summary')).json().forfalt;
    const missing = await t.send(kp, 'POST', `/api/children/${barnId}/events`, {
      type: 'oppfolgingsbesok',
      dato: addMonths(innflytting, 1),
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0]).toMatchObject({ field: 'medvirkning', code: 'required' });

    const res = await t.send(kp, 'POST', `/api/children/${barnId}/events`, {
      type: 'oppfolgingsbesok',
      dato: addMonths(innflytting, 1),
      medvirkning: '1.1',
      snakketAlene: true,
      notat: 'Samtale med barnet på rommet hennes.',
    });
    expect(res.statusCode, res.body).toBe(201);
    const after = (await t.send(kp, 'GET', '/api/tasks/summary')).json().forfalt;
    expect(after).toBe(before - 1);
    const wheel = (
      await t.send(kp, 'GET', `/api/children/${barnId}/annual-wheel?ar=${innflytting.slice(0, 4)}`)
    ).json();
    const done = wheel.maneder
      .flatMap((m: { oppgaver: Task[] }) => m.oppgaver)
      .filter((o: Task) => o.status === 'fullfort');
    expect(done.length).toBe(1);
  });

  it('a visit cannot be dated in the future, or when the child lived nowhere', async () => {
    const future = await t.send(kp, 'POST', `/api/children/${barnId}/events`, {
      type: 'oppfolgingsbesok',
      dato: addMonths(today, 1),
      medvirkning: '1.1',
    });
    expect(future.json().errors[0].code).toBe('date_future');
    const before = await t.send(kp, 'POST', `/api/children/${barnId}/events`, {
      type: 'oppfolgingsbesok',
      dato: addMonths(innflytting, -2),
      medvirkning: '1.1',
    });
    expect(before.json().errors[0].code).toBe('no_placement');
  });
});

describe('deviations and the team view', () => {
  it('a deviation with a reason and a new date is shown apart from plain overdue', async () => {
    const overdue = (await tasks(kp)).find((x) => x.status === 'forfalt' && x.regel === 'oppfolgingsbesok');
    expect(overdue).toBeDefined();
    const res = await t.send(kp, 'POST', `/api/tasks/${overdue?.id}/deviation`, {
      arsak: 'Barnet ønsket ikke samtale; familien var bortreist.',
      nyFrist: addMonths(today, 1),
      version: overdue?.version,
    });
    expect(res.statusCode, res.body).toBe(204);
    const now = (await tasks(kp)).find((x) => x.id === overdue?.id);
    expect(now?.status).toBe('kommende');

    const team = (await t.send(teamleder, 'GET', '/api/tasks/team')).json();
    expect(team.avvik.map((x: Task) => x.id)).toContain(overdue?.id);
    expect(team.forfalt.map((x: Task) => x.id)).not.toContain(overdue?.id);
    const person = team.personer.find((p: { id: string }) => p.id === kp.userId);
    expect(person.avvik).toBeGreaterThanOrEqual(1);
    expect(person.etterlevelse).toEqual(expect.any(Number));
  });

  it('the team view is for team leaders and heads of service', async () => {
    expect((await t.send(kp, 'GET', '/api/tasks/team')).statusCode).toBe(403);
  });
});

describe('frequency decisions (ffh. § 10)', () => {
  it('refuses a reduction to two visits before the child has lived there two years', async () => {
    const res = await t.send(kp, 'POST', `/api/placements/${plasseringId}/frequency-decisions`, {
      type: 'oppfolging',
      antall: 2,
      fra: today,
      begrunnelse: 'Stabil plassering, gode forhold i fosterhjemmet.',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ field: 'fra', code: 'reduction_too_early' });
  });
});

describe('local practice settings', () => {
  it('the head of service changes the number of parent conversations, and the tasks follow', async () => {
    const count = async () => (await tasks(kp)).filter((x) => x.regel === 'foreldresamtale').length;
    const before = await count();
    const settings = (await t.send(leder, 'GET', '/api/arshjul/settings')).json();
    expect(settings).toMatchObject({ foreldresamtalerPerAr: 2, avtaleEvalueringMaanederFor: 5 });
    expect(
      (await t.send(kp, 'PUT', '/api/arshjul/settings', { ...settings, foreldresamtalerPerAr: 4 }))
        .statusCode,
    ).toBe(403);
    expect(
      (await t.send(leder, 'PUT', '/api/arshjul/settings', { ...settings, foreldresamtalerPerAr: 4 }))
        .statusCode,
    ).toBe(204);
    expect(await count()).toBeGreaterThan(before);
    const stale = await t.send(leder, 'PUT', '/api/arshjul/settings', {
      ...settings,
      foreldresamtalerPerAr: 3,
    });
    expect(stale.statusCode).toBe(409);
  });
});

describe('calendar feed', () => {
  it('gives a personal feed with case references, correct Oslo times, and no names', async () => {
    const created = await t.send(kp, 'POST', '/api/calendar-feed');
    expect(created.statusCode).toBe(201);
    const url = new URL(created.json().url);
    const coming = (await tasks(kp)).find((x) => x.status !== 'fullfort' && x.frist > today);
    const plan = await t.send(kp, 'PUT', `/api/tasks/${coming?.id}/plan`, {
      planlagt: '2026-03-29T10:00',
      version: coming?.version,
    });
    expect(plan.statusCode, plan.body).toBe(204);

    const feed = await t.app.inject({ method: 'GET', url: url.pathname });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toContain('text/calendar');
    const ics = feed.body;
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toMatch(/SUMMARY:[^\n]*B-[0-9A-F]{6}/);
    // 10:00 in Norway on the first day of summer time is 08:00 UTC.
    expect(ics).toContain('DTSTART:20260329T080000Z');
    expect(ics).not.toContain('Testesen');
    expect(ics).not.toContain('Årshjul');

    await t.send(kp, 'DELETE', '/api/calendar-feed');
    expect((await t.app.inject({ method: 'GET', url: url.pathname })).statusCode).toBe(404);
  });
});

describe("the foster home's annual wheel", () => {
  it('holds the tasks of the children placed there', async () => {
    const child = (await t.send(kp, 'GET', `/api/children/${barnId}`)).json();
    const homeId = child.plasseringer[0].fosterhjem.id;
    const res = await t.send(kp, 'GET', `/api/foster-homes/${homeId}/annual-wheel?ar=${today.slice(0, 4)}`);
    expect(res.statusCode).toBe(200);
    const tasks = res.json().maneder.flatMap((m: { oppgaver: Task[] }) => m.oppgaver);
    expect(tasks.length).toBeGreaterThan(0);
    expect(tasks.every((x: Task) => x.barn.id === barnId)).toBe(true);
    expect((await t.send(annen, 'GET', `/api/foster-homes/${homeId}/annual-wheel`)).statusCode).toBe(404);
  });
});

describe('privacy', () => {
  it("another service cannot see the child's annual wheel or its tasks", async () => {
    expect((await t.send(annen, 'GET', `/api/children/${barnId}/annual-wheel`)).statusCode).toBe(404);
    expect(await tasks(annen)).toEqual([]);
  });
});
