import { and, desc, eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { dokument, dokumentRevisjon } from '@/db/schema';
import type { Actor } from '@/modules/core/actor';
import { auditBy } from '@/modules/core/writeAudit';
import { felterI, openDokument } from '@/modules/maler/dokumentAccess';
import { AppError, versionConflict } from '@/server/errors';

/** A new history entry at most this often for one writer; saves in between update the last one. */
const REVISJON_MINUTTER = 10;

/**
 * Saves a draft (autosave). The save names the revision it was based on: if someone else has
 * saved in between, it is refused (409) and the client keeps what was typed. Unknown field ids
 * are dropped. A finished document cannot be changed; it must be reopened.
 */
export async function saveDokument(
  tx: Tx,
  actor: Actor,
  id: string,
  innhold: Record<string, unknown>,
  revisjon: number,
) {
  const { doc } = await openDokument(tx, actor, id, 'write');
  if (doc.status !== 'utkast') throw new AppError(409, 'document_locked');
  const ids = new Set(felterI(doc.mal).map((f) => f.id));
  const rent = Object.fromEntries(Object.entries(innhold).filter(([k]) => ids.has(k)));
  const rows = await tx
    .update(dokument)
    .set({ innhold: rent, revisjon: sql`${dokument.revisjon} + 1`, updatedAt: new Date() })
    .where(and(eq(dokument.id, id), eq(dokument.revisjon, revisjon)))
    .returning({ revisjon: dokument.revisjon });
  const saved = rows[0];
  if (!saved) throw versionConflict();

  const [last] = await tx
    .select()
    .from(dokumentRevisjon)
    .where(eq(dokumentRevisjon.dokumentId, id))
    .orderBy(desc(dokumentRevisjon.lagret))
    .limit(1);
  const recent =
    last &&
    last.lagretAv === actor.userId &&
    last.versjon === doc.versjon &&
    last.status === 'utkast' &&
    Date.now() - last.lagret.getTime() < REVISJON_MINUTTER * 60_000;
  if (recent) {
    await tx
      .update(dokumentRevisjon)
      .set({ innhold: rent, revisjon: saved.revisjon, lagret: new Date() })
      .where(eq(dokumentRevisjon.id, last.id));
  } else {
    await tx.insert(dokumentRevisjon).values({
      tjenesteId: actor.tjenesteId,
      dokumentId: id,
      versjon: doc.versjon,
      revisjon: saved.revisjon,
      innhold: rent,
      status: 'utkast',
      lagretAv: actor.userId,
    });
    await auditBy(tx, actor, { handling: 'dokument.save', entitetType: 'dokument', entitetId: id });
  }
  return { revisjon: saved.revisjon };
}
