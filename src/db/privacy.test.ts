import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inSystem, inTjeneste } from '@/db/context';
import { auditLog, tjeneste, users } from '@/db/schema';
import { writeAudit } from '@/modules/core/writeAudit';
import { createTestApp, type TestApp } from '@/test/testApp';

let t: TestApp;
let bergen: string;
let hv: string;
beforeAll(async () => {
  t = await createTestApp();
  const rows = await inSystem(t.database.db, (tx) => tx.select().from(tjeneste));
  bergen = rows.find((r) => r.kode === 'bergen')!.id;
  hv = rows.find((r) => r.kode === 'hv')!.id;
});
afterAll(() => t.close());

describe('row-level security: the second wall', () => {
  it('a query with no filter at all sees only its own service', async () => {
    const all = await inSystem(t.database.db, (tx) => tx.select().from(users));
    const seen = await inTjeneste(t.database.db, bergen, (tx) => tx.select().from(users));
    expect(all.some((u) => u.tjenesteId === hv)).toBe(true);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((u) => u.tjenesteId === bergen)).toBe(true);
  });

  it('a query asking for another service by id gets nothing', async () => {
    const rows = await inTjeneste(t.database.db, bergen, (tx) =>
      tx.select().from(users).where(eq(users.tjenesteId, hv)),
    );
    expect(rows).toEqual([]);
  });

  it('without a service set, the request role sees no personal data', async () => {
    const rows = await t.database.db.transaction(async (tx) => {
      await tx.execute(sql`set local role landsby_app`);
      return tx.select().from(users);
    });
    expect(rows).toEqual([]);
  });

  it('cannot write into another service', async () => {
    await expect(
      inTjeneste(t.database.db, bergen, (tx) =>
        tx.insert(users).values({ tjenesteId: hv, username: 'snik', navn: 'Snik', rolle: 'admin' }),
      ),
    ).rejects.toThrow();
    await expect(
      inTjeneste(t.database.db, bergen, (tx) =>
        writeAudit(tx, { tjenesteId: hv, aktor: null, handling: 'audit.search', entitetType: 'audit_log' }),
      ),
    ).rejects.toThrow();
  });

  it('cannot read the sessions table at all', async () => {
    await expect(
      inTjeneste(t.database.db, bergen, (tx) => tx.execute(sql`select * from sessions`)),
    ).rejects.toThrow();
  });
});

describe('the audit log is append-only', () => {
  it('refuses updates and deletes, also for the table owner', async () => {
    await inTjeneste(t.database.db, bergen, (tx) =>
      writeAudit(tx, { tjenesteId: bergen, aktor: null, handling: 'audit.search', entitetType: 'audit_log' }),
    );
    await expect(
      inTjeneste(t.database.db, bergen, (tx) => tx.update(auditLog).set({ handling: 'auth.logout' })),
    ).rejects.toThrow();
    await expect(inSystem(t.database.db, (tx) => tx.delete(auditLog))).rejects.toThrow();
  });

  it('is written in the same transaction: a failed action leaves no record', async () => {
    const before = await inSystem(t.database.db, (tx) => tx.select().from(auditLog));
    await expect(
      inTjeneste(t.database.db, bergen, async (tx) => {
        await writeAudit(tx, {
          tjenesteId: bergen,
          aktor: null,
          handling: 'audit.search',
          entitetType: 'audit_log',
        });
        throw new Error('the action failed');
      }),
    ).rejects.toThrow('the action failed');
    const after = await inSystem(t.database.db, (tx) => tx.select().from(auditLog));
    expect(after.length).toBe(before.length);
  });

  it('keeps one unbroken chain under concurrent writers', async () => {
    await Promise.all(
      Array.from({ length: 20 }, () =>
        inTjeneste(t.database.db, hv, (tx) =>
          writeAudit(tx, { tjenesteId: hv, aktor: null, handling: 'audit.search', entitetType: 'audit_log' }),
        ),
      ),
    );
    const rows = await inSystem(t.database.db, (tx) =>
      tx.select({ sekvens: auditLog.sekvens }).from(auditLog).where(eq(auditLog.kjede, hv)),
    );
    const seq = rows.map((r) => r.sekvens).sort((a, b) => a - b);
    expect(seq).toEqual(Array.from({ length: seq.length }, (_, i) => i + 1));
  });
});
