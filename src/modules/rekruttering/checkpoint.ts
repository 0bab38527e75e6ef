import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { rekrutteringSjekkpunkt } from '@/db/schema';
import { erLopFase } from '@/domain/rekruttering';
import type { Actor } from '@/modules/core/actor';
import { osloToday } from '@/modules/core/clock';
import { auditBy } from '@/modules/core/writeAudit';
import { lastPipeline, punktFase } from '@/modules/rekruttering/pipeline';
import type { CheckpointBody } from '@/modules/rekruttering/rekruttering.schema';
import { openSak } from '@/modules/rekruttering/sakAccess';
import { invalidFields, notFound } from '@/server/errors';

async function openPunkt(tx: Tx, actor: Actor, sakId: string, punktId: string) {
  const { sak } = await openSak(tx, actor, sakId, 'write');
  if (!punktFase(lastPipeline(), punktId)) throw notFound();
  if (!erLopFase(sak.fase)) throw invalidFields({ field: 'fase', code: 'rekruttering_avsluttet' });
  return sak;
}

/**
 * Marks a checklist point done on a date, with an optional note; marking it again changes the
 * date and note. Points of a later stage may be done early (a police certificate, say).
 */
export async function tickCheckpoint(
  tx: Tx,
  actor: Actor,
  sakId: string,
  punktId: string,
  body: CheckpointBody,
) {
  const sak = await openPunkt(tx, actor, sakId, punktId);
  if (body.dato > osloToday()) throw invalidFields({ field: 'dato', code: 'rekruttering_dato_fremtid' });
  if (body.dato < sak.forsteKontakt)
    throw invalidFields({ field: 'dato', code: 'rekruttering_dato_for_kontakt' });
  const values = {
    dato: body.dato,
    notat: body.notat ?? null,
    utfortAv: actor.userId,
    utfortAvTjenesteId: actor.tjenesteId,
  };
  await tx
    .insert(rekrutteringSjekkpunkt)
    .values({ ...values, tjenesteId: sak.tjenesteId, sakId, punktId })
    .onConflictDoUpdate({
      target: [rekrutteringSjekkpunkt.sakId, rekrutteringSjekkpunkt.punktId],
      set: values,
    });
  await auditBy(tx, actor, {
    handling: 'rekruttering.checkpoint',
    entitetType: 'rekrutteringssak',
    entitetId: sakId,
    detaljer: { punktId, utfort: true },
  });
}

/** Marks a checklist point as not done again. */
export async function untickCheckpoint(tx: Tx, actor: Actor, sakId: string, punktId: string) {
  await openPunkt(tx, actor, sakId, punktId);
  const removed = await tx
    .delete(rekrutteringSjekkpunkt)
    .where(and(eq(rekrutteringSjekkpunkt.sakId, sakId), eq(rekrutteringSjekkpunkt.punktId, punktId)))
    .returning({ id: rekrutteringSjekkpunkt.id });
  if (removed.length === 0) throw notFound();
  await auditBy(tx, actor, {
    handling: 'rekruttering.checkpoint',
    entitetType: 'rekrutteringssak',
    entitetId: sakId,
    detaljer: { punktId, utfort: false },
  });
}
