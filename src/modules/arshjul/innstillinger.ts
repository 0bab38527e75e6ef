import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { arshjulInnstilling, barn } from '@/db/schema';
import { type Innstillinger, STANDARD_INNSTILLINGER } from '@/domain/arshjul';
import { SYNC_BATCH, syncOppgaverBatch } from '@/modules/arshjul/syncBatch';
import type { Actor } from '@/modules/core/actor';
import { osloToday } from '@/modules/core/clock';
import { auditBy } from '@/modules/core/writeAudit';
import { versionConflict } from '@/server/errors';

export const InnstillingerSchema = z.strictObject({
  planEvalueringMaaneder: z.number().int().min(1).max(24),
  ettervernMaanederFor18: z.number().int().min(1).max(24),
  avtaleEvalueringMaanederFor: z.number().int().min(1).max(24),
  foreldresamtalerPerAr: z.number().int().min(1).max(12),
  tilbakeforingMaaneder: z.number().int().min(1).max(24),
  tilsynsrapportDager: z.number().int().min(1).max(90),
  gjennomgangUker: z.number().int().min(1).max(52).default(6),
  // Added later: a client that does not send them keeps the service's current numbers.
  arligEvalueringMaaneder: z.number().int().min(1).max(24).optional(),
  samtaleOvrigeBarnMaaneder: z.number().int().min(1).max(24).optional(),
  kursPaminnelseMaaneder: z.number().int().min(1).max(24).optional(),
});

/** The service's local-practice numbers, falling back to Landsby's defaults. */
export async function getInnstillinger(
  tx: Tx,
  tjenesteId: string,
): Promise<Innstillinger & { version: number }> {
  const [row] = await tx
    .select()
    .from(arshjulInnstilling)
    .where(eq(arshjulInnstilling.tjenesteId, tjenesteId));
  return {
    ...STANDARD_INNSTILLINGER,
    ...((row?.verdier as Partial<Innstillinger>) ?? {}),
    version: row?.version ?? 0,
  };
}

/** Changes local practice for the whole service (head of service); refused if changed meanwhile. */
export async function updateInnstillinger(
  tx: Tx,
  actor: Actor,
  endringer: Partial<Innstillinger>,
  version: number,
) {
  const { version: currentVersion, ...current } = await getInnstillinger(tx, actor.tjenesteId);
  if (currentVersion !== version) throw versionConflict();
  const verdier: Innstillinger = { ...current };
  for (const [key, value] of Object.entries(endringer) as [keyof Innstillinger, number | undefined][]) {
    if (value !== undefined) verdier[key] = value;
  }
  await tx
    .insert(arshjulInnstilling)
    .values({ tjenesteId: actor.tjenesteId, verdier, version: version + 1 })
    .onConflictDoUpdate({
      target: arshjulInnstilling.tjenesteId,
      set: { verdier, version: sql`${arshjulInnstilling.version} + 1` },
    });
  // Every child's tasks follow the new numbers at once, a batch of children at a time.
  const today = osloToday();
  const ids = (await tx.select({ id: barn.id }).from(barn)).map((c) => c.id);
  for (let i = 0; i < ids.length; i += SYNC_BATCH) {
    await syncOppgaverBatch(tx, actor.tjenesteId, ids.slice(i, i + SYNC_BATCH), today);
  }
  await auditBy(tx, actor, {
    handling: 'arshjul.settings_update',
    entitetType: 'tjeneste',
    entitetId: actor.tjenesteId,
  });
}
