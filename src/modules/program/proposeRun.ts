import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { familiemedlem, fosterhjem, plassering, programforlop, programokt } from '@/db/schema';
import { planleggOkter } from '@/domain/program';
import { openBarn } from '@/modules/barn/caseAccess';
import type { Actor } from '@/modules/core/actor';
import { auditBy } from '@/modules/core/writeAudit';
import { programAktivt } from '@/modules/katalog/aktivering';
import { visForlop } from '@/modules/program/forlop';
import type { ProposeBody } from '@/modules/program/program.schema';
import { lastProgrammer, type Program } from '@/modules/program/programFormat';
import { AppError, invalidFields } from '@/server/errors';

/** The relations that count as a parent for Veien videre. */
export const FORELDRE = ['mor', 'far', 'forelder'] as const;

export type NyttForlop = {
  program: Program;
  barnId: string;
  plasseringId: string | null;
  fosterhjemId: string | null;
  familiemedlemId: string | null;
  start: string;
  ansvarligId: string | null;
  automatisk: boolean;
};

/** Whether an open run of the programme already covers this foster home and child, or this parent. */
export async function harApentForlop(
  tx: Tx,
  programId: string,
  hvem: { barnId: string; fosterhjemId: string | null; familiemedlemId: string | null },
) {
  const rows = await tx
    .select({ id: programforlop.id })
    .from(programforlop)
    .where(
      and(
        eq(programforlop.programId, programId),
        inArray(programforlop.status, ['foreslatt', 'akseptert']),
        hvem.familiemedlemId
          ? eq(programforlop.familiemedlemId, hvem.familiemedlemId)
          : and(
              eq(programforlop.barnId, hvem.barnId),
              hvem.fosterhjemId
                ? eq(programforlop.fosterhjemId, hvem.fosterhjemId)
                : isNull(programforlop.fosterhjemId),
            ),
      ),
    )
    .limit(1);
  return rows.length > 0;
}

/**
 * Records a proposed run with its sessions scheduled from the start date, and audits it. The
 * caller has opened the child for writing and decided the run is wanted. `foreslatt` holds the
 * start date the schedule was made from, which is what fidelity measures "on time" against.
 */
export async function opprettForlop(tx: Tx, actor: Actor, n: NyttForlop): Promise<string> {
  const [run] = await tx
    .insert(programforlop)
    .values({
      tjenesteId: actor.tjenesteId,
      programId: n.program.id,
      programVersjon: n.program.versjon,
      barnId: n.barnId,
      plasseringId: n.plasseringId,
      fosterhjemId: n.fosterhjemId,
      familiemedlemId: n.familiemedlemId,
      foreslatt: n.start,
      ansvarligId: n.ansvarligId,
    })
    .returning({ id: programforlop.id });
  if (!run) throw new Error('insert failed');
  const datoer = planleggOkter(n.start, n.program.planlegging, n.program.samlinger.length);
  await tx.insert(programokt).values(
    datoer.map((planlagt, i) => ({
      tjenesteId: actor.tjenesteId,
      forlopId: run.id,
      nummer: i + 1,
      planlagt,
    })),
  );
  await auditBy(tx, actor, {
    handling: 'program.propose',
    entitetType: 'programforlop',
    entitetId: run.id,
    detaljer: {
      barnId: n.barnId,
      programId: n.program.id,
      fosterhjemId: n.fosterhjemId,
      familiemedlemId: n.familiemedlemId,
      automatisk: n.automatisk,
    },
  });
  return run.id;
}

/** A worker proposes a programme by hand (POST /api/programme-runs). */
export async function proposeRun(tx: Tx, actor: Actor, body: ProposeBody) {
  const program = lastProgrammer().get(body.programId);
  if (!program) throw invalidFields({ field: 'programId', code: 'unknown_reference' });
  const { barn } = await openBarn(tx, actor, body.barnId, 'write');
  if (!(await programAktivt(tx, actor.tjenesteId, program.id))) {
    throw invalidFields({ field: 'programId', code: 'programme_not_adopted' });
  }
  let ansvarligId = barn.kontaktpersonId ?? actor.userId;
  let fosterhjemId: string | null = null;
  let plasseringId: string | null = null;
  let familiemedlemId: string | null = null;

  if (program.malgruppe === 'fosterhjem') {
    const missing = [
      ...(body.plasseringId ? [] : [{ field: 'plasseringId', code: 'required' }]),
      ...(body.fosterhjemId ? [] : [{ field: 'fosterhjemId', code: 'required' }]),
    ];
    if (missing.length) throw invalidFields(...missing);
    const [p] = await tx
      .select({ id: plassering.id, fosterhjemId: plassering.fosterhjemId })
      .from(plassering)
      .where(and(eq(plassering.id, body.plasseringId as string), eq(plassering.barnId, body.barnId)));
    if (!p) throw invalidFields({ field: 'plasseringId', code: 'unknown_reference' });
    if (p.fosterhjemId !== body.fosterhjemId)
      throw invalidFields({ field: 'fosterhjemId', code: 'unknown_reference' });
    const [home] = await tx
      .select({ kontaktpersonId: fosterhjem.kontaktpersonId })
      .from(fosterhjem)
      .where(eq(fosterhjem.id, p.fosterhjemId));
    ansvarligId = home?.kontaktpersonId ?? ansvarligId;
    plasseringId = p.id;
    fosterhjemId = p.fosterhjemId;
  } else {
    if (!body.familiemedlemId) throw invalidFields({ field: 'familiemedlemId', code: 'required' });
    const [m] = await tx
      .select({ id: familiemedlem.id, relasjon: familiemedlem.relasjon })
      .from(familiemedlem)
      .where(and(eq(familiemedlem.id, body.familiemedlemId), eq(familiemedlem.barnId, body.barnId)));
    if (!m) throw invalidFields({ field: 'familiemedlemId', code: 'unknown_reference' });
    if (!(FORELDRE as readonly string[]).includes(m.relasjon))
      throw invalidFields({ field: 'familiemedlemId', code: 'not_a_parent' });
    familiemedlemId = m.id;
    if (body.plasseringId) {
      const [p] = await tx
        .select({ id: plassering.id })
        .from(plassering)
        .where(and(eq(plassering.id, body.plasseringId), eq(plassering.barnId, body.barnId)));
      if (!p) throw invalidFields({ field: 'plasseringId', code: 'unknown_reference' });
      plasseringId = p.id;
    }
  }

  if (await harApentForlop(tx, program.id, { barnId: body.barnId, fosterhjemId, familiemedlemId }))
    throw new AppError(409, 'duplicate');
  const id = await opprettForlop(tx, actor, {
    program,
    barnId: body.barnId,
    plasseringId,
    fosterhjemId,
    familiemedlemId,
    start: body.start,
    ansvarligId,
    automatisk: false,
  });
  const [row] = await tx.select().from(programforlop).where(eq(programforlop.id, id));
  const [view] = await visForlop(tx, row ? [row] : [], actor.sprak);
  if (!view) throw new Error('run missing');
  return view;
}
