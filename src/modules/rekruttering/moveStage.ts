import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { rekrutteringFasehistorikk, rekrutteringSjekkpunkt, rekrutteringssak } from '@/db/schema';
import { type FaseSteg, forrigeFase, nesteFase, type RekrutteringFase } from '@/domain/rekruttering';
import { expectUpdated } from '@/modules/barn/caseAccess';
import type { Actor } from '@/modules/core/actor';
import { osloToday } from '@/modules/core/clock';
import { auditBy } from '@/modules/core/writeAudit';
import { lastPipeline } from '@/modules/rekruttering/pipeline';
import type { StageBody } from '@/modules/rekruttering/rekruttering.schema';
import { openSak } from '@/modules/rekruttering/sakAccess';
import { invalidFields, versionConflict } from '@/server/errors';

const KODER: Record<Exclude<FaseSteg, { ok: true }>['grunn'], string> = {
  mangler_punkter: 'rekruttering_mangler_punkter',
  krever_vedtak: 'rekruttering_krever_vedtak',
  siste_fase: 'rekruttering_siste_fase',
  forste_fase: 'rekruttering_forste_fase',
  avsluttet: 'rekruttering_avsluttet',
};

/**
 * Puts the case in a new stage from a date: closes the current stage in the history and opens
 * the next. Shared by moving a stage, withdrawing, rejecting and ending, and by approval.
 */
export async function settFase(
  tx: Tx,
  actor: Actor,
  sak: { id: string; tjenesteId: string; version: number },
  fase: RekrutteringFase,
  dato: string,
  notat: string | null,
  extra: Partial<typeof rekrutteringssak.$inferInsert> = {},
) {
  const updated = await tx
    .update(rekrutteringssak)
    .set({ ...extra, fase, faseFra: dato, version: sak.version + 1 })
    .where(and(eq(rekrutteringssak.id, sak.id), eq(rekrutteringssak.version, sak.version)))
    .returning({ id: rekrutteringssak.id });
  expectUpdated(updated);
  await tx
    .update(rekrutteringFasehistorikk)
    .set({ til: dato })
    .where(and(eq(rekrutteringFasehistorikk.sakId, sak.id), isNull(rekrutteringFasehistorikk.til)));
  await tx.insert(rekrutteringFasehistorikk).values({
    tjenesteId: sak.tjenesteId,
    sakId: sak.id,
    fase,
    fra: dato,
    endretAv: actor.userId,
    endretAvTjenesteId: actor.tjenesteId,
    notat,
  });
}

/** A stage's date: today when left out, never in the future nor before the current stage began. */
export function faseDato(dato: string | undefined, faseFra: string): string {
  const today = osloToday();
  const d = dato ?? today;
  if (d > today) throw invalidFields({ field: 'dato', code: 'rekruttering_dato_fremtid' });
  if (d < faseFra) throw invalidFields({ field: 'dato', code: 'rekruttering_dato_for_fase' });
  return d;
}

/**
 * To the next stage when every required point of the current one is done, or back one stage
 * with a note saying why. The approval stage is left only by the approval decision.
 */
export async function moveStage(tx: Tx, actor: Actor, sakId: string, body: StageBody) {
  const { sak } = await openSak(tx, actor, sakId, 'write');
  if (body.version !== sak.version) throw versionConflict();
  let steg: FaseSteg;
  if (body.retning === 'neste') {
    const utforte = await tx
      .select({ punktId: rekrutteringSjekkpunkt.punktId })
      .from(rekrutteringSjekkpunkt)
      .where(eq(rekrutteringSjekkpunkt.sakId, sakId));
    steg = nesteFase(lastPipeline().faser, sak.fase, new Set(utforte.map((u) => u.punktId)), sak.egneBarn);
  } else {
    if (!body.notat) throw invalidFields({ field: 'notat', code: 'rekruttering_notat_pakrevd' });
    steg = forrigeFase(sak.fase);
  }
  if (!steg.ok) throw invalidFields({ field: 'fase', code: KODER[steg.grunn] });
  const dato = faseDato(body.dato, sak.faseFra);
  await settFase(tx, actor, sak, steg.til, dato, body.notat ?? null);
  await auditBy(tx, actor, {
    handling: 'rekruttering.stage',
    entitetType: 'rekrutteringssak',
    entitetId: sakId,
    detaljer: { fra: sak.fase, til: steg.til },
  });
  return { fase: steg.til, version: sak.version + 1 };
}
