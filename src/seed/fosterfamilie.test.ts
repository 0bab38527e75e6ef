import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '@/db/client';
import { inTjeneste } from '@/db/context';
import { fosterhjem, kursDeltakelse, tjeneste, users, veiledning } from '@/db/schema';
import { osloToday } from '@/modules/core/clock';
import { kursMangler } from '@/modules/fosterhjem/kurs';
import { seedDemo } from '@/seed/demo';

let database: Database;

beforeAll(async () => {
  database = await openDatabase({ dataDir: 'memory://' });
  await seedDemo(database.db);
}, 240_000);
afterAll(() => database?.close());

describe('demo foster-family follow-up', () => {
  it('offers courses in most homes, leaves some without (the reminder), and records guidance', async () => {
    const { db } = database;
    const today = osloToday();
    const [kurs, sessions, services, staff] = await Promise.all([
      db.select().from(kursDeltakelse),
      db.select().from(veiledning),
      db.select().from(tjeneste),
      db.select().from(users),
    ]);
    for (const s of services.filter((x) => kurs.some((k) => k.tjenesteId === x.id))) {
      const own = kurs.filter((k) => k.tjenesteId === s.id);
      expect(own.some((k) => k.gjennomfort)).toBe(true);
      expect(own.some((k) => k.takketNei)).toBe(true);
      expect(own.every((k) => !k.gjennomfort || (k.gjennomfort >= k.tilbudt && k.gjennomfort <= today))).toBe(
        true,
      );
      const homes = [...new Set(own.map((k) => k.fosterhjemId))];
      const mangler = await inTjeneste(db, s.id, (tx) => kursMangler(tx, s.id, homes, today));
      // Most homes with offers have all three; at least one home in the service is flagged.
      expect(mangler.size).toBeLessThan(homes.length);
      const alle = await inTjeneste(db, s.id, async (tx) => {
        const ids = (await tx.select({ id: fosterhjem.id }).from(fosterhjem)).map((h) => h.id);
        return kursMangler(tx, s.id, ids, today);
      });
      expect(alle.size).toBeGreaterThan(0);

      const guidance = sessions.filter((v) => v.tjenesteId === s.id);
      expect(guidance.length).toBeGreaterThan(0);
      expect(guidance.every((v) => v.dato <= today && (v.veilederId || v.veilederNavn))).toBe(true);
      const supervisors = staff
        .filter((u) => u.tjenesteId === s.id && u.rolle === 'veileder')
        .map((u) => u.id);
      expect(guidance.every((v) => !v.veilederId || supervisors.includes(v.veilederId))).toBe(true);
    }
  });
});
