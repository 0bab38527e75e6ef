import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { inSystem, inTjeneste } from '@/db/context';
import { barn, hendelse, oppgave } from '@/db/schema';
import { syncAll } from '@/modules/arshjul/syncAll';
import { syncOppgaverBatch } from '@/modules/arshjul/syncBatch';
import { syncOppgaver } from '@/modules/arshjul/syncOppgaver';
import { osloToday } from '@/modules/core/clock';
import { seedDemo } from '@/seed/demo';
import { openTestDatabase } from '@/test/testApp';

let database: Database;
const snapshot = async () => {
  const rows = await inSystem(database.db, (tx) =>
    tx
      .select({
        p: oppgave.plasseringId,
        regel: oppgave.regel,
        ref: oppgave.ref,
        start: oppgave.vinduStart,
        frist: oppgave.frist,
        h: oppgave.hendelseId,
        f: oppgave.fullfortDato,
      })
      .from(oppgave),
  );
  return rows.map((r) => JSON.stringify(r)).sort();
};
const perChild = async () => {
  const today = osloToday();
  const children = await inSystem(database.db, (tx) =>
    tx.select({ id: barn.id, tjenesteId: barn.tjenesteId }).from(barn),
  );
  for (const c of children) {
    await inTjeneste(database.db, c.tjenesteId, (tx) => syncOppgaver(tx, c.tjenesteId, c.id, today));
  }
};

beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemo(database.db); // ends with syncAll, i.e. the batch engine
}, 120_000);
afterAll(() => database.close());

describe('syncOppgaverBatch', () => {
  it('gives exactly the tasks the per-child engine gives, and a second run changes nothing', async () => {
    const batch = await snapshot();
    expect(batch.length).toBeGreaterThan(100);
    await perChild();
    expect(await snapshot()).toEqual(batch);
    const [c] = await inSystem(database.db, (tx) => tx.select().from(barn).limit(1));
    if (!c) throw new Error('no child');
    const again = await inTjeneste(database.db, c.tjenesteId, (tx) =>
      syncOppgaverBatch(tx, c.tjenesteId, [c.id], osloToday()),
    );
    expect(again).toEqual({ nye: 0, endret: 0, fjernet: 0 });
  });

  it('repairs lost, stale and completed tasks like the per-child engine', async () => {
    await inSystem(database.db, async (tx) => {
      // Lose some tasks, make others stale, and move an event so completions change.
      await tx.execute(sql`delete from oppgave where id in (select id from oppgave order by id limit 40)`);
      await tx.execute(
        sql`update oppgave set frist = frist + 3 where id in (select id from oppgave order by id desc limit 25)`,
      );
      const [h] = await tx.select().from(hendelse).limit(1);
      if (h) await tx.update(hendelse).set({ dato: '2020-01-01' }).where(eq(hendelse.id, h.id));
    });
    await syncAll(database.db);
    const batch = await snapshot();
    await perChild();
    expect(await snapshot()).toEqual(batch);
  });
});
