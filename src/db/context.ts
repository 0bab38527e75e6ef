import { sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';

/**
 * Runs `fn` in one transaction as the request role `landsby_app`, scoped to one service.
 * Row-level security then hides every other service's rows, whatever the query says:
 * the second wall behind the policy functions (design §2).
 */
export function inTjeneste<T>(db: Db, tjenesteId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    // One round trip for both: set_config('role', …, true) is SET LOCAL ROLE.
    await tx.execute(
      sql`select set_config('landsby.tjeneste_id', ${tjenesteId}, true), set_config('role', 'landsby_app', true)`,
    );
    return fn(tx);
  });
}

/**
 * Runs `fn` in one transaction as the connection's own role, outside row-level security.
 * Only for the sign-in layer, migrations, seeding and audit verification, never for a
 * request's personal data.
 */
export function inSystem<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(fn);
}
