import { sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';

/** A value that can be written as an SQL literal in a bulk insert. */
export type Cell = string | number | boolean | null | Date | Record<string, unknown> | unknown[];

/** One value as an SQL literal: strings quoted (standard_conforming_strings), objects as jsonb. */
export function literal(v: Cell): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new RangeError('not a finite number');
    return String(v);
  }
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v instanceof Date) return `'${v.toISOString()}'`;
  if (typeof v === 'object') return `'${JSON.stringify(v).replaceAll("'", "''")}'::jsonb`;
  return `'${v.replaceAll("'", "''")}'`;
}

/**
 * Multi-row INSERTs of literal values, about 1 MB of SQL per statement: the fastest path that
 * works the same on PGlite and PostgreSQL (no parameter limit, one round trip per batch).
 * Only for generated data whose values the generator itself made (never user input).
 */
export async function insertRows(tx: Tx, table: string, columns: string[], rows: Cell[][]): Promise<void> {
  const head = `insert into ${table} (${columns.join(',')}) values `;
  let parts: string[] = [];
  let size = 0;
  const flush = async () => {
    if (!parts.length) return;
    await tx.execute(sql.raw(head + parts.join(',')));
    parts = [];
    size = 0;
  };
  for (const row of rows) {
    if (row.length !== columns.length)
      throw new Error(`${table}: ${row.length} values for ${columns.length} columns`);
    const text = `(${row.map(literal).join(',')})`;
    parts.push(text);
    size += text.length;
    if (size > 1_000_000) await flush();
  }
  await flush();
}
