import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { rekrutteringInnstilling } from '@/db/schema';
import { STANDARD_SLETTEFRIST_MANEDER } from '@/domain/rekruttering';
import { expectUpdated } from '@/modules/barn/caseAccess';
import type { Actor } from '@/modules/core/actor';
import { authorize } from '@/modules/core/policy';
import { auditBy } from '@/modules/core/writeAudit';
import type { SettingsBody } from '@/modules/rekruttering/rekruttering.schema';

/**
 * The recruitment settings of the actor's service (the head of service): how many months
 * withdrawn and rejected applicants are kept (12 when not set), and whether an ordinary
 * (neutral) home needs a concluded family and network search first (on when not set). Version 0
 * when the service has set nothing.
 */
export async function getInnstilling(tx: Tx, actor: Actor) {
  authorize(actor, 'rekruttering:settings');
  const [row] = await tx
    .select({
      slettefristManeder: rekrutteringInnstilling.slettefristManeder,
      kreverNettverkssok: rekrutteringInnstilling.kreverNettverkssok,
      version: rekrutteringInnstilling.version,
    })
    .from(rekrutteringInnstilling)
    .where(eq(rekrutteringInnstilling.tjenesteId, actor.tjenesteId));
  return row ?? { slettefristManeder: STANDARD_SLETTEFRIST_MANEDER, kreverNettverkssok: true, version: 0 };
}

/**
 * Changes one setting or both (what the body leaves out keeps its value) with the row's version;
 * either change bumps it. Audited with the values that were set.
 */
export async function updateInnstilling(tx: Tx, actor: Actor, body: SettingsBody) {
  authorize(actor, 'rekruttering:settings');
  const endring: { slettefristManeder?: number; kreverNettverkssok?: boolean } = {};
  if (body.slettefristManeder !== undefined) endring.slettefristManeder = body.slettefristManeder;
  if (body.kreverNettverkssok !== undefined) endring.kreverNettverkssok = body.kreverNettverkssok;
  const rows =
    body.version === 0
      ? await tx
          .insert(rekrutteringInnstilling)
          .values({ tjenesteId: actor.tjenesteId, ...endring })
          .onConflictDoNothing()
          .returning({ version: rekrutteringInnstilling.version })
      : await tx
          .update(rekrutteringInnstilling)
          .set({ ...endring, version: body.version + 1 })
          .where(
            and(
              eq(rekrutteringInnstilling.tjenesteId, actor.tjenesteId),
              eq(rekrutteringInnstilling.version, body.version),
            ),
          )
          .returning({ version: rekrutteringInnstilling.version });
  expectUpdated(rows);
  await auditBy(tx, actor, {
    handling: 'rekruttering.settings_update',
    entitetType: 'tjeneste',
    entitetId: actor.tjenesteId,
    detaljer: endring,
  });
  return getInnstilling(tx, actor);
}
