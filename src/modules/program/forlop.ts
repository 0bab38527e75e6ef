import { asc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { barn, familiemedlem, fosterhjem, programforlop, programokt } from '@/db/schema';
import { forsinket } from '@/domain/program';
import { openBarn, openFosterhjem } from '@/modules/barn/caseAccess';
import type { Actor } from '@/modules/core/actor';
import { osloToday } from '@/modules/core/clock';
import type { Programforlop } from '@/modules/program/program.schema';
import { lastProgrammer, type Program } from '@/modules/program/programFormat';
import { AppError, notFound } from '@/server/errors';
import type { Locale } from '@/server/i18n';

export type ForlopRow = typeof programforlop.$inferSelect;
export type OktRow = typeof programokt.$inferSelect;

/** The programme a run follows; a run of a programme no longer in content/ is not found. */
export function programFor(programId: string): Program {
  const p = lastProgrammer().get(programId);
  if (!p) throw notFound();
  return p;
}

/**
 * Loads a run the actor may reach, or refuses like openBarn. A run follows a child, so the
 * child's workers reach it; a run for a foster home (En god start) is also reached by the
 * foster home's own contact person and team, who follow the family.
 */
export async function openForlop(tx: Tx, actor: Actor, id: string, mode: 'read' | 'write') {
  const [row] = await tx.select().from(programforlop).where(eq(programforlop.id, id));
  if (!row) throw notFound();
  try {
    await openBarn(tx, actor, row.barnId, mode);
  } catch (e) {
    if (!(e instanceof AppError) || e.status !== 403 || !row.fosterhjemId) throw e;
    try {
      await openFosterhjem(tx, actor, row.fosterhjemId, mode);
    } catch {
      throw e;
    }
  }
  return row;
}

/** Runs as the API shows them, with names, sessions and which sessions are late. */
export async function visForlop(tx: Tx, rows: ForlopRow[], locale: Locale): Promise<Programforlop[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const okter = await tx
    .select()
    .from(programokt)
    .where(inArray(programokt.forlopId, ids))
    .orderBy(asc(programokt.nummer));
  const barnRows = await tx
    .select({ id: barn.id, fornavn: barn.fornavn, etternavn: barn.etternavn })
    .from(barn)
    .where(inArray(barn.id, [...new Set(rows.map((r) => r.barnId))]));
  const hjemIds = [...new Set(rows.flatMap((r) => (r.fosterhjemId ? [r.fosterhjemId] : [])))];
  const hjem = hjemIds.length
    ? await tx
        .select({ id: fosterhjem.id, navn: fosterhjem.navn })
        .from(fosterhjem)
        .where(inArray(fosterhjem.id, hjemIds))
    : [];
  const medlemIds = [...new Set(rows.flatMap((r) => (r.familiemedlemId ? [r.familiemedlemId] : [])))];
  const medlemmer = medlemIds.length
    ? await tx
        .select({
          id: familiemedlem.id,
          fornavn: familiemedlem.fornavn,
          etternavn: familiemedlem.etternavn,
          relasjon: familiemedlem.relasjon,
        })
        .from(familiemedlem)
        .where(inArray(familiemedlem.id, medlemIds))
    : [];
  const today = osloToday();
  return rows.map((r) => {
    const program = lastProgrammer().get(r.programId);
    const b = barnRows.find((x) => x.id === r.barnId);
    const h = hjem.find((x) => x.id === r.fosterhjemId);
    const m = medlemmer.find((x) => x.id === r.familiemedlemId);
    const mine = okter.filter((o) => o.forlopId === r.id);
    return {
      id: r.id,
      programId: r.programId,
      programNavn: program?.navn[locale] ?? r.programId,
      programVersjon: r.programVersjon,
      barn: { id: r.barnId, navn: b ? `${b.fornavn} ${b.etternavn}` : '' },
      plasseringId: r.plasseringId,
      fosterhjem: h ? { id: h.id, navn: h.navn } : null,
      familiemedlem: m ? { id: m.id, navn: `${m.fornavn} ${m.etternavn}`, relasjon: m.relasjon } : null,
      status: r.status,
      foreslatt: r.foreslatt,
      svarDato: r.svarDato,
      arsak: r.arsak,
      ansvarligId: r.ansvarligId,
      okter: mine.map((o) => visOkt(o, program, locale, today)),
      gjennomfortAntall: mine.filter((o) => o.status === 'gjennomfort').length,
      version: r.version,
    };
  });
}

export function visOkt(o: OktRow, program: Program | undefined, locale: Locale, today = osloToday()) {
  return {
    id: o.id,
    nummer: o.nummer,
    tema: program?.samlinger.find((s) => s.nummer === o.nummer)?.tema[locale] ?? String(o.nummer),
    planlagt: o.planlagt.toISOString(),
    status: o.status,
    gjennomfort: o.gjennomfort,
    deltakere: o.deltakere,
    notat: o.notat,
    dokumentId: o.dokumentId,
    forsinket: forsinket(o, today),
    version: o.version,
  };
}
