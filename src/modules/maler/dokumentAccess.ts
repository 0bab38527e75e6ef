import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { dokument, familiemedlem } from '@/db/schema';
import { openBarn, openFosterhjem } from '@/modules/barn/caseAccess';
import type { Actor } from '@/modules/core/actor';
import type { Mal } from '@/modules/maler/malFormat';
import { openRapportSak } from '@/modules/rekruttering/godkjenningTilgang';
import { notFound } from '@/server/errors';

/** The case a document belongs to decides who may read or change it, as for the record itself. */
export async function openSak(
  tx: Tx,
  actor: Actor,
  sak: {
    barnId?: string | null;
    fosterhjemId?: string | null;
    familiemedlemId?: string | null;
    rekrutteringssakId?: string | null;
  },
  mode: 'read' | 'write',
) {
  if (sak.barnId) return openBarn(tx, actor, sak.barnId, mode);
  if (sak.fosterhjemId) return openFosterhjem(tx, actor, sak.fosterhjemId, mode);
  if (sak.familiemedlemId) {
    const [m] = await tx.select().from(familiemedlem).where(eq(familiemedlem.id, sak.familiemedlemId));
    if (!m) throw notFound();
    return openBarn(tx, actor, m.barnId, mode);
  }
  // A home-study report written while the family is being recruited (before it is a foster home).
  if (sak.rekrutteringssakId) return openRapportSak(tx, actor, sak.rekrutteringssakId, mode);
  throw notFound();
}

export async function openDokument(tx: Tx, actor: Actor, id: string, mode: 'read' | 'write') {
  const [doc] = await tx.select().from(dokument).where(eq(dokument.id, id));
  if (!doc) throw notFound();
  const sak = await openSak(tx, actor, doc, mode);
  return { doc: { ...doc, mal: doc.mal as Mal }, tilknytning: sak.tilknytning };
}

/** All fields of a template, in order. */
export const felterI = (mal: Mal) => mal.seksjoner.flatMap((s) => s.felter);
