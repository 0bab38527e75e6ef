import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/**
 * Backup and restore for both databases (README, «Backup and restore»).
 * PGlite: a gzipped tar of the data directory made by PGlite itself (`dumpDataDir`), taken while
 * the server is stopped (PGlite allows one process at a time). PostgreSQL: `pg_dump -Fc` and
 * `pg_restore`, which take a consistent snapshot while the server keeps running.
 */

/** The folder PGlite keeps its files in, under DATA_DIR (as src/db/client.ts opens it). */
export const pgliteDir = (dataDir: string) => join(dataDir, 'pg');

export async function backupPglite(dataDir: string, file: string): Promise<number> {
  const dir = pgliteDir(dataDir);
  if (!existsSync(join(dir, 'PG_VERSION'))) throw new Error(`No PGlite database in ${dir}`);
  const db = await PGlite.create(dir);
  try {
    // A checkpoint first, so the copy holds every committed change in the data files too.
    await db.exec('checkpoint');
    const dump = await db.dumpDataDir('gzip');
    const bytes = Buffer.from(await dump.arrayBuffer());
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, bytes);
    return bytes.length;
  } finally {
    await db.close();
  }
}

export async function restorePglite(file: string, dataDir: string, options: { reset?: boolean } = {}) {
  const dir = pgliteDir(dataDir);
  if (existsSync(dir) && readdirSync(dir).length) {
    if (!options.reset) throw new Error(`${dir} is not empty: stop the server and use --reset to replace it`);
    rmSync(dir, { recursive: true, force: true });
  }
  mkdirSync(dir, { recursive: true });
  const db = await PGlite.create(dir, { loadDataDir: new Blob([readFileSync(file)]) });
  try {
    await db.query('select 1');
  } finally {
    await db.close();
  }
}

function run(cmd: string, args: string[]) {
  const res = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  if (res.error)
    throw new Error(`${cmd} not available (${res.error.message}); install the PostgreSQL client tools`);
  if (res.status !== 0) throw new Error(`${cmd} exited with ${res.status}`);
}

export function backupPostgres(databaseUrl: string, file: string) {
  mkdirSync(dirname(file), { recursive: true });
  run('pg_dump', ['--format=custom', '--file', file, '--dbname', databaseUrl]);
}

export async function restorePostgres(databaseUrl: string, file: string, options: { reset?: boolean } = {}) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      "select count(*)::int as n from information_schema.tables where table_schema = 'public'",
    );
    if ((rows[0]?.n ?? 0) > 0 && !options.reset) {
      throw new Error('The target database is not empty: restore into a new database, or use --reset');
    }
    // The request role is cluster-wide: the policies and grants in the dump refer to it.
    await client.query(
      "do $$ begin if not exists (select 1 from pg_roles where rolname = 'landsby_app') then create role landsby_app nologin; end if; end $$",
    );
  } finally {
    await client.end();
  }
  run('pg_restore', [
    '--no-owner',
    '--exit-on-error',
    '--single-transaction',
    ...(options.reset ? ['--clean', '--if-exists'] : []),
    '--dbname',
    databaseUrl,
    file,
  ]);
}
