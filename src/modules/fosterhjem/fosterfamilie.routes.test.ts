import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inSystem } from '@/db/context';
import { auditLog } from '@/db/schema';
import { addMonths } from '@/domain/plasseringsforlop';
import { osloToday } from '@/modules/core/clock';
import { dokumenterNettverkssok } from '@/test/nettverkssok';
import { createTestApp, type Session, type TestApp } from '@/test/testApp';

let t: TestApp;
let kp: Session;
let veileder: Session;
let annen: Session;
let home: string;
let ingrid: string;
let ola: string;
let child: string;
const today = osloToday();

const auditRows = (handling: string) =>
  inSystem(t.database.db, (tx) =>
    tx
      .select({ entitet_id: auditLog.entitetId, detaljer: auditLog.detaljer })
      .from(auditLog)
      .where(eq(auditLog.handling, handling))
      .orderBy(asc(auditLog.id)),
  );

beforeAll(async () => {
  t = await createTestApp();
  kp = await t.login('kontaktperson.bergen');
  veileder = await t.login('veileder.bergen');
  annen = await t.login('kontaktperson.oygarden');
  const res = await t.send(kp, 'POST', '/api/foster-homes', {
    navn: 'Familien Haugland',
    medlemmer: [
      { rolle: 'fosterforelder', fornavn: 'Ingrid', etternavn: 'Haugland' },
      { rolle: 'fosterforelder', fornavn: 'Ola', etternavn: 'Haugland' },
    ],
  });
  expect(res.statusCode, res.body).toBe(201);
  home = res.json().id;
  const view = (await t.send(kp, 'GET', `/api/foster-homes/${home}`)).json();
  ingrid = view.medlemmer.find((m: { fornavn: string }) => m.fornavn === 'Ingrid').id;
  ola = view.medlemmer.find((m: { fornavn: string }) => m.fornavn === 'Ola').id;
  child = (
    await t.send(kp, 'POST', '/api/children', {
      fornavn: 'Tiril',
      etternavn: 'Test',
      fodselsdato: '2014-05-05',
    })
  ).json().id;
  const placed = await t.send(kp, 'POST', `/api/children/${child}/placements`, {
    fosterhjemId: home,
    innflytting: addMonths(today, -8),
    plasseringstype: 'slekt_nettverk',
    hjemmel: 'bvl_5_1',
  });
  expect(placed.statusCode, placed.body).toBe(201);
});
afterAll(() => t.close());

describe('courses offered to the foster parents', () => {
  it('reminds when a home placed more than six months ago has parents without the recommended offers', async () => {
    const res = await t.send(kp, 'GET', `/api/foster-homes/${home}/courses`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ items: [], paminnelseMaaneder: 6 });
    expect(res.json().ikkeTilbudt).toEqual(
      expect.arrayContaining([
        { medlemId: ingrid, kurs: ['trygg_base', 'tbo_f', 'efst'] },
        { medlemId: ola, kurs: ['trygg_base', 'tbo_f', 'efst'] },
      ]),
    );
    const list = (await t.send(kp, 'GET', '/api/foster-homes')).json().items;
    expect(list.find((h: { id: string }) => h.id === home).kursIkkeTilbudt).toBe(true);
  });

  it('offers a course, records it taken, and the reminder goes when every parent has the three offers', async () => {
    for (const medlemId of [ingrid, ola]) {
      for (const kurs of ['trygg_base', 'tbo_f', 'efst']) {
        const res = await t.send(kp, 'POST', `/api/foster-homes/${home}/courses`, {
          medlemId,
          kurs,
          tilbudt: addMonths(today, -2),
          takketNei: medlemId === ola && kurs === 'efst',
        });
        expect(res.statusCode, res.body).toBe(201);
      }
    }
    const body = (await t.send(kp, 'GET', `/api/foster-homes/${home}/courses`)).json();
    expect(body.items).toHaveLength(6);
    expect(body.ikkeTilbudt).toEqual([]);
    const list = (await t.send(kp, 'GET', '/api/foster-homes')).json().items;
    expect(list.find((h: { id: string }) => h.id === home).kursIkkeTilbudt).toBe(false);

    const tbo = body.items.find(
      (k: { medlemId: string; kurs: string }) => k.medlemId === ingrid && k.kurs === 'tbo_f',
    );
    const taken = { tilbudt: tbo.tilbudt, gjennomfort: today, takketNei: false, notat: 'Gruppe i Bergen' };
    const ok = await t.send(kp, 'PUT', `/api/foster-homes/${home}/courses/${tbo.id}`, {
      ...taken,
      version: 1,
    });
    expect(ok.statusCode, ok.body).toBe(204);
    // A second save on the same old version is refused.
    const stale = await t.send(kp, 'PUT', `/api/foster-homes/${home}/courses/${tbo.id}`, {
      ...taken,
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    const after = (await t.send(kp, 'GET', `/api/foster-homes/${home}/courses`)).json();
    expect(after.items.find((k: { id: string }) => k.id === tbo.id)).toMatchObject({
      gjennomfort: today,
      version: 2,
      notat: 'Gruppe i Bergen',
    });

    const offers = await auditRows('kurs.offer');
    expect(offers).toHaveLength(6);
    expect(offers[0]?.detaljer).toEqual({ fosterhjemId: home, kurs: 'trygg_base' });
    const updates = await auditRows('kurs.update');
    expect(updates.map((a) => a.entitet_id)).toEqual([tbo.id]);
    expect(JSON.stringify(updates)).not.toContain('Gruppe i Bergen');
  });

  it('gives field errors for a second offer, a wrong person, and impossible answers', async () => {
    const again = await t.send(kp, 'POST', `/api/foster-homes/${home}/courses`, {
      medlemId: ingrid,
      kurs: 'efst',
      tilbudt: today,
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().errors[0]).toMatchObject({ field: 'kurs', code: 'kurs_duplicate' });

    const stranger = await t.send(kp, 'POST', `/api/foster-homes/${home}/courses`, {
      medlemId: child,
      kurs: 'annet',
      tilbudt: today,
    });
    expect(stranger.json().errors[0]).toMatchObject({ field: 'medlemId', code: 'unknown_reference' });

    const before = await t.send(kp, 'POST', `/api/foster-homes/${home}/courses`, {
      medlemId: ingrid,
      kurs: 'grunnopplaering',
      tilbudt: today,
      gjennomfort: addMonths(today, -1),
    });
    expect(before.json().errors[0]).toMatchObject({ field: 'gjennomfort', code: 'date_order' });

    const both = await t.send(kp, 'POST', `/api/foster-homes/${home}/courses`, {
      medlemId: ingrid,
      kurs: 'grunnopplaering',
      tilbudt: addMonths(today, -1),
      gjennomfort: today,
      takketNei: true,
    });
    expect(both.json().errors[0]).toMatchObject({ field: 'takketNei', code: 'kurs_taken_declined' });

    const bad = await t.app.inject({
      method: 'POST',
      url: `/api/foster-homes/${home}/courses`,
      headers: { ...kp.headers, 'accept-language': 'nn' },
      payload: { medlemId: ingrid, kurs: 'yoga', tilbudt: '2026-13-01' },
    });
    expect(bad.statusCode).toBe(400);
    const fields = bad.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['kurs', 'tilbudt']));
    expect(bad.json().errors.every((e: { message: string }) => e.message.length > 0)).toBe(true);
  });

  it('is refused to another service and to an unassigned worker', async () => {
    const offer = { medlemId: ingrid, kurs: 'annet', tilbudt: today };
    expect((await t.send(annen, 'GET', `/api/foster-homes/${home}/courses`)).statusCode).toBe(404);
    expect((await t.send(annen, 'POST', `/api/foster-homes/${home}/courses`, offer)).statusCode).toBe(404);
    const unassigned = await t.send(veileder, 'GET', `/api/foster-homes/${home}/courses`);
    expect(unassigned.statusCode).toBe(403);
    expect(unassigned.json().code).toBe('purpose_required');
    expect((await t.send(veileder, 'POST', `/api/foster-homes/${home}/courses`, offer)).statusCode).toBe(403);
  });
});

describe('guidance sessions', () => {
  let sessionId: string;

  it('registers guidance by a supervisor in the service or by an outside name', async () => {
    const inside = await t.send(kp, 'POST', `/api/foster-homes/${home}/guidance`, {
      dato: today,
      veilederId: veileder.userId,
      tema: 'Lojalitet i slekta',
      notat: 'Snakket om besøk fra mormor',
    });
    expect(inside.statusCode, inside.body).toBe(201);
    sessionId = inside.json().id;
    const outside = await t.send(kp, 'POST', `/api/foster-homes/${home}/guidance`, {
      dato: addMonths(today, -1),
      veilederNavn: 'Kari Veileder (Bufetat)',
      tema: 'TBO-F',
    });
    expect(outside.statusCode, outside.body).toBe(201);

    const list = (await t.send(kp, 'GET', `/api/foster-homes/${home}/guidance`)).json();
    expect(list.items.map((v: { tema: string }) => v.tema)).toEqual(['Lojalitet i slekta', 'TBO-F']);
    expect(list.items[1].veileder).toEqual({ id: null, navn: 'Kari Veileder (Bufetat)' });
    expect(list.veiledere.map((v: { id: string }) => v.id)).toContain(veileder.userId);
    const audit = await auditRows('veiledning.create');
    expect(audit.map((a) => a.entitet_id)).toContain(sessionId);
    expect(JSON.stringify(audit)).not.toContain('mormor');
  });

  it('edits with a version check', async () => {
    const body = { dato: today, veilederNavn: 'Ekstern', tema: 'Samvær', version: 1 };
    const ok = await t.send(kp, 'PUT', `/api/foster-homes/${home}/guidance/${sessionId}`, body);
    expect(ok.statusCode, ok.body).toBe(204);
    expect(
      (await t.send(kp, 'PUT', `/api/foster-homes/${home}/guidance/${sessionId}`, body)).statusCode,
    ).toBe(409);
    expect((await auditRows('veiledning.update')).map((a) => a.entitet_id)).toEqual([sessionId]);
  });

  it('needs a supervisor, a real one, a theme, and no future date', async () => {
    const none = await t.send(kp, 'POST', `/api/foster-homes/${home}/guidance`, { dato: today, tema: 'X' });
    expect(none.json().errors[0]).toMatchObject({ field: 'veilederNavn', code: 'required' });
    const notSupervisor = await t.send(kp, 'POST', `/api/foster-homes/${home}/guidance`, {
      dato: today,
      veilederId: kp.userId,
      tema: 'X',
    });
    expect(notSupervisor.json().errors[0]).toMatchObject({ field: 'veilederId', code: 'unknown_reference' });
    const future = await t.send(kp, 'POST', `/api/foster-homes/${home}/guidance`, {
      dato: addMonths(today, 1),
      veilederNavn: 'Ekstern',
      tema: 'X',
    });
    expect(future.json().errors[0]).toMatchObject({ field: 'dato', code: 'date_future' });
    const noTheme = await t.send(kp, 'POST', `/api/foster-homes/${home}/guidance`, {
      dato: today,
      veilederNavn: 'Ekstern',
      tema: ' ',
    });
    expect(noTheme.json().errors[0].field).toBe('tema');
  });

  it('is refused to another service and to an unassigned worker', async () => {
    const body = { dato: today, veilederNavn: 'X', tema: 'X' };
    expect((await t.send(annen, 'GET', `/api/foster-homes/${home}/guidance`)).statusCode).toBe(404);
    expect((await t.send(annen, 'POST', `/api/foster-homes/${home}/guidance`, body)).statusCode).toBe(404);
    expect((await t.send(veileder, 'GET', `/api/foster-homes/${home}/guidance`)).statusCode).toBe(403);
    expect(
      (
        await t.send(veileder, 'PUT', `/api/foster-homes/${home}/guidance/${sessionId}`, {
          ...body,
          version: 2,
        })
      ).statusCode,
    ).toBe(403);
  });
});

describe("the family's own children and the kinship track", () => {
  it('shows the kinship track for a kinship placement, and no conversation task without own children', async () => {
    const res = await t.send(kp, 'GET', `/api/foster-homes/${home}/family-follow-up`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.egneBarn).toEqual([]);
    expect(body.samtale).toEqual({ sist: null, nesteFrist: null });
    expect(body.slektNettverk.tittel.nn).toBe('Slekt og nettverk');
    expect(body.slektNettverk.punkter.map((p: { id: string }) => p.id)).toContain('lojalitet_konflikter');
    // The annual evaluation is due a year after the move-in.
    expect(body.evaluering.nesteFrist).toBe(addMonths(addMonths(today, -8), 12));
  });

  it('an own child gives the yearly conversation, completed by recording it', async () => {
    const added = await t.send(kp, 'POST', `/api/foster-homes/${home}/members`, {
      rolle: 'eget_barn',
      fornavn: 'Mons',
      etternavn: 'Haugland',
      fodselsdato: addMonths(today, -12 * 9),
    });
    expect(added.statusCode).toBe(201);
    let body = (await t.send(kp, 'GET', `/api/foster-homes/${home}/family-follow-up`)).json();
    expect(body.egneBarn).toEqual([expect.objectContaining({ fornavn: 'Mons', alder: 9 })]);
    const due = addMonths(addMonths(today, -8), 12);
    expect(body.samtale).toEqual({ sist: null, nesteFrist: due });

    const rec = await t.send(kp, 'POST', `/api/children/${child}/events`, {
      type: 'samtale_ovrige_barn',
      dato: today,
    });
    expect(rec.statusCode, rec.body).toBe(201);
    body = (await t.send(kp, 'GET', `/api/foster-homes/${home}/family-follow-up`)).json();
    expect(body.samtale.sist).toBe(today);
    expect(body.samtale.nesteFrist).toBe(addMonths(due, 12));
  });

  it('is refused to another service and to an unassigned worker', async () => {
    expect((await t.send(annen, 'GET', `/api/foster-homes/${home}/family-follow-up`)).statusCode).toBe(404);
    expect((await t.send(veileder, 'GET', `/api/foster-homes/${home}/family-follow-up`)).statusCode).toBe(
      403,
    );
  });
});

describe('the reminder is local practice', () => {
  it('follows the service setting, and a client that does not send it keeps it', async () => {
    const leder = await t.login('leder.bergen');
    const other = (
      await t.send(kp, 'POST', '/api/foster-homes', {
        navn: 'Familien Vik',
        medlemmer: [{ rolle: 'fosterforelder', fornavn: 'Per', etternavn: 'Vik' }],
      })
    ).json().id;
    const barnId = (
      await t.send(kp, 'POST', '/api/children', {
        fornavn: 'Emil',
        etternavn: 'Test',
        fodselsdato: '2015-01-01',
      })
    ).json().id;
    await dokumenterNettverkssok(t, kp, barnId);
    await t.send(kp, 'POST', `/api/children/${barnId}/placements`, {
      fosterhjemId: other,
      innflytting: addMonths(today, -8),
      plasseringstype: 'ordinaer',
      hjemmel: 'bvl_5_1',
    });
    expect((await t.send(kp, 'GET', `/api/foster-homes/${other}/courses`)).json().ikkeTilbudt).toHaveLength(
      1,
    );

    const { version, ...settings } = (await t.send(leder, 'GET', '/api/arshjul/settings')).json();
    expect(settings).toMatchObject({ kursPaminnelseMaaneder: 6, arligEvalueringMaaneder: 12 });
    const saved = await t.send(leder, 'PUT', '/api/arshjul/settings', {
      ...settings,
      kursPaminnelseMaaneder: 12,
      version,
    });
    expect(saved.statusCode, saved.body).toBe(204);
    let courses = (await t.send(kp, 'GET', `/api/foster-homes/${other}/courses`)).json();
    expect(courses).toMatchObject({ paminnelseMaaneder: 12, ikkeTilbudt: [] });

    const { kursPaminnelseMaaneder: _, ...older } = settings;
    expect(
      (await t.send(leder, 'PUT', '/api/arshjul/settings', { ...older, version: version + 1 })).statusCode,
    ).toBe(204);
    courses = (await t.send(kp, 'GET', `/api/foster-homes/${other}/courses`)).json();
    expect(courses.paminnelseMaaneder).toBe(12);
  });
});
