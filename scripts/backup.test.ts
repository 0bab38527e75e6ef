import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '@/db/client';
import { inSystem } from '@/db/context';
import { barn, tjeneste, users } from '@/db/schema';
import { verifyAuditLog } from '@/modules/core/verifyAuditLog';
import { writeAudit } from '@/modules/core/writeAudit';
import { seedDemo } from '@/seed/demo';
import { backupPglite, backupPostgres, restorePglite, restorePostgres } from './backupLib';

/** Every table's row count and a digest of all its rows, so "equal" means equal. */
async function fingerprint(database: Database) {
  return inSystem(database.db, async (tx) => {
    const tables = (await tx.execute(
      sql`select table_name as t from information_schema.tables where table_schema = 'public' order by 1`,
    )) as unknown as { rows: { t: string }[] };
    const out: Record<string, string> = {};
    for (const { t } of tables.rows) {
      const res = (await tx.execute(
        sql.raw(`select count(*)::text || ':' || md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as f
          from "${t}" x`),
      )) as unknown as { rows: { f: string }[] };
      out[t] = res.rows[0]?.f ?? '';
    }
    return out;
  });
}

/** Demo accounts plus a child and a few audited actions, so the chain has links to check. */
async function fill(database: Database) {
  await seedDemo(database.db, { cases: false });
  await inSystem(database.db, async (tx) => {
    const [t] = await tx.select().from(tjeneste).limit(1);
    const [u] = await tx.select().from(users).limit(1);
    if (!t || !u) throw new Error('seed failed');
    const [b] = await tx
      .insert(barn)
      .values({ tjenesteId: t.id, fornavn: 'Sikker', etternavn: 'Kopi', fodselsdato: '2016-02-02' })
      .returning();
    for (const handling of ['barn.create', 'barn.read', 'barn.update'] as const) {
      await writeAudit(tx, {
        tjenesteId: t.id,
        aktor: { id: u.id, rolle: u.rolle },
        handling,
        entitetType: 'barn',
        entitetId: b?.id,
      });
    }
  });
}

describe('backup and restore', () => {
  it('PGlite: a round trip gives the same rows in every table and a verified audit chain', async () => {
    const root = mkdtempSync(join(tmpdir(), 'landsby-backup-'));
    const [a, b, file] = [join(root, 'a'), join(root, 'b'), join(root, 'backup.tar.gz')];
    try {
      const original = await openDatabase({ dataDir: a });
      await fill(original);
      const before = await fingerprint(original);
      await original.close();

      expect(await backupPglite(a, file)).toBeGreaterThan(1000);
      await restorePglite(file, b);
      // Refuses to overwrite a database that is there, unless told to.
      await expect(restorePglite(file, b)).rejects.toThrow(/not empty/);

      const restored = await openDatabase({ dataDir: b });
      try {
        expect(await fingerprint(restored)).toEqual(before);
        expect(Object.keys(before).length).toBeGreaterThan(20);
        const verify = await inSystem(restored.db, verifyAuditLog);
        expect(verify.ok).toBe(true);
        expect(verify.rader).toBeGreaterThanOrEqual(3);
      } finally {
        await restored.close();
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 300_000);

  it.skipIf(!process.env.DATABASE_URL)(
    'PostgreSQL: pg_dump and pg_restore give the same rows and a verified audit chain',
    async () => {
      const admin = process.env.DATABASE_URL as string;
      const names = ['a', 'b'].map((x) => `landsby_backup_${x}_${randomBytes(4).toString('hex')}`);
      const exec = async (q: string) => {
        const c = new pg.Client({ connectionString: admin });
        await c.connect();
        await c.query(q);
        await c.end();
      };
      const urlOf = (name: string) => {
        const u = new URL(admin);
        u.pathname = `/${name}`;
        return u.toString();
      };
      const root = mkdtempSync(join(tmpdir(), 'landsby-backup-'));
      for (const n of names) await exec(`create database ${n}`);
      try {
        const original = await openDatabase({ databaseUrl: urlOf(names[0] as string), dataDir: '' });
        await fill(original);
        const before = await fingerprint(original);
        await original.close();
        const file = join(root, 'backup.dump');
        backupPostgres(urlOf(names[0] as string), file);
        await restorePostgres(urlOf(names[1] as string), file);
        const restored = await openDatabase({ databaseUrl: urlOf(names[1] as string), dataDir: '' });
        try {
          expect(await fingerprint(restored)).toEqual(before);
          expect((await inSystem(restored.db, verifyAuditLog)).ok).toBe(true);
        } finally {
          await restored.close();
        }
      } finally {
        for (const n of names) await exec(`drop database if exists ${n} with (force)`);
        rmSync(root, { recursive: true, force: true });
      }
    },
    300_000,
  );
});
