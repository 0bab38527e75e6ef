import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { programMateriale } from '@/db/schema';
import type { Actor } from '@/modules/core/actor';
import { authorize } from '@/modules/core/policy';
import { lastProgrammer } from '@/modules/program/programFormat';
import { notFound } from '@/server/errors';

/**
 * The head of service adds the service's own material (a link to a file or a film) to one
 * session of a programme, as with the service's own guidance in the shared templates
 * (permission mal:adapt). Material is not personal data, so it is not audit-logged.
 */
export async function addMateriale(
  tx: Tx,
  actor: Actor,
  programId: string,
  nummer: number,
  body: { tittel: string; url: string },
) {
  authorize(actor, 'mal:adapt');
  const p = lastProgrammer().get(programId);
  if (!p?.samlinger.some((s) => s.nummer === nummer)) throw notFound();
  const [row] = await tx
    .insert(programMateriale)
    .values({
      tjenesteId: actor.tjenesteId,
      programId,
      nummer,
      tittel: body.tittel,
      url: body.url,
      lagtTilAv: actor.userId,
    })
    .returning({ id: programMateriale.id, tittel: programMateriale.tittel, url: programMateriale.url });
  if (!row) throw new Error('insert failed');
  return row;
}

/** Removes one of the service's own material links. */
export async function removeMateriale(tx: Tx, actor: Actor, programId: string, id: string) {
  authorize(actor, 'mal:adapt');
  const rows = await tx
    .delete(programMateriale)
    .where(and(eq(programMateriale.id, id), eq(programMateriale.programId, programId)))
    .returning({ id: programMateriale.id });
  if (rows.length === 0) throw notFound();
}
