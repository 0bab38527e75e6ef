import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { dokument, programokt } from '@/db/schema';
import { flyttOkt, osloTilUtc } from '@/domain/program';
import { expectUpdated } from '@/modules/barn/caseAccess';
import type { Actor } from '@/modules/core/actor';
import { osloToday } from '@/modules/core/clock';
import { auditBy } from '@/modules/core/writeAudit';
import { type ForlopRow, openForlop, programFor, visOkt } from '@/modules/program/forlop';
import type { UpdateSessionBody } from '@/modules/program/program.schema';
import { invalidFields, notFound } from '@/server/errors';

/** The instant a planned-time value names (see `Planlagt` in program.schema.ts). */
export function tolkPlanlagt(verdi: string, gjeldende: Date): Date {
  if (/^\d{4}-\d{2}-\d{2}$/.test(verdi)) return flyttOkt(gjeldende, verdi, null);
  if (/[zZ]|[+-]\d{2}:?\d{2}$/.test(verdi)) return new Date(verdi);
  return osloTilUtc(verdi.slice(0, 10), verdi.slice(11, 16));
}

/** A document linked to a session must be about the same child, foster home or parent. */
async function sjekkDokument(tx: Tx, run: ForlopRow, dokumentId: string) {
  const [d] = await tx
    .select({
      barnId: dokument.barnId,
      fosterhjemId: dokument.fosterhjemId,
      familiemedlemId: dokument.familiemedlemId,
    })
    .from(dokument)
    .where(eq(dokument.id, dokumentId));
  const sammeSak =
    d &&
    (d.barnId === run.barnId ||
      (run.fosterhjemId !== null && d.fosterhjemId === run.fosterhjemId) ||
      (run.familiemedlemId !== null && d.familiemedlemId === run.familiemedlemId));
  if (!sammeSak) throw invalidFields({ field: 'dokumentId', code: 'unknown_reference' });
}

/**
 * Plans, holds or cancels one session, and records who took part, notes and the document
 * that documents it. A held session needs the date it was held, not in the future, and at
 * least one participant. A proposed run may only have its dates planned; a closed run is
 * read-only.
 */
export async function updateSession(
  tx: Tx,
  actor: Actor,
  id: string,
  nummer: number,
  body: UpdateSessionBody,
) {
  const run = await openForlop(tx, actor, id, 'write');
  const program = programFor(run.programId);
  if (run.status !== 'foreslatt' && run.status !== 'akseptert')
    throw invalidFields({ field: 'status', code: 'run_closed' });
  const [okt] = await tx
    .select()
    .from(programokt)
    .where(and(eq(programokt.forlopId, id), eq(programokt.nummer, nummer)));
  if (!okt) throw notFound();
  if (run.status === 'foreslatt') {
    const utover = (['status', 'gjennomfort', 'deltakere', 'notat', 'dokumentId'] as const).find(
      (k) => body[k] !== undefined,
    );
    if (utover) throw invalidFields({ field: utover, code: 'run_not_accepted' });
  }

  const status = body.status ?? okt.status;
  const deltakere = body.deltakere ?? okt.deltakere;
  const gjennomfort =
    status === 'gjennomfort' ? (body.gjennomfort !== undefined ? body.gjennomfort : okt.gjennomfort) : null;
  const errors: { field: string; code: string }[] = [];
  if (status === 'gjennomfort') {
    if (!gjennomfort) errors.push({ field: 'gjennomfort', code: 'required' });
    else if (gjennomfort > osloToday()) errors.push({ field: 'gjennomfort', code: 'date_future' });
    if (deltakere.length === 0) errors.push({ field: 'deltakere', code: 'participants_required' });
  }
  if (errors.length) throw invalidFields(...errors);
  if (body.dokumentId) await sjekkDokument(tx, run, body.dokumentId);

  const rows = await tx
    .update(programokt)
    .set({
      status,
      gjennomfort,
      deltakere,
      ...(body.planlagt !== undefined ? { planlagt: tolkPlanlagt(body.planlagt, okt.planlagt) } : {}),
      ...(body.notat !== undefined ? { notat: body.notat || null } : {}),
      ...(body.dokumentId !== undefined ? { dokumentId: body.dokumentId } : {}),
      version: sql`${programokt.version} + 1`,
    })
    .where(and(eq(programokt.id, okt.id), eq(programokt.version, body.version)))
    .returning();
  expectUpdated(rows);
  await auditBy(tx, actor, {
    handling: 'program.session_update',
    entitetType: 'programokt',
    entitetId: okt.id,
    detaljer: {
      forlopId: id,
      barnId: run.barnId,
      nummer,
      status,
      antallDeltakere: deltakere.length,
      dokumentId: rows[0]?.dokumentId ?? null,
    },
  });
  return visOkt(rows[0] as (typeof rows)[number], program, actor.sprak);
}
