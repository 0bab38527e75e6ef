import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths } from '@/domain/plasseringsforlop';
import { osloToday } from '@/modules/core/clock';
import { dokumenterNettverkssok } from '@/test/nettverkssok';
import { createTestApp, type Session, type TestApp } from '@/test/testApp';

type Punkt = {
  id: string;
  status: string;
  hendelser: string[];
  maler: { id: string }[];
  sist: { kilde: string; id: string } | null;
};
type Fase = { id: string; status: string; punkter: Punkt[] };
type Course = { fase: { id: string; kilde: string }; faser: Fase[] };

let t: TestApp;
let kp: Session;
let teamleder: Session;
let leder: Session;
let annen: Session;
let barnId: string;
let homeId: string;
const today = osloToday();

const course = async (s: Session, forlop: string, id: string) =>
  (await t.send(s, 'GET', `/api/course/${forlop}/${id}`)).json() as Course;
const naFase = (c: Course) => c.faser.find((f) => f.status === 'na') as Fase;

beforeAll(async () => {
  t = await createTestApp();
  kp = await t.login('kontaktperson.bergen');
  teamleder = await t.login('teamleder.bergen');
  leder = await t.login('leder.bergen');
  annen = await t.login('kontaktperson.hv');
  barnId = (
    await t.send(kp, 'POST', '/api/children', {
      fornavn: 'Manual',
      etternavn: 'Testesen',
      fodselsdato: '2015-05-05',
    })
  ).json().id;
  homeId = (
    await t.send(kp, 'POST', '/api/foster-homes', { navn: 'Familien Lie', godkjentDato: '2024-01-01' })
  ).json().id;
});
afterAll(() => t.close());

describe("the child's course follows the facts", () => {
  it('starts in allocation, moves to move-in with a placement, and shows the manual’s points as a checklist', async () => {
    expect((await course(kp, 'barn', barnId)).fase).toMatchObject({ id: 'tildeling', kilde: 'beregnet' });
    await dokumenterNettverkssok(t, kp, barnId);
    await t.send(kp, 'POST', `/api/children/${barnId}/placements`, {
      fosterhjemId: homeId,
      innflytting: addMonths(today, -2),
      plasseringstype: 'ordinaer',
      hjemmel: 'bvl_5_1',
    });
    const c = await course(kp, 'barn', barnId);
    expect(c.fase.id).toBe('innflytting');
    expect(c.faser.map((f) => f.status)).toEqual([
      'tidligere',
      'tidligere',
      'na',
      'kommende',
      'kommende',
      'kommende',
    ]);
    expect(naFase(c).punkter.length).toBeGreaterThan(3);
    expect(naFase(c).punkter.every((p) => p.status === 'apen')).toBe(true);
  });

  it('a recorded follow-up visit marks the manual’s visit point done, with a link to the event', async () => {
    const visitPoint = (await course(kp, 'barn', barnId)).faser
      .flatMap((f) => f.punkter)
      .find((p) => p.hendelser.includes('oppfolgingsbesok'));
    expect(visitPoint).toBeDefined();
    await t.send(kp, 'POST', `/api/children/${barnId}/events`, {
      type: 'oppfolgingsbesok',
      dato: addMonths(today, -1),
      medvirkning: '1.1',
    });
    const after = (await course(kp, 'barn', barnId)).faser
      .flatMap((f) => f.punkter)
      .find((p) => p.id === visitPoint?.id);
    if (after?.status !== 'kommende')
      expect(after).toMatchObject({ status: 'utfort', sist: { kilde: 'hendelse' } });
  });

  it('a point without template or event is ticked off by hand with a note, and can be taken back', async () => {
    const manualPoint = naFase(await course(kp, 'barn', barnId)).punkter.find(
      (p) => !p.hendelser.length && !p.maler.length,
    );
    expect(manualPoint).toBeDefined();
    const res = await t.send(kp, 'POST', `/api/course/barn/${barnId}/points/${manualPoint?.id}/done`, {
      utfort: today,
      notat: 'Gjort i møte med fosterforeldrene.',
    });
    expect(res.statusCode, res.body).toBe(204);
    const done = naFase(await course(kp, 'barn', barnId)).punkter.find((p) => p.id === manualPoint?.id);
    expect(done).toMatchObject({ status: 'utfort', sist: { kilde: 'manuell' } });
    expect(
      (await t.send(kp, 'DELETE', `/api/course/barn/${barnId}/ticks/${done?.sist?.id}`)).statusCode,
    ).toBe(204);
    expect(
      naFase(await course(kp, 'barn', barnId)).punkter.find((p) => p.id === manualPoint?.id)?.status,
    ).toBe('apen');
  });

  it('the phase can be set by hand where the facts cannot tell, and cleared again', async () => {
    await t.send(kp, 'PUT', `/api/course/barn/${barnId}/phase`, {
      fase: 'oppfolging',
      begrunnelse: 'Barnet bodde her som avlastning før.',
    });
    expect((await course(kp, 'barn', barnId)).fase).toMatchObject({ id: 'oppfolging', kilde: 'manuell' });
    const bad = await t.send(kp, 'PUT', `/api/course/barn/${barnId}/phase`, { fase: 'ukjent' });
    expect(bad.statusCode).toBe(400);
    await t.send(kp, 'PUT', `/api/course/barn/${barnId}/phase`, { fase: null });
    expect((await course(kp, 'barn', barnId)).fase).toMatchObject({ id: 'innflytting', kilde: 'beregnet' });
  });

  it("the foster home's course: approved and now on an assignment", async () => {
    expect((await course(kp, 'fosterhjem', homeId)).fase.id).toBe('oppdrag');
  });

  it('another service cannot see the course', async () => {
    expect((await t.send(annen, 'GET', `/api/course/barn/${barnId}`)).statusCode).toBe(404);
  });
});

describe("the team leader's review", () => {
  it('lists the contact persons with when they were last reviewed and how many points are open', async () => {
    const overview = (await t.send(teamleder, 'GET', '/api/reviews/overview')).json();
    const me = overview.items.find(
      (i: { kontaktperson: { id: string } }) => i.kontaktperson.id === kp.userId,
    );
    expect(me).toMatchObject({ sistGjennomgang: null, forfalt: true });
    expect(me.apnePunkter).toBeGreaterThan(0);
    expect(overview.intervallUker).toBe(6);
    expect((await t.send(kp, 'GET', '/api/reviews/overview')).statusCode).toBe(403);
  });

  it('goes through the open points and records what was agreed, which the contact person then sees', async () => {
    const prep = (await t.send(teamleder, 'GET', `/api/reviews/prepare/${kp.userId}`)).json();
    const child = prep.barn.find((b: { barn: { id: string } }) => b.barn.id === barnId);
    expect(child.apne.length).toBeGreaterThan(0);
    const res = await t.send(teamleder, 'POST', '/api/reviews', {
      kontaktpersonId: kp.userId,
      dato: today,
      oppsummering: 'Gikk gjennom innflyttingsfasen.',
      avtaler: [
        {
          barnId,
          punktId: child.apne[0].id,
          avtale: 'Lage samværsplan sammen med mor.',
          frist: addMonths(today, 1),
        },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const mine = (await t.send(kp, 'GET', '/api/reviews')).json().items;
    expect(mine[0].avtaler[0]).toMatchObject({
      barn: { id: barnId },
      avtale: 'Lage samværsplan sammen med mor.',
    });
    const overview = (await t.send(teamleder, 'GET', '/api/reviews/overview')).json();
    expect(
      overview.items.find((i: { kontaktperson: { id: string } }) => i.kontaktperson.id === kp.userId),
    ).toMatchObject({
      sistGjennomgang: today,
      forfalt: false,
    });
  });

  it('refuses agreements about children the contact person does not follow', async () => {
    const other = (
      await t.send(teamleder, 'POST', '/api/children', {
        fornavn: 'Annen',
        etternavn: 'Sak',
        fodselsdato: '2016-01-01',
      })
    ).json().id;
    const res = await t.send(teamleder, 'POST', '/api/reviews', {
      kontaktpersonId: kp.userId,
      dato: today,
      avtaler: [{ barnId: other, punktId: 'x', avtale: 'Noe' }],
    });
    expect(res.statusCode).toBe(400);
  });
});

describe('local adaptation of the manual', () => {
  it('the head of service rewrites a point in local words, with history, and the base stays', async () => {
    const manual = (await t.send(leder, 'GET', '/api/manual/barn')).json();
    const punkt = manual.faser[2].punkter[0];
    const detail = (await t.send(leder, 'GET', `/api/manual/barn/points/${punkt.id}`)).json();
    const body = {
      hva: {
        nb: 'Hos oss gjør kontaktpersonen første besøk innen én uke etter innflytting.',
        nn: 'Hos oss gjer kontaktpersonen første besøk innan ei veke etter innflytting.',
      },
      version: detail.version,
    };
    expect((await t.send(kp, 'PUT', `/api/manual/barn/points/${punkt.id}/adaptation`, body)).statusCode).toBe(
      403,
    );
    expect(
      (await t.send(leder, 'PUT', `/api/manual/barn/points/${punkt.id}/adaptation`, body)).statusCode,
    ).toBe(204);
    const after = (await t.send(kp, 'GET', '/api/manual/barn')).json().faser[2].punkter[0];
    expect(after).toMatchObject({ tilpasset: true, basisEndret: false, hva: body.hva });
    const history = (await t.send(leder, 'GET', `/api/manual/barn/points/${punkt.id}`)).json();
    expect(history.historikk.length).toBe(1);
    expect(history.base.hva.nb).toBe(punkt.hva.nb);
    expect(
      (await t.send(leder, 'PUT', `/api/manual/barn/points/${punkt.id}/adaptation`, body)).statusCode,
    ).toBe(409);
  });

  it('adds a local point to a phase', async () => {
    const res = await t.send(leder, 'POST', '/api/manual/barn/points', {
      fase: 'innflytting',
      niva: 'tjenesten',
      ansvar: 'teamleder',
      tittel: { nb: 'Lokal rutine', nn: 'Lokal rutine' },
      hva: {
        nb: 'Teamleder ringer fosterforeldrene etter to uker.',
        nn: 'Teamleiar ringjer fosterforeldra etter to veker.',
      },
      hvorfor: { nb: 'De første ukene er sårbare.', nn: 'Dei første vekene er sårbare.' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const fase = (await t.send(kp, 'GET', '/api/manual/barn'))
      .json()
      .faser.find((f: { id: string }) => f.id === 'innflytting');
    expect(fase.punkter.at(-1)).toMatchObject({ lokal: true, tittel: { nb: 'Lokal rutine' } });
  });
});
