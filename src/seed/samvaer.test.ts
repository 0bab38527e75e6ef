import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { samvaer, samvaersplan } from '@/db/schema';
import { planHistorikk, validerOkt } from '@/domain/samvaer';
import { osloToday } from '@/modules/core/clock';
import { seedDemo } from '@/seed/demo';
import { openTestDatabase } from '@/test/testApp';

let database: Database;
let planer: (typeof samvaersplan.$inferSelect)[];
let okter: (typeof samvaer.$inferSelect)[];
const today = osloToday();

beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemo(database.db);
  planer = await database.db.select().from(samvaersplan);
  okter = await database.db.select().from(samvaer);
}, 240_000);
afterAll(() => database?.close());

describe('demo contact', () => {
  it('gives several children plans whose extent changes over time, in every service', () => {
    const tjenester = new Set(planer.map((p) => p.tjenesteId));
    expect(tjenester.size).toBe(3);
    const perForelder = new Map<string, typeof planer>();
    for (const p of planer)
      perForelder.set(p.familiemedlemId, [...(perForelder.get(p.familiemedlemId) ?? []), p]);
    expect(new Set(planer.map((p) => p.barnId)).size).toBeGreaterThanOrEqual(9);
    const endringer = [...perForelder.values()].flatMap((ps) => planHistorikk(ps).map((p) => p.endring));
    expect(endringer).toContain('utvidet');
    expect(endringer).toContain('redusert');
    // Reductions and protective supervision always state their reasons.
    for (const p of planer) expect(p.begrunnelse?.length).toBeGreaterThan(20);
  });

  it('has held, cancelled and planned sessions, reports received and some reviewed', () => {
    const past = okter.filter((s) => s.dato < today);
    expect(past.filter((s) => s.status === 'gjennomfort').length).toBeGreaterThan(10);
    const avlyst = okter.filter((s) => s.status === 'avlyst');
    expect(avlyst.length).toBeGreaterThan(0);
    for (const s of avlyst) expect(s.avlystArsak).toBeTruthy();
    expect(okter.filter((s) => s.dato >= today && s.status === 'planlagt').length).toBeGreaterThan(5);
    const rapporter = okter.filter((s) => s.rapportMottatt);
    expect(rapporter.length).toBeGreaterThan(3);
    expect(rapporter.filter((s) => s.gjennomgangDokumentId).length).toBeGreaterThan(0);
    expect(rapporter.filter((s) => !s.gjennomgangDokumentId).length).toBeGreaterThan(0);
    // Every seeded session passes the rules a user's change must pass.
    for (const s of okter) {
      expect(
        validerOkt(
          { dato: s.dato, status: s.status, avlystArsak: s.avlystArsak, rapportMottatt: s.rapportMottatt },
          today,
        ),
      ).toEqual([]);
    }
  });
});
