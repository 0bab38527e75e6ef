import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '@/db/schema';
import { syntheticFodselsnummer } from '@/domain/fodselsnummer';
import { addDays, addMonths } from '@/domain/plasseringsforlop';
import { osloToday } from '@/modules/core/clock';
import { brevDato } from '@/modules/samvaer/samvaerBrev';
import { dokumenterNettverkssok } from '@/test/nettverkssok';
import { createTestApp, type Session, type TestApp } from '@/test/testApp';

let t: TestApp;
let kp: Session;
let veileder: Session;
let annen: Session;
let barnId: string;
let morId: string;
let farId: string;
const today = osloToday();
const innflytting = addMonths(today, -14);
const FODSELSNUMMER = syntheticFodselsnummer('2013-09-09', () => 0.5, 'kvinne');

async function pdfText(data: Buffer) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(data) }).promise;
  const parts: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    parts.push(content.items.map((it) => ('str' in it ? it.str : '')).join(' '));
  }
  return parts.join('\n').replace(/\s+/g, ' ');
}

const auditCount = async (handling: string, entitetId: string) =>
  (
    await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.handling, handling), eq(auditLog.entitetId, entitetId)))
  ).length;

beforeAll(async () => {
  t = await createTestApp();
  kp = await t.login('kontaktperson.oygarden');
  veileder = await t.login('veileder.oygarden');
  annen = await t.login('kontaktperson.bergen');
  // The review checklist belongs to the P6 contact templates in the treasure map: adopted here.
  const leder = await t.login('leder.oygarden');
  const produkt = (await t.send(leder, 'GET', '/api/catalogue/p6_samvaer_maler')).json();
  if (produkt.adopsjon?.status !== 'adoptert') {
    const adopted = await t.send(leder, 'PUT', '/api/catalogue/p6_samvaer_maler/adoption', {
      status: 'adoptert',
      version: produkt.adopsjon?.version ?? 0,
    });
    expect(adopted.statusCode, adopted.body).toBeLessThan(300);
  }
  const child = await t.send(kp, 'POST', '/api/children', {
    fornavn: 'Tuva',
    etternavn: 'Samversen',
    fodselsnummer: FODSELSNUMMER,
    fodselsdato: '2013-09-09',
  });
  expect(child.statusCode, child.body).toBe(201);
  barnId = child.json().id;
  const home = await t.send(kp, 'POST', '/api/foster-homes', { navn: 'Familien Lid', kommunenummer: '4626' });
  await dokumenterNettverkssok(t, kp, barnId);
  const placed = await t.send(kp, 'POST', `/api/children/${barnId}/placements`, {
    fosterhjemId: home.json().id,
    innflytting,
    plasseringstype: 'ordinaer',
    hjemmel: 'bvl_5_1',
  });
  expect(placed.statusCode, placed.body).toBe(201);
  const mor = await t.send(kp, 'POST', `/api/children/${barnId}/family-members`, {
    relasjon: 'mor',
    fornavn: 'Marit',
    etternavn: 'Samversen',
    foreldreansvar: true,
  });
  morId = mor.json().id;
  const far = await t.send(kp, 'POST', `/api/children/${barnId}/family-members`, {
    relasjon: 'far',
    fornavn: 'Geir',
    etternavn: 'Haugland',
    foreldreansvar: false,
  });
  farId = far.json().id;
});
afterAll(() => t.close());

const plan = (extra: object = {}) => ({
  familiemedlemId: morId,
  fra: addDays(innflytting, 10),
  antall: 1,
  per: 'maned',
  varighetTimer: 2,
  sted: 'Familiehuset i Straume',
  tilsyn: 'beskyttet',
  grunnlag: 'nemnd',
  begrunnelse: 'Fylkesnemnda fastsatte samvær en gang i måneden med beskyttet tilsyn.',
  ...extra,
});

describe('contact plans', () => {
  it('registers a plan and a later change, and shows the history with how the scope changed', async () => {
    const first = await t.send(kp, 'POST', `/api/children/${barnId}/contact-plans`, plan());
    expect(first.statusCode, first.body).toBe(201);
    const change = await t.send(
      kp,
      'POST',
      `/api/children/${barnId}/contact-plans`,
      plan({ fra: addMonths(today, -3), antall: 1, per: 'uke', tilsyn: 'stottet', begrunnelse: null }),
    );
    expect(change.statusCode, change.body).toBe(201);

    const res = await t.send(kp, 'GET', `/api/children/${barnId}/contact-plans`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.forstePlassering).toBe(innflytting);
    const mor = body.personer.find((p: { familiemedlemId: string }) => p.familiemedlemId === morId);
    expect(mor.gjeldende).toMatchObject({ per: 'uke', tilsyn: 'stottet', endring: 'utvidet', til: null });
    expect(mor.historikk.map((p: { endring: string }) => p.endring)).toEqual(['utvidet', 'forste']);
    expect(mor.historikk[1].til).toBe(addDays(addMonths(today, -3), -1));
    expect(mor.historikk[0].timerPerAr).toBe(104);
    const far = body.personer.find((p: { familiemedlemId: string }) => p.familiemedlemId === farId);
    expect(far.gjeldende).toBeNull();
    expect(await auditCount('samvaersplan.create', first.json().id)).toBe(1);
    expect(await auditCount('samvaer.read', barnId)).toBeGreaterThan(0);
  });

  it('answers bad input field by field, in the user language', async () => {
    const res = await t.send(kp, 'POST', `/api/children/${barnId}/contact-plans`, {
      ...plan({ familiemedlemId: farId }),
      antall: 0,
      varighetTimer: 80,
    });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['antall', 'varighetTimer']);

    const early = await t.send(
      kp,
      'POST',
      `/api/children/${barnId}/contact-plans`,
      plan({ familiemedlemId: farId, fra: addDays(innflytting, -1) }),
    );
    expect(early.json().errors).toEqual([
      expect.objectContaining({ field: 'fra', code: 'samvaer_for_plassering' }),
    ]);
    const tooMany = await t.send(
      kp,
      'POST',
      `/api/children/${barnId}/contact-plans`,
      plan({ familiemedlemId: farId, antall: 8, per: 'uke' }),
    );
    expect(tooMany.json().errors[0]).toMatchObject({ field: 'antall', code: 'samvaer_antall' });

    // A reduction without reasons.
    const less = await t.send(
      kp,
      'POST',
      `/api/children/${barnId}/contact-plans`,
      plan({ fra: addMonths(today, -1), antall: 1, per: 'maned', tilsyn: 'stottet', begrunnelse: '' }),
    );
    expect(less.statusCode).toBe(400);
    expect(less.json().errors[0]).toMatchObject({ field: 'begrunnelse', code: 'samvaer_begrunnelse' });
    expect(less.json().errors[0].message).toBe(
      'Skriv begrunnelsen: mindre samvær og beskyttet tilsyn må begrunnes.',
    );

    const other = await t.send(kp, 'POST', `/api/children/${barnId}/contact-plans`, {
      ...plan(),
      familiemedlemId: '00000000-0000-4000-8000-000000000000',
    });
    expect(other.json().errors[0]).toMatchObject({ field: 'familiemedlemId', code: 'unknown_reference' });
  });

  it('is invisible to another service, and an unassigned worker needs a purpose and may not change it', async () => {
    expect((await t.send(annen, 'GET', `/api/children/${barnId}/contact-plans`)).statusCode).toBe(404);
    expect((await t.send(annen, 'GET', `/api/children/${barnId}/contact-sessions`)).statusCode).toBe(404);
    expect(
      (await t.send(annen, 'POST', `/api/children/${barnId}/contact-plans`, plan({ fra: today }))).statusCode,
    ).toBe(404);
    expect(
      (await t.send(annen, 'GET', `/api/children/${barnId}/contact-letter.pdf?familiemedlemId=${morId}`))
        .statusCode,
    ).toBe(404);
    const refused = await t.send(veileder, 'GET', `/api/children/${barnId}/contact-plans`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('purpose_required');
    await t.send(veileder, 'POST', `/api/children/${barnId}/access`, {
      formal: 'Forberede samtale om samvær med fosterforeldrene',
    });
    expect((await t.send(veileder, 'GET', `/api/children/${barnId}/contact-plans`)).statusCode).toBe(200);
    const write = await t.send(veileder, 'POST', `/api/children/${barnId}/contact-sessions`, {
      familiemedlemId: morId,
      dato: today,
    });
    expect(write.statusCode).toBe(403);
    expect(write.json().code).toBe('forbidden');
  });
});

describe('in nynorsk', () => {
  it('a worker who writes nynorsk gets the field messages in nynorsk', async () => {
    const hv = await t.login('kontaktperson.hv');
    const child = await t.send(hv, 'POST', '/api/children', {
      fornavn: 'Brage',
      etternavn: 'Vossestrand',
      fodselsdato: '2015-03-03',
    });
    const id = child.json().id;
    const home = await t.send(hv, 'POST', '/api/foster-homes', { navn: 'Familien Dyrvedal' });
    await dokumenterNettverkssok(t, hv, id);
    await t.send(hv, 'POST', `/api/children/${id}/placements`, {
      fosterhjemId: home.json().id,
      innflytting,
      plasseringstype: 'ordinaer',
      hjemmel: 'bvl_5_1',
    });
    const far = await t.send(hv, 'POST', `/api/children/${id}/family-members`, {
      relasjon: 'far',
      fornavn: 'Sjur',
      etternavn: 'Vossestrand',
      foreldreansvar: true,
    });
    const res = await t.send(
      hv,
      'POST',
      `/api/children/${id}/contact-plans`,
      plan({ familiemedlemId: far.json().id, fra: addDays(innflytting, -3), begrunnelse: null }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { message: string }) => e.message)).toEqual([
      'Datoen kan ikkje vere før barnet vart plassert første gong.',
      'Skriv grunngivinga: mindre samvær og beskytta tilsyn må grunngivast.',
    ]);
  });
});

describe('contact sessions', () => {
  let pastId: string;

  it('generates the next sessions from the plan in force, without doubles', async () => {
    const res = await t.send(kp, 'POST', `/api/children/${barnId}/contact-sessions/generate`, {
      familiemedlemId: morId,
      antall: 4,
      enhet: 'uke',
    });
    expect(res.statusCode, res.body).toBe(201);
    const { opprettet, datoer } = res.json();
    expect(opprettet).toBe(4);
    expect(datoer.every((d: string) => d >= today && d < addDays(today, 28))).toBe(true);
    const again = await t.send(kp, 'POST', `/api/children/${barnId}/contact-sessions/generate`, {
      familiemedlemId: morId,
      antall: 4,
      enhet: 'uke',
    });
    expect(again.json().opprettet).toBe(0);

    const noPlan = await t.send(kp, 'POST', `/api/children/${barnId}/contact-sessions/generate`, {
      familiemedlemId: farId,
      antall: 2,
      enhet: 'maned',
    });
    expect(noPlan.json().errors[0]).toMatchObject({ field: 'familiemedlemId', code: 'samvaer_ingen_plan' });
    const tooFar = await t.send(kp, 'POST', `/api/children/${barnId}/contact-sessions/generate`, {
      familiemedlemId: morId,
      antall: 13,
      enhet: 'maned',
    });
    expect(tooFar.json().errors[0]).toMatchObject({ field: 'antall', code: 'samvaer_horisont' });
  });

  it('adds one by hand, marks it held, records the report and starts the review', async () => {
    const dato = addDays(today, -5);
    const created = await t.send(kp, 'POST', `/api/children/${barnId}/contact-sessions`, {
      familiemedlemId: morId,
      dato,
    });
    expect(created.statusCode, created.body).toBe(201);
    pastId = created.json().id;
    const dup = await t.send(kp, 'POST', `/api/children/${barnId}/contact-sessions`, {
      familiemedlemId: morId,
      dato,
    });
    expect(dup.json().errors[0]).toMatchObject({ field: 'dato', code: 'samvaer_finnes' });

    let list = (await t.send(kp, 'GET', `/api/children/${barnId}/contact-sessions`)).json();
    expect(list.apne.ikkeRegistrert).toBe(1);

    const held = await t.send(kp, 'PUT', `/api/contact-sessions/${pastId}`, {
      dato,
      status: 'gjennomfort',
      version: 1,
    });
    expect(held.statusCode, held.body).toBe(204);
    list = (await t.send(kp, 'GET', `/api/children/${barnId}/contact-sessions`)).json();
    const session = list.items.find((s: { id: string }) => s.id === pastId);
    expect(session).toMatchObject({
      status: 'gjennomfort',
      rapportStatus: 'venter',
      tilsyn: 'stottet',
      sted: 'Familiehuset i Straume',
      varighetTimer: 2,
    });
    expect(list.apne).toMatchObject({ venterRapport: 1, ikkeRegistrert: 0 });

    const early = await t.send(kp, 'PUT', `/api/contact-sessions/${pastId}`, {
      dato,
      status: 'gjennomfort',
      rapportMottatt: addDays(dato, -1),
      version: 2,
    });
    expect(early.json().errors[0]).toMatchObject({
      field: 'rapportMottatt',
      code: 'samvaer_rapport_for_samvaer',
    });
    const report = await t.send(kp, 'PUT', `/api/contact-sessions/${pastId}`, {
      dato,
      status: 'gjennomfort',
      rapportMottatt: addDays(dato, 2),
      version: 2,
    });
    expect(report.statusCode).toBe(204);
    list = (await t.send(kp, 'GET', `/api/children/${barnId}/contact-sessions`)).json();
    expect(list.apne).toMatchObject({ ikkeGjennomgatt: 1, venterRapport: 0 });

    const stale = await t.send(kp, 'POST', `/api/contact-sessions/${pastId}/review`, { version: 2 });
    expect(stale.statusCode).toBe(409);
    const review = await t.send(kp, 'POST', `/api/contact-sessions/${pastId}/review`, { version: 3 });
    expect(review.statusCode, review.body).toBe(201);
    const doc = (await t.send(kp, 'GET', `/api/documents/${review.json().dokumentId}`)).json();
    expect(doc.malId).toBe('gjennomgang_samvaersrapport');
    expect(doc.barnId).toBe(barnId);
    expect(doc.innhold).toMatchObject({ samvaersdato: dato, mottatt: addDays(dato, 2) });
    list = (await t.send(kp, 'GET', `/api/children/${barnId}/contact-sessions`)).json();
    expect(list.items.find((s: { id: string }) => s.id === pastId)).toMatchObject({
      rapportStatus: 'gjennomgatt',
      gjennomgang: { id: review.json().dokumentId, status: 'utkast' },
    });
    expect(list.apne.ikkeGjennomgatt).toBe(0);
    const twice = await t.send(kp, 'POST', `/api/contact-sessions/${pastId}/review`, { version: 4 });
    expect(twice.json().errors[0].code).toBe('samvaer_allerede_gjennomgatt');
    expect(await auditCount('samvaer.update', pastId)).toBe(3);
  });

  it('a cancelled session names why, and a stale version is refused', async () => {
    const dato = addDays(today, -12);
    const id = (
      await t.send(kp, 'POST', `/api/children/${barnId}/contact-sessions`, { familiemedlemId: morId, dato })
    ).json().id;
    const noReason = await t.send(kp, 'PUT', `/api/contact-sessions/${id}`, {
      dato,
      status: 'avlyst',
      version: 1,
    });
    expect(noReason.json().errors[0]).toMatchObject({ field: 'avlystArsak', code: 'samvaer_arsak' });
    const ok = await t.send(kp, 'PUT', `/api/contact-sessions/${id}`, {
      dato,
      status: 'avlyst',
      avlystArsak: 'forelder_mott_ikke',
      notat: 'Mor ringte ikke og kom ikke.',
      version: 1,
    });
    expect(ok.statusCode).toBe(204);
    const again = await t.send(kp, 'PUT', `/api/contact-sessions/${id}`, {
      dato,
      status: 'gjennomfort',
      version: 1,
    });
    expect(again.statusCode).toBe(409);
    const list = (await t.send(kp, 'GET', `/api/children/${barnId}/contact-sessions`)).json();
    expect(list.items.find((s: { id: string }) => s.id === id)).toMatchObject({
      status: 'avlyst',
      avlystArsak: 'forelder_mott_ikke',
      avlystAv: 'forelder',
    });
    const future = await t.send(kp, 'PUT', `/api/contact-sessions/${id}`, {
      dato: addDays(today, 3),
      status: 'gjennomfort',
      version: 2,
    });
    expect(future.json().errors[0]).toMatchObject({ field: 'status', code: 'samvaer_ikke_holdt_enna' });
    expect(
      (await t.send(annen, 'PUT', `/api/contact-sessions/${id}`, { dato, status: 'planlagt', version: 2 }))
        .statusCode,
    ).toBe(404);
  });
});

describe('the letter "Når ser jeg mamma neste gang?"', () => {
  it('lists the next planned dates with the first name only, in bokmål and nynorsk', async () => {
    const list = (await t.send(kp, 'GET', `/api/children/${barnId}/contact-sessions`)).json();
    const coming = list.items
      .filter(
        (s: { status: string; dato: string; familiemedlemId: string }) =>
          s.status === 'planlagt' && s.dato >= today && s.familiemedlemId === morId,
      )
      .map((s: { dato: string }) => s.dato);
    expect(coming.length).toBeGreaterThan(0);

    const res = await t.send(
      kp,
      'GET',
      `/api/children/${barnId}/contact-letter.pdf?familiemedlemId=${morId}&lang=nb`,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(res.rawPayload);
    expect(text).toContain('Når ser jeg mamma neste gang?');
    expect(text).toContain('Hei, Tuva!');
    for (const d of coming.slice(0, 6)) expect(text).toContain(brevDato(d, 'nb'));
    expect(text).toContain('Familiehuset i Straume');
    expect(text).not.toContain('Samversen');
    expect(text).not.toMatch(/\d{11}/);
    expect(text).not.toContain(FODSELSNUMMER);

    const nn = await t.send(
      kp,
      'GET',
      `/api/children/${barnId}/contact-letter.pdf?familiemedlemId=${morId}&lang=nn`,
    );
    const nnText = await pdfText(nn.rawPayload);
    expect(nnText).toContain('Når ser eg mamma neste gong?');
    expect(nnText).toContain(brevDato(coming[0], 'nn'));
    expect(nnText).toContain('Kvar: Familiehuset i Straume');

    const none = await t.send(
      kp,
      'GET',
      `/api/children/${barnId}/contact-letter.pdf?familiemedlemId=${farId}`,
    );
    const noneText = await pdfText(none.rawPayload);
    expect(noneText).toContain('Når ser jeg pappa neste gang?');
    expect(noneText).toContain('ikke bestemt ennå');
    expect(noneText).not.toContain('Haugland');
    expect(await auditCount('samvaer.letter', barnId)).toBe(3);

    const bad = await t.send(kp, 'GET', `/api/children/${barnId}/contact-letter.pdf?familiemedlemId=nei`);
    expect(bad.statusCode).toBe(400);
  });
});

describe('the time of day of a session', () => {
  it('is optional, read back as HH:MM, and an end before the start is refused at the field', async () => {
    const dato = addDays(today, 9);
    const created = await t.send(kp, 'POST', `/api/children/${barnId}/contact-sessions`, {
      familiemedlemId: farId,
      dato,
      fraKl: '14:00',
      tilKl: '16:30',
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    const find = async () =>
      (await t.send(kp, 'GET', `/api/children/${barnId}/contact-sessions`))
        .json()
        .items.find((s: { id: string }) => s.id === id);
    expect(await find()).toMatchObject({ dato, fraKl: '14:00', tilKl: '16:30' });
    const timed = await pdfText(
      (await t.send(kp, 'GET', `/api/children/${barnId}/contact-letter.pdf?familiemedlemId=${farId}&lang=nn`))
        .rawPayload,
    );
    expect(timed).toContain('Frå klokka 14:00 til 16:30');

    const backwards = await t.send(kp, 'POST', `/api/children/${barnId}/contact-sessions`, {
      familiemedlemId: farId,
      dato: addDays(dato, 1),
      fraKl: '16:00',
      tilKl: '14:00',
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors).toEqual([
      {
        field: 'tilKl',
        code: 'samvaer_klokkeslett_rekkefolge',
        message: 'Samværet må slutte etter at det starter.',
      },
    ]);
    const endOnly = await t.send(kp, 'POST', `/api/children/${barnId}/contact-sessions`, {
      familiemedlemId: farId,
      dato: addDays(dato, 1),
      tilKl: '14:00',
    });
    expect(endOnly.json().errors).toEqual([
      expect.objectContaining({ field: 'tilKl', code: 'samvaer_til_uten_fra' }),
    ]);
    const badFormat = await t.send(kp, 'POST', `/api/children/${barnId}/contact-sessions`, {
      familiemedlemId: farId,
      dato: addDays(dato, 1),
      fraKl: '25:00',
    });
    expect(badFormat.statusCode).toBe(400);
    expect(badFormat.json().errors[0]).toMatchObject({ field: 'fraKl' });
    // None of the refused ones was saved.
    const list = (await t.send(kp, 'GET', `/api/children/${barnId}/contact-sessions`)).json();
    expect(list.items.filter((s: { dato: string }) => s.dato === addDays(dato, 1))).toEqual([]);

    // An update checks the order too, and leaves the session as it was.
    const wrong = await t.send(kp, 'PUT', `/api/contact-sessions/${id}`, {
      dato,
      status: 'planlagt',
      fraKl: '15:00',
      tilKl: '15:00',
      version: 1,
    });
    expect(wrong.json().errors).toEqual([
      expect.objectContaining({ field: 'tilKl', code: 'samvaer_klokkeslett_rekkefolge' }),
    ]);
    expect(await find()).toMatchObject({ fraKl: '14:00', tilKl: '16:30', version: 1 });
    const moved = await t.send(kp, 'PUT', `/api/contact-sessions/${id}`, {
      dato,
      status: 'planlagt',
      fraKl: '10:15',
      tilKl: null,
      version: 1,
    });
    expect(moved.statusCode, moved.body).toBe(204);
    expect(await find()).toMatchObject({ fraKl: '10:15', tilKl: null, version: 2 });

    // The child's letter says when; a session without times says only the day.
    const letter = await pdfText(
      (await t.send(kp, 'GET', `/api/children/${barnId}/contact-letter.pdf?familiemedlemId=${farId}&lang=nb`))
        .rawPayload,
    );
    expect(letter).toContain(brevDato(dato, 'nb'));
    expect(letter).toContain('Klokka 10:15');

    const cleared = await t.send(kp, 'PUT', `/api/contact-sessions/${id}`, {
      dato,
      status: 'planlagt',
      version: 2,
    });
    expect(cleared.statusCode).toBe(204);
    expect(await find()).toMatchObject({ fraKl: null, tilKl: null });
    const untimed = await pdfText(
      (await t.send(kp, 'GET', `/api/children/${barnId}/contact-letter.pdf?familiemedlemId=${farId}&lang=nn`))
        .rawPayload,
    );
    expect(untimed).toContain(brevDato(dato, 'nn'));
    expect(untimed).not.toContain('lokka');
  });
});
