import { and, desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '@/db/client';
import { rammefortellingDel, rammefortellingVersjon, users } from '@/db/schema';
import type { RammefortellingInput, UpdateRammefortellingBody } from '@/modules/barn/barn.schema';
import { expectUpdated, openBarn } from '@/modules/barn/caseAccess';
import type { Actor } from '@/modules/core/actor';
import { auditBy } from '@/modules/core/writeAudit';
import { notFound } from '@/server/errors';

/**
 * The child's life story (rammefortelling, seeds/003 §5.2.3) is written in parts over time.
 * Every save of a part is kept as a version with its author and time.
 */
export async function addRammefortellingDel(
  tx: Tx,
  actor: Actor,
  barnId: string,
  body: z.infer<typeof RammefortellingInput>,
) {
  await openBarn(tx, actor, barnId, 'write');
  const values = {
    tittel: body.tittel,
    periode: body.periode ?? null,
    tekst: body.tekst,
    forfatterId: actor.userId,
  };
  const [created] = await tx
    .insert(rammefortellingDel)
    .values({ tjenesteId: actor.tjenesteId, barnId, ...values })
    .returning({ id: rammefortellingDel.id });
  if (!created) throw new Error('insert failed');
  await tx
    .insert(rammefortellingVersjon)
    .values({ tjenesteId: actor.tjenesteId, delId: created.id, version: 1, ...values });
  await auditBy(tx, actor, {
    handling: 'rammefortelling.create',
    entitetType: 'rammefortelling_del',
    entitetId: created.id,
    detaljer: { barnId },
  });
  return created;
}

async function openDel(tx: Tx, actor: Actor, id: string, mode: 'read' | 'write') {
  const [del] = await tx.select().from(rammefortellingDel).where(eq(rammefortellingDel.id, id));
  if (!del) throw notFound();
  await openBarn(tx, actor, del.barnId, mode);
  return del;
}

export async function updateRammefortellingDel(
  tx: Tx,
  actor: Actor,
  id: string,
  body: z.infer<typeof UpdateRammefortellingBody>,
) {
  const del = await openDel(tx, actor, id, 'write');
  const values = {
    tittel: body.tittel,
    periode: body.periode ?? null,
    tekst: body.tekst,
    forfatterId: actor.userId,
  };
  const rows = await tx
    .update(rammefortellingDel)
    .set({ ...values, updatedAt: new Date(), version: sql`${rammefortellingDel.version} + 1` })
    .where(and(eq(rammefortellingDel.id, id), eq(rammefortellingDel.version, body.version)))
    .returning({ version: rammefortellingDel.version });
  expectUpdated(rows);
  await tx.insert(rammefortellingVersjon).values({
    tjenesteId: actor.tjenesteId,
    delId: id,
    version: rows[0]?.version ?? body.version + 1,
    ...values,
  });
  await auditBy(tx, actor, {
    handling: 'rammefortelling.update',
    entitetType: 'rammefortelling_del',
    entitetId: id,
    detaljer: { barnId: del.barnId },
  });
}

/** Every saved version of a part, newest first. */
export async function listRammefortellingVersjoner(tx: Tx, actor: Actor, id: string) {
  const del = await openDel(tx, actor, id, 'read');
  const rows = await tx
    .select({ v: rammefortellingVersjon, navn: users.navn })
    .from(rammefortellingVersjon)
    .leftJoin(users, eq(users.id, rammefortellingVersjon.forfatterId))
    .where(eq(rammefortellingVersjon.delId, id))
    .orderBy(desc(rammefortellingVersjon.version));
  await auditBy(tx, actor, {
    handling: 'rammefortelling.history_read',
    entitetType: 'rammefortelling_del',
    entitetId: id,
    detaljer: { barnId: del.barnId },
  });
  return {
    items: rows.map(({ v, navn }) => ({
      version: v.version,
      tittel: v.tittel,
      periode: v.periode,
      tekst: v.tekst,
      forfatter: { id: v.forfatterId, navn: navn ?? '' },
      lagret: v.lagret.toISOString(),
    })),
  };
}
