import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { inSystem, inTjeneste } from '@/db/context';
import { barn, hendelse, oppgave, plassering, users } from '@/db/schema';
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

/** Loses some tasks and makes others stale, as a failed write or a bug might. */
const damage = () =>
  inSystem(database.db, async (tx) => {
    await tx.execute(sql`delete from oppgave where id in (select id from oppgave order by id limit 40)`);
    await tx.execute(
      sql`update oppgave set frist = frist + 3 where id in (select id from oppgave order by id desc limit 25)`,
    );
  });

describe('syncOppgaverBatch', () => {
  it('gives every child, one at a time from nothing, the tasks the batch engine gave; a second run changes nothing', async () => {
    const batch = await snapshot();
    expect(batch.length).toBeGreaterThan(100);
    // Tasks with a deviation or a plan are kept whatever the facts say; the rest go.
    await inSystem(database.db, (tx) =>
      tx.execute(sql`delete from oppgave where avvik_arsak is null and planlagt is null`),
    );
    await perChild();
    expect(await snapshot()).toEqual(batch);
    const [c] = await inSystem(database.db, (tx) => tx.select().from(barn).limit(1));
    if (!c) throw new Error('no child');
    const again = await inTjeneste(database.db, c.tjenesteId, (tx) =>
      syncOppgaverBatch(tx, c.tjenesteId, [c.id], osloToday()),
    );
    expect(again).toEqual({ nye: 0, endret: 0, fjernet: 0 });
  });

  it('repairs lost, stale and completed tasks the same way, one child at a time here or every child on the worker thread', async () => {
    await damage();
    // Move an event so completions change.
    await inSystem(database.db, async (tx) => {
      const [h] = await tx.select().from(hendelse).limit(1);
      if (h) await tx.update(hendelse).set({ dato: '2020-01-01' }).where(eq(hendelse.id, h.id));
    });
    await perChild();
    const repaired = await snapshot();
    await damage();
    // Every child, computed on the worker thread (the demo data alone would compute here).
    await syncAll(database.db, { traad: true });
    expect(await snapshot()).toEqual(repaired);
  });

  it('reads an event whose free-text ref holds the separators as one that completes nothing', async () => {
    const [p] = await inSystem(database.db, (tx) => tx.select().from(plassering).limit(1));
    if (!p) throw new Error('no placement');
    const [u] = await inSystem(database.db, (tx) =>
      tx.select().from(users).where(eq(users.tjenesteId, p.tjenesteId)).limit(1),
    );
    if (!u) throw new Error('no user');
    await inSystem(database.db, (tx) =>
      tx.insert(hendelse).values({
        tjenesteId: p.tjenesteId,
        barnId: p.barnId,
        plasseringId: p.id,
        type: 'plan_evaluert',
        dato: p.innflytting,
        ref: 'omsorgsplan\u001f|;\u001esamvaersplan',
        utfortAv: u.id,
      }),
    );
    const result = await inTjeneste(database.db, p.tjenesteId, (tx) =>
      syncOppgaverBatch(tx, p.tjenesteId, [p.barnId], osloToday()),
    );
    expect(result).toEqual({ nye: 0, endret: 0, fjernet: 0 });
  });
});
