import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { programforlop, programokt } from '@/db/schema';
import { expectUpdated } from '@/modules/barn/caseAccess';
import type { Actor } from '@/modules/core/actor';
import { osloToday } from '@/modules/core/clock';
import { auditBy } from '@/modules/core/writeAudit';
import { openForlop, programFor, visForlop } from '@/modules/program/forlop';
import type { RespondBody } from '@/modules/program/program.schema';
import { invalidFields } from '@/server/errors';

/**
 * Records the family's or parent's answer to a proposed run. Declining needs a reason, and
 * only a voluntary programme (Veien videre) can be declined; En god start is part of the
 * follow-up every new foster home gets. A declined run's sessions are cancelled.
 */
export async function respondRun(tx: Tx, actor: Actor, id: string, body: RespondBody) {
  const run = await openForlop(tx, actor, id, 'write');
  const program = programFor(run.programId);
  if (run.status !== 'foreslatt') throw invalidFields({ field: 'svar', code: 'run_answered' });
  const errors: { field: string; code: string }[] = [];
  if (body.svar === 'avslatt' && !program.frivillig) errors.push({ field: 'svar', code: 'not_voluntary' });
  if (body.svar === 'avslatt' && !body.arsak) errors.push({ field: 'arsak', code: 'required' });
  if (body.dato > osloToday()) errors.push({ field: 'dato', code: 'date_future' });
  if (errors.length) throw invalidFields(...errors);
  const rows = await tx
    .update(programforlop)
    .set({
      status: body.svar,
      svarDato: body.dato,
      arsak: body.svar === 'avslatt' ? (body.arsak ?? null) : null,
      version: sql`${programforlop.version} + 1`,
    })
    .where(and(eq(programforlop.id, id), eq(programforlop.version, body.version)))
    .returning();
  expectUpdated(rows);
  if (body.svar === 'avslatt') {
    await tx
      .update(programokt)
      .set({ status: 'avlyst', version: sql`${programokt.version} + 1` })
      .where(and(eq(programokt.forlopId, id), eq(programokt.status, 'planlagt')));
  }
  await auditBy(tx, actor, {
    handling: 'program.respond',
    entitetType: 'programforlop',
    entitetId: id,
    detaljer: { barnId: run.barnId, programId: run.programId, svar: body.svar },
  });
  const [view] = await visForlop(tx, rows, actor.sprak);
  return view;
}
