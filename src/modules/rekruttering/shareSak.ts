import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { rekrutteringDeling, rekrutteringssak } from '@/db/schema';
import type { Actor } from '@/modules/core/actor';
import { osloToday } from '@/modules/core/clock';
import { auditBy } from '@/modules/core/writeAudit';
import type { ShareBody } from '@/modules/rekruttering/rekruttering.schema';
import { kreverEier, openSak, rekrutteringspartnere } from '@/modules/rekruttering/sakAccess';
import { invalidFields, notFound } from '@/server/errors';

/**
 * Shares the case with an organisation in a recruitment collaboration of the owner, with the
 * date the family consented. From then on row-level security lets that organisation see it.
 * Only the owner shares; the case's own consent date is set to the first consent recorded.
 */
export async function shareSak(tx: Tx, actor: Actor, sakId: string, body: ShareBody) {
  const { sak, egen } = await openSak(tx, actor, sakId, 'write');
  kreverEier(egen);
  if (!(await rekrutteringspartnere(tx, sak.tjenesteId)).includes(body.tjenesteId)) {
    throw invalidFields({ field: 'tjenesteId', code: 'rekruttering_ikke_partner' });
  }
  if (body.samtykkeDato > osloToday()) {
    throw invalidFields({ field: 'samtykkeDato', code: 'rekruttering_dato_fremtid' });
  }
  if (body.samtykkeDato < sak.forsteKontakt) {
    throw invalidFields({ field: 'samtykkeDato', code: 'rekruttering_dato_for_kontakt' });
  }
  const inserted = await tx
    .insert(rekrutteringDeling)
    .values({
      sakId,
      tjenesteId: body.tjenesteId,
      eierTjenesteId: sak.tjenesteId,
      samtykkeDato: body.samtykkeDato,
      registrertAv: actor.userId,
    })
    .onConflictDoNothing()
    .returning({ sakId: rekrutteringDeling.sakId });
  if (inserted.length === 0) throw invalidFields({ field: 'tjenesteId', code: 'rekruttering_allerede_delt' });
  if (!sak.samtykkeDato) {
    await tx
      .update(rekrutteringssak)
      .set({ samtykkeDato: body.samtykkeDato })
      .where(eq(rekrutteringssak.id, sakId));
  }
  await auditBy(tx, actor, {
    handling: 'rekruttering.share',
    entitetType: 'rekrutteringssak',
    entitetId: sakId,
    detaljer: { tjenesteId: body.tjenesteId },
  });
}

/** Stops sharing the case with an organisation: it no longer sees the case. */
export async function unshareSak(tx: Tx, actor: Actor, sakId: string, tjenesteId: string) {
  const { egen } = await openSak(tx, actor, sakId, 'write');
  kreverEier(egen);
  const removed = await tx
    .delete(rekrutteringDeling)
    .where(and(eq(rekrutteringDeling.sakId, sakId), eq(rekrutteringDeling.tjenesteId, tjenesteId)))
    .returning({ sakId: rekrutteringDeling.sakId });
  if (removed.length === 0) throw notFound();
  await auditBy(tx, actor, {
    handling: 'rekruttering.unshare',
    entitetType: 'rekrutteringssak',
    entitetId: sakId,
    detaljer: { tjenesteId },
  });
}
