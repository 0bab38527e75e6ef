import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { barn, fosterhjem, tilgang } from '@/db/schema';
import { FORMAL_TILGANG_TIMER, kanBeOmFormalTilgang } from '@/modules/barn/barn.policy';
import type { Actor } from '@/modules/core/actor';
import { auditBy } from '@/modules/core/writeAudit';
import { forbidden, notFound } from '@/server/errors';

/**
 * Opens a record outside the actor's caseload for a stated purpose (design §2). The purpose is
 * written to the audit log with the grant; the grant is read-only and lasts a working day.
 */
export async function grantAccess(
  tx: Tx,
  actor: Actor,
  entitetType: 'barn' | 'fosterhjem',
  id: string,
  formal: string,
) {
  if (!kanBeOmFormalTilgang(actor)) throw forbidden();
  const table = entitetType === 'barn' ? barn : fosterhjem;
  const [row] = await tx.select({ id: table.id }).from(table).where(eq(table.id, id));
  if (!row) throw notFound();
  const utloper = new Date(Date.now() + FORMAL_TILGANG_TIMER * 3_600_000);
  await tx.insert(tilgang).values({
    tjenesteId: actor.tjenesteId,
    brukerId: actor.userId,
    entitetType,
    entitetId: id,
    formal,
    utloper,
  });
  await auditBy(tx, actor, {
    handling: 'tilgang.granted',
    entitetType,
    entitetId: id,
    formal,
  });
  return { utloper: utloper.toISOString() };
}
