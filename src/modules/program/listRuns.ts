import { desc, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { programforlop } from '@/db/schema';
import { openBarn, openFosterhjem } from '@/modules/barn/caseAccess';
import type { Actor } from '@/modules/core/actor';
import { auditBy } from '@/modules/core/writeAudit';
import { visForlop } from '@/modules/program/forlop';

/** Every programme run that follows the child: the foster home's En god start, the parents' Veien videre. */
export async function listForBarn(tx: Tx, actor: Actor, barnId: string) {
  await openBarn(tx, actor, barnId, 'read');
  const rows = await tx
    .select()
    .from(programforlop)
    .where(eq(programforlop.barnId, barnId))
    .orderBy(desc(programforlop.foreslatt), desc(programforlop.createdAt));
  await auditBy(tx, actor, {
    handling: 'program.read',
    entitetType: 'barn',
    entitetId: barnId,
    detaljer: { antall: rows.length },
  });
  return visForlop(tx, rows, actor.sprak);
}

/** The foster home's programme runs (En god start for each child placed there). */
export async function listForFosterhjem(tx: Tx, actor: Actor, fosterhjemId: string) {
  await openFosterhjem(tx, actor, fosterhjemId, 'read');
  const rows = await tx
    .select()
    .from(programforlop)
    .where(eq(programforlop.fosterhjemId, fosterhjemId))
    .orderBy(desc(programforlop.foreslatt), desc(programforlop.createdAt));
  await auditBy(tx, actor, {
    handling: 'program.read',
    entitetType: 'fosterhjem',
    entitetId: fosterhjemId,
    detaljer: { antall: rows.length },
  });
  return visForlop(tx, rows, actor.sprak);
}
