import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '@/db/client';
import { landsbyMal, landsbymedlem } from '@/db/schema';
import type {
  LandsbyMalInput,
  LandsbymedlemInput,
  UpdateLandsbymedlemBody,
} from '@/modules/barn/barn.schema';
import { expectUpdated, openBarn } from '@/modules/barn/caseAccess';
import type { Actor } from '@/modules/core/actor';
import { auditBy } from '@/modules/core/writeAudit';
import { notFound } from '@/server/errors';

/** Everyone around the child working in one direction (Landsbymodellen, seeds/003 §5.1.1). */
export async function addLandsbymedlem(
  tx: Tx,
  actor: Actor,
  barnId: string,
  body: z.infer<typeof LandsbymedlemInput>,
) {
  await openBarn(tx, actor, barnId, 'write');
  const [created] = await tx
    .insert(landsbymedlem)
    .values({ tjenesteId: actor.tjenesteId, barnId, ...body, kontakt: body.kontakt ?? null })
    .returning({ id: landsbymedlem.id });
  if (!created) throw new Error('insert failed');
  await auditBy(tx, actor, {
    handling: 'landsby.member_create',
    entitetType: 'landsbymedlem',
    entitetId: created.id,
    detaljer: { barnId },
  });
  return created;
}

async function openMember(tx: Tx, actor: Actor, id: string) {
  const [row] = await tx.select().from(landsbymedlem).where(eq(landsbymedlem.id, id));
  if (!row) throw notFound();
  await openBarn(tx, actor, row.barnId, 'write');
  return row;
}

export async function updateLandsbymedlem(
  tx: Tx,
  actor: Actor,
  id: string,
  body: z.infer<typeof UpdateLandsbymedlemBody>,
) {
  const row = await openMember(tx, actor, id);
  const rows = await tx
    .update(landsbymedlem)
    .set({
      kategori: body.kategori,
      navn: body.navn,
      rolle: body.rolle,
      kontakt: body.kontakt ?? null,
      version: sql`${landsbymedlem.version} + 1`,
    })
    .where(and(eq(landsbymedlem.id, id), eq(landsbymedlem.version, body.version)))
    .returning({ id: landsbymedlem.id });
  expectUpdated(rows);
  await auditBy(tx, actor, {
    handling: 'landsby.member_update',
    entitetType: 'landsbymedlem',
    entitetId: id,
    detaljer: { barnId: row.barnId },
  });
}

export async function removeLandsbymedlem(tx: Tx, actor: Actor, id: string) {
  const row = await openMember(tx, actor, id);
  await tx.delete(landsbymedlem).where(eq(landsbymedlem.id, id));
  await auditBy(tx, actor, {
    handling: 'landsby.member_delete',
    entitetType: 'landsbymedlem',
    entitetId: id,
    detaljer: { barnId: row.barnId },
  });
}

/** A goal the village agreed to work towards, with the date it was agreed. */
export async function addLandsbyMal(
  tx: Tx,
  actor: Actor,
  barnId: string,
  body: z.infer<typeof LandsbyMalInput>,
) {
  await openBarn(tx, actor, barnId, 'write');
  const [created] = await tx
    .insert(landsbyMal)
    .values({ tjenesteId: actor.tjenesteId, barnId, ...body })
    .returning({ id: landsbyMal.id });
  if (!created) throw new Error('insert failed');
  await auditBy(tx, actor, {
    handling: 'landsby.goal_create',
    entitetType: 'landsby_mal',
    entitetId: created.id,
    detaljer: { barnId },
  });
  return created;
}
