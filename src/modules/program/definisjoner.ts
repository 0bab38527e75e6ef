import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { programMateriale } from '@/db/schema';
import type { Actor } from '@/modules/core/actor';
import type { ProgramDefinisjon } from '@/modules/program/program.schema';
import { lastProgrammer, type Program } from '@/modules/program/programFormat';
import { notFound } from '@/server/errors';
import type { Locale } from '@/server/i18n';

type MaterialeRow = typeof programMateriale.$inferSelect;

/** A programme resolved to the reader's language, with the service's own material per session. */
export function definisjon(p: Program, materiale: MaterialeRow[], l: Locale): ProgramDefinisjon {
  return {
    id: p.id,
    versjon: p.versjon,
    navn: p.navn[l],
    malgruppe: p.malgruppe,
    frivillig: p.frivillig,
    kilde: p.kilde[l],
    beskrivelse: p.beskrivelse[l],
    planlegging: p.planlegging,
    dokumentmal: p.dokumentmal,
    samlinger: p.samlinger.map((s) => ({
      nummer: s.nummer,
      tema: s.tema[l],
      mal: s.mal[l],
      verktoy: s.verktoy.map((v) => ({ type: v.type, tekst: v.tekst[l] })),
      tenkPaFor: s.tenkPaFor[l],
      veiledning: s.veiledning[l],
      materiale: materiale
        .filter((m) => m.programId === p.id && m.nummer === s.nummer)
        .map((m) => ({ id: m.id, tittel: m.tittel, url: m.url })),
    })),
    avslutning: p.avslutning[l],
  };
}

async function materialeFor(tx: Tx, tjenesteId: string, programId?: string) {
  return tx
    .select()
    .from(programMateriale)
    .where(
      and(
        eq(programMateriale.tjenesteId, tjenesteId),
        programId ? eq(programMateriale.programId, programId) : undefined,
      ),
    )
    .orderBy(asc(programMateriale.createdAt));
}

/** Every programme, as the service runs it. */
export async function listProgrammes(tx: Tx, actor: Actor) {
  const materiale = await materialeFor(tx, actor.tjenesteId);
  return [...lastProgrammer().values()].map((p) => definisjon(p, materiale, actor.sprak));
}

/** One programme, as the service runs it; 404 for an unknown id. */
export async function getProgramme(tx: Tx, actor: Actor, programId: string) {
  const p = lastProgrammer().get(programId);
  if (!p) throw notFound();
  return definisjon(p, await materialeFor(tx, actor.tjenesteId, programId), actor.sprak);
}
