import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { inSystem } from '@/db/context';
import { oppgave } from '@/db/schema';
import { KOMMUNER_2024 } from '@/domain/kommuner';
import { syncAll } from '@/modules/arshjul/syncAll';
import { verifyAuditLog } from '@/modules/core/verifyAuditLog';
import { createRandom } from '@/seed/names';
import { seedNational } from '@/seed/national/generate';
import { fordel, planTjenester } from '@/seed/national/plan';
import { openTestDatabase } from '@/test/testApp';

describe('planTjenester', () => {
  it('puts each of the 357 municipalities in exactly one service, inter-municipal ones within a county', () => {
    const plan = planTjenester(createRandom(2026));
    const all = plan.flatMap((t) => t.kommuner.map(([nr]) => nr));
    expect(Object.keys(KOMMUNER_2024)).toHaveLength(357);
    expect(all.sort()).toEqual(Object.keys(KOMMUNER_2024).sort());
    expect(Object.keys(KOMMUNER_2024).filter((nr) => nr.startsWith('46'))).toHaveLength(43);
    const inter = plan.filter((t) => t.interkommunal);
    expect(inter.length).toBeGreaterThan(20);
    expect(plan.length).toBeLessThan(357);
    for (const t of plan) {
      expect(t.kommuner.length).toBeLessThanOrEqual(5);
      expect(new Set(t.kommuner.map(([nr]) => nr.slice(0, 2)))).toEqual(new Set([t.fylke]));
    }
    expect(new Set(plan.map((t) => t.kode)).size).toBe(plan.length);
    // Oslo, Bergen and Trondheim run their own services.
    for (const nr of ['0301', '4601', '5001']) {
      expect(plan.find((t) => t.kommuner.some(([k]) => k === nr))?.interkommunal).toBe(false);
    }
    expect(planTjenester(createRandom(2026))).toEqual(plan);
  });

  it('splits a total over weights exactly', () => {
    expect(fordel(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(fordel(9500, [120, 48, 3, 0.6]).reduce((a, b) => a + b, 0)).toBe(9500);
  });
});

describe('seedNational (Vestland at scale 0.2)', () => {
  let database: Database;
  let summary: Awaited<ReturnType<typeof seedNational>>;
  const q = async (text: string) =>
    Number(
      (
        (await inSystem(database.db, (tx) => tx.execute(sql.raw(text)))) as unknown as {
          rows: { n: string }[];
        }
      ).rows[0]?.n,
    );

  beforeAll(async () => {
    database = await openTestDatabase();
    summary = await seedNational(database.db, { scale: 0.2, fylker: ['46'] });
  }, 300_000);
  afterAll(() => database.close());

  it('fills every table the modules use, for Vestland only', async () => {
    expect(summary.kommuner).toBe(43);
    for (const table of [
      'barn',
      'plassering',
      'hendelse',
      'oppgave',
      'dokument',
      'programforlop',
      'programokt',
      'samvaersplan',
      'samvaer',
      'kurs_deltakelse',
      'veiledning',
      'tilbakeforingsvurdering',
      'audit_log',
    ]) {
      expect(summary.rader[table], table).toBeGreaterThan(0);
    }
  });

  it('has the children in care now, about half of them moved at least once, and unintended moves', async () => {
    const now = await q(`select count(distinct barn_id) as n from plassering where utflytting is null`);
    expect(now).toBe(summary.barnNa);
    const moved = await q(`select count(*) as n from (select barn_id from plassering group by barn_id
      having count(*) > 1 and bool_or(utflytting is null)) x`);
    expect(moved / now).toBeGreaterThan(0.3);
    expect(moved / now).toBeLessThan(0.65);
    expect(await q(`select count(*) as n from plassering where avslutning = 'utilsiktet'`)).toBeGreaterThan(
      0,
    );
    expect(await q(`select count(*) as n from plassering where utflytting > current_date`)).toBe(0);
    expect(await q(`select count(*) as n from plassering where utflytting <= innflytting`)).toBe(0);
    expect(
      await q(`select min(innflytting) < current_date - interval '9 years' as n from plassering`),
    ).toBeTruthy();
  });

  it('writes audit rows that form valid hash chains', async () => {
    const result = await inSystem(database.db, verifyAuditLog);
    expect(result.brudd).toEqual([]);
    expect(result.rader).toBe(summary.rader.audit_log);
  });

  it('stores exactly the tasks the årshjul engine computes: a recompute changes nothing', async () => {
    const snap = () =>
      inSystem(database.db, (tx) =>
        tx
          .select({ id: oppgave.id, frist: oppgave.frist, h: oppgave.hendelseId })
          .from(oppgave)
          .orderBy(oppgave.id),
      );
    const before = await snap();
    await syncAll(database.db);
    expect(await snap()).toEqual(before);
  });
});
