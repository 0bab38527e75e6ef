import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { programforlop, programokt } from '@/db/schema';
import { kanFullfores } from '@/domain/program';
import { expectUpdated } from '@/modules/barn/caseAccess';
import type { Actor } from '@/modules/core/actor';
import { auditBy } from '@/modules/core/writeAudit';
import { openForlop, visForlop } from '@/modules/program/forlop';
import type { EndBody } from '@/modules/program/program.schema';
import { invalidFields } from '@/server/errors';

async function avlysVentende(tx: Tx, forlopId: string) {
  await tx
    .update(programokt)
    .set({ status: 'avlyst', version: sql`${programokt.version} + 1` })
    .where(and(eq(programokt.forlopId, forlopId), eq(programokt.status, 'planlagt')));
}

/**
 * Ends a run: completed (fullført) once every session is held or cancelled, or stopped early
 * (avbrutt) with a reason, which cancels the sessions not yet held.
 */
export async function endRun(tx: Tx, actor: Actor, id: string, body: EndBody) {
  const run = await openForlop(tx, actor, id, 'write');
  if (run.status !== 'foreslatt' && run.status !== 'akseptert')
    throw invalidFields({ field: 'status', code: 'run_closed' });
  if (body.status === 'fullfort') {
    const okter = await tx
      .select({ status: programokt.status })
      .from(programokt)
      .where(eq(programokt.forlopId, id))
      .orderBy(asc(programokt.nummer));
    if (run.status !== 'akseptert') throw invalidFields({ field: 'status', code: 'run_not_accepted' });
    if (!kanFullfores(okter)) throw invalidFields({ field: 'status', code: 'sessions_open' });
  } else if (!body.arsak) {
    throw invalidFields({ field: 'arsak', code: 'required' });
  }
  const rows = await tx
    .update(programforlop)
    .set({ status: body.status, arsak: body.arsak ?? null, version: sql`${programforlop.version} + 1` })
    .where(and(eq(programforlop.id, id), eq(programforlop.version, body.version)))
    .returning();
  expectUpdated(rows);
  if (body.status === 'avbrutt') await avlysVentende(tx, id);
  await auditBy(tx, actor, {
    handling: 'program.end',
    entitetType: 'programforlop',
    entitetId: id,
    detaljer: { barnId: run.barnId, programId: run.programId, status: body.status },
  });
  const [view] = await visForlop(tx, rows, actor.sprak);
  return view;
}

/** The reason recorded on a run stopped because the child moved out of the foster home. */
export const UTFLYTTING = 'utflytting';

/**
 * A placement ended: the foster home's runs that follow it (En god start) stop as avbrutt with
 * the reason "utflytting", and their sessions not held are cancelled. Runs for the parents
 * follow the care order, not the placement, and go on. Called inside endPlassering's
 * transaction, after it has opened the child for writing.
 */
export async function stoppForPlassering(tx: Tx, actor: Actor, plasseringId: string) {
  const open = await tx
    .update(programforlop)
    .set({ status: 'avbrutt', arsak: UTFLYTTING, version: sql`${programforlop.version} + 1` })
    .where(
      and(
        eq(programforlop.plasseringId, plasseringId),
        isNotNull(programforlop.fosterhjemId),
        inArray(programforlop.status, ['foreslatt', 'akseptert']),
      ),
    )
    .returning({ id: programforlop.id, barnId: programforlop.barnId, programId: programforlop.programId });
  for (const run of open) {
    await avlysVentende(tx, run.id);
    await auditBy(tx, actor, {
      handling: 'program.end',
      entitetType: 'programforlop',
      entitetId: run.id,
      detaljer: {
        barnId: run.barnId,
        programId: run.programId,
        status: 'avbrutt',
        arsak: UTFLYTTING,
        plasseringId,
      },
    });
  }
  return open.length;
}
