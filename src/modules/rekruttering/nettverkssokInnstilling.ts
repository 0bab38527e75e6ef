import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { rekrutteringInnstilling } from '@/db/schema';
import { expectUpdated } from '@/modules/barn/caseAccess';
import type { Actor } from '@/modules/core/actor';
import { authorize } from '@/modules/core/policy';
import { auditBy } from '@/modules/core/writeAudit';

/**
 * Whether the service requires a concluded family and network search before an ordinary home
 * (on, version 0, when it has set nothing). The same settings row as the retention period
 * (src/modules/rekruttering/innstilling.ts) and the same version: either change bumps it.
 */
export async function getNettverkssokInnstilling(tx: Tx, actor: Actor) {
  authorize(actor, 'rekruttering:settings');
  const [row] = await tx
    .select({ krever: rekrutteringInnstilling.kreverNettverkssok, version: rekrutteringInnstilling.version })
    .from(rekrutteringInnstilling)
    .where(eq(rekrutteringInnstilling.tjenesteId, actor.tjenesteId));
  return row
    ? { kreverNettverkssok: row.krever, version: row.version }
    : { kreverNettverkssok: true, version: 0 };
}

/** Switches the requirement on or off for the actor's service (the head of service). */
export async function updateNettverkssokInnstilling(
  tx: Tx,
  actor: Actor,
  body: { kreverNettverkssok: boolean; version: number },
) {
  authorize(actor, 'rekruttering:settings');
  const rows =
    body.version === 0
      ? await tx
          .insert(rekrutteringInnstilling)
          .values({ tjenesteId: actor.tjenesteId, kreverNettverkssok: body.kreverNettverkssok })
          .onConflictDoNothing()
          .returning({ version: rekrutteringInnstilling.version })
      : await tx
          .update(rekrutteringInnstilling)
          .set({
            kreverNettverkssok: body.kreverNettverkssok,
            version: sql`${rekrutteringInnstilling.version} + 1`,
          })
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
    detaljer: { kreverNettverkssok: body.kreverNettverkssok },
  });
  return getNettverkssokInnstilling(tx, actor);
}
