import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inSystem } from '@/db/context';
import { auditLog, tjeneste, users } from '@/db/schema';
import { addDays, addMonths } from '@/domain/plasseringsforlop';
import { TRAKT_FASER } from '@/domain/rekrutteringOversikt';
import { osloToday } from '@/modules/core/clock';
import { createRandom } from '@/seed/names';
import { seedRekruttering } from '@/seed/rekruttering';
import { createTestApp, type Session, type TestApp } from '@/test/testApp';

let t: TestApp;
const today = osloToday();
const s: Record<string, Session> = {};

beforeAll(async () => {
  t = await createTestApp();
  // The demo families: 30 owned by Bufetat (25 shared with Bergen and Øygarden), 6 by Bergen (4 shared with Bufetat).
  await inSystem(t.database.db, async (tx) => {
    const ids = new Map((await tx.select().from(tjeneste)).map((x) => [x.kode, x.id]));
    await seedRekruttering(
      tx,
      {
        bufetat: ids.get('bufetat') as string,
        bergen: ids.get('bergen') as string,
        oygarden: ids.get('oygarden') as string,
      },
      createRandom(8),
      today,
    );
  });
  for (const u of [
    'rekrutterer.bufetat',
    'leder.bufetat',
    'rekrutterer.bergen',
    'leder.bergen',
    'leder.oygarden',
    'leder.hv',
    'kontaktperson.bergen',
  ])
    s[u] = await t.login(u);
}, 120_000);
afterAll(() => t?.close());

/** The last audit row the user wrote. */
async function sisteAudit(username: string) {
  const [u] = await t.database.db.select().from(users).where(eq(users.username, username));
  const [row] = await t.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.aktorId, u?.id as string)))
    .orderBy(desc(auditLog.id))
    .limit(1);
  return row;
}

describe('recruitment overview', () => {
  it('shows a Bufetat recruiter the funnel, time in stage and available homes of its own and shared cases', async () => {
    const res = await t.send(s['rekrutterer.bufetat'] as Session, 'GET', '/api/recruitment/overview');
    expect(res.statusCode).toBe(200);
    const o = res.json();
    // The default period: the last twelve months up to today.
    expect(o.periode).toEqual({ fra: addDays(addMonths(today, -12), 1), til: today });
    expect(o.skjult).toBe(false);
    // Every family in the cohort has reached the first stage; the funnel never widens.
    const totalt = o.trakt.totalt.nadd;
    expect(totalt.henvendelse).toBeGreaterThan(15);
    for (const f of TRAKT_FASER) {
      const sum = o.trakt.perKilde.reduce(
        (a: number, r: { nadd: Record<string, number> }) => a + (r.nadd[f] ?? 0),
        0,
      );
      expect(sum).toBe(totalt[f]);
    }
    expect(totalt.informasjonsmote).toBeLessThanOrEqual(totalt.henvendelse);
    expect(o.trakt.totalt.konvertering.informasjonsmote).toBeCloseTo(
      totalt.informasjonsmote / totalt.henvendelse,
    );
    // The three available homes: waited 23, 64 and 142 days; ordinary 23 and 142, emergency 64, reinforced 142.
    expect(o.tilgjengelige.totalt).toEqual({ hjemtype: null, antall: 3, medianDager: 64, lengsteDager: 142 });
    expect(o.tilgjengelige.perType).toEqual([
      { hjemtype: 'ordinaer', antall: 2, medianDager: 82.5, lengsteDager: 142 },
      { hjemtype: 'beredskap', antall: 1, medianDager: 64, lengsteDager: 64 },
      { hjemtype: 'forsterket', antall: 1, medianDager: 142, lengsteDager: 142 },
    ]);
    // Withdrawn 28 days ago in Bergen (shared) and rejected 62 days ago; the one withdrawn 14 months ago is outside.
    expect(o.utfall.trukket).toEqual({ antall: 1, arsaker: { endret_livssituasjon: 1 } });
    expect(o.utfall.avslatt).toEqual({ antall: 1, arsaker: { politiattest: 1 } });
    expect(o.tid.find((x: { fase: string }) => x.fase === 'tilgjengelig').pagaende).toEqual({
      antall: 3,
      medianDager: 64,
    });
    expect(o.etiketter.faser.informasjonsmote).toBe('Informasjonsmøte');
    const audit = await sisteAudit('rekrutterer.bufetat');
    expect(audit?.handling).toBe('rekruttering.overview');
    // 30 own cases and the 4 Bergen has shared: ids and counts only in the audit.
    expect(audit?.detaljer).toMatchObject({ saker: 34, skjult: false });
  });

  it('hides counts under five for a head of a municipal service who sees cases owned by others', async () => {
    const leder = (await t.send(s['leder.bergen'] as Session, 'GET', '/api/recruitment/overview')).json();
    expect(leder.skjult).toBe(true);
    expect(leder.tilgjengelige.totalt).toEqual({
      hjemtype: null,
      antall: null,
      medianDager: null,
      lengsteDager: null,
    });
    expect(leder.tilgjengelige.perType[2].antall).toBeNull();
    expect((await sisteAudit('leder.bergen'))?.detaljer).toMatchObject({ saker: 31, skjult: true });
    // The municipality's recruiter works the cases and sees every count; so does the head at Bufetat.
    const rekrutterer = (
      await t.send(s['rekrutterer.bergen'] as Session, 'GET', '/api/recruitment/overview')
    ).json();
    expect(rekrutterer.skjult).toBe(false);
    expect(rekrutterer.tilgjengelige.totalt.antall).toBe(3);
    const bufetat = (await t.send(s['leder.bufetat'] as Session, 'GET', '/api/recruitment/overview')).json();
    expect(bufetat.skjult).toBe(false);
    const oygarden = (
      await t.send(s['leder.oygarden'] as Session, 'GET', '/api/recruitment/overview')
    ).json();
    expect(oygarden.skjult).toBe(true);
    expect((await sisteAudit('leder.oygarden'))?.detaljer).toMatchObject({ saker: 25 });
  });

  it('shows a service outside the collaboration nothing, and refuses roles without recruitment access', async () => {
    const hv = await t.send(s['leder.hv'] as Session, 'GET', '/api/recruitment/overview');
    expect(hv.statusCode).toBe(200);
    const o = hv.json();
    expect(o.trakt.totalt.nadd.henvendelse).toBe(0);
    expect(o.tilgjengelige.totalt.antall).toBe(0);
    expect(o.skjult).toBe(false);
    expect((await sisteAudit('leder.hv'))?.detaljer).toMatchObject({ saker: 0 });
    const kp = await t.send(s['kontaktperson.bergen'] as Session, 'GET', '/api/recruitment/overview');
    expect(kp.statusCode).toBe(403);
    const csv = await t.send(s['kontaktperson.bergen'] as Session, 'GET', '/api/recruitment/overview/export');
    expect(csv.statusCode).toBe(403);
  });

  it('answers bad periods with 400, never 500', async () => {
    const r = s['leder.bufetat'] as Session;
    expect(
      (await t.send(r, 'GET', '/api/recruitment/overview?fra=2026-05-01&til=2026-01-01')).statusCode,
    ).toBe(400);
    expect((await t.send(r, 'GET', '/api/recruitment/overview?fra=igår')).statusCode).toBe(400);
    expect((await t.send(r, 'GET', '/api/recruitment/overview?navn=x')).statusCode).toBe(400);
    expect((await t.send(r, 'GET', '/api/recruitment/overview/export?tabell=alt')).statusCode).toBe(400);
  });

  it('exports every table as CSV with BOM and semicolons, one table alone, and Excel', async () => {
    const r = s['leder.bufetat'] as Session;
    const periode = `fra=${addMonths(today, -6)}&til=${today}`;
    const alle = await t.send(r, 'GET', `/api/recruitment/overview/export?${periode}`);
    expect(alle.statusCode).toBe(200);
    expect(alle.headers['content-type']).toContain('text/csv');
    expect(alle.headers['content-disposition']).toContain(
      `rekrutteringsoversikt-alle-${addMonths(today, -6)}`,
    );
    expect(alle.rawPayload.subarray(0, 3).toString('hex')).toBe('efbbbf');
    const linjer = alle.body.replace('\uFEFF', '').split('\r\n');
    expect(linjer[0]).toBe(`"Rekrutteringsoversikt for perioden ${addMonths(today, -6)} til ${today}"`);
    for (const tittel of [
      'Tid i hver fase (dager)',
      'Utfall i perioden',
      'Godkjente hjem tilgjengelige i dag',
    ])
      expect(alle.body).toContain(`"${tittel}"`);
    expect(alle.body).toContain('"Alle typer";"3";"64";"142"');
    const trakt = await t.send(r, 'GET', `/api/recruitment/overview/export?${periode}&tabell=trakt`);
    const [header, forste] = trakt.body.replace('\uFEFF', '').split('\r\n');
    expect(header).toBe(
      '"Kilde";"Henvendelse";"Informasjonsmøte";"Opplæring";"Utredning";"Godkjenning";"Tilgjengelig";"Formidlet"',
    );
    const o = (await t.send(r, 'GET', `/api/recruitment/overview?${periode}`)).json();
    expect(forste).toBe(`"Alle kilder";${TRAKT_FASER.map((f) => `"${o.trakt.totalt.nadd[f]}"`).join(';')}`);
    const audit = await sisteAudit('leder.bufetat');
    expect(audit?.handling).toBe('rekruttering.overview');
    const xlsx = await t.send(r, 'GET', `/api/recruitment/overview/export?${periode}&format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const eksport = await sisteAudit('leder.bufetat');
    expect(eksport?.handling).toBe('rekruttering.export');
    expect(eksport?.detaljer).toMatchObject({ tabell: 'alle', format: 'xlsx' });
  });
});
