import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { rekrutteringInnstilling } from '@/db/schema';
import { STANDARD_SLETTEFRIST_MANEDER } from '@/domain/rekruttering';
import { expectUpdated } from '@/modules/barn/caseAccess';
import type { Actor } from '@/modules/core/actor';
import { authorize } from '@/modules/core/policy';
import { auditBy } from '@/modules/core/writeAudit';
import type { SettingsBody } from '@/modules/rekruttering/rekruttering.schema';

/** The retention period of the actor's service; 12 months (version 0) when it has set none. */
export async function getInnstilling(tx: Tx, actor: Actor) {
  authorize(actor, 'rekruttering:settings');
  const [row] = await tx
    .select()
    .from(rekrutteringInnstilling)
    .where(eq(rekrutteringInnstilling.tjenesteId, actor.tjenesteId));
  return row
    ? { slettefristManeder: row.slettefristManeder, version: row.version }
    : { slettefristManeder: STANDARD_SLETTEFRIST_MANEDER, version: 0 };
}

/** Sets how many months withdrawn and rejected applicants are kept before deletion. */
export async function updateInnstilling(tx: Tx, actor: Actor, body: SettingsBody) {
  authorize(actor, 'rekruttering:settings');
  if (body.version === 0) {
    const inserted = await tx
      .insert(rekrutteringInnstilling)
      .values({ tjenesteId: actor.tjenesteId, slettefristManeder: body.slettefristManeder })
      .onConflictDoNothing()
      .returning({ version: rekrutteringInnstilling.version });
    expectUpdated(inserted);
  } else {
    const updated = await tx
      .update(rekrutteringInnstilling)
      .set({ slettefristManeder: body.slettefristManeder, version: body.version + 1 })
      .where(
        and(
          eq(rekrutteringInnstilling.tjenesteId, actor.tjenesteId),
          eq(rekrutteringInnstilling.version, body.version),
        ),
      )
      .returning({ version: rekrutteringInnstilling.version });
    expectUpdated(updated);
  }
  await auditBy(tx, actor, {
    handling: 'rekruttering.settings_update',
    entitetType: 'tjeneste',
    entitetId: actor.tjenesteId,
    detaljer: { slettefristManeder: body.slettefristManeder },
  });
  return getInnstilling(tx, actor);
}
