import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '@/db/client';
import { familiemedlem } from '@/db/schema';
import type { FamiliemedlemInput, UpdateFamiliemedlemBody } from '@/modules/barn/barn.schema';
import { expectUpdated, openBarn } from '@/modules/barn/caseAccess';
import type { Actor } from '@/modules/core/actor';
import { auditBy } from '@/modules/core/writeAudit';
import { foreslaForForelder } from '@/modules/program/proposeProgrammes';
import { notFound } from '@/server/errors';

const values = (body: z.infer<typeof FamiliemedlemInput>) => ({
  relasjon: body.relasjon,
  fornavn: body.fornavn,
  etternavn: body.etternavn,
  fodselsdato: body.fodselsdato ?? null,
  telefon: body.telefon ?? null,
  epost: body.epost ?? null,
  adresse: body.adresse ?? null,
  foreldreansvar: body.foreldreansvar,
});

/** Adds a parent, sibling, grandparent or other family member to the child's record. */
export async function addFamiliemedlem(
  tx: Tx,
  actor: Actor,
  barnId: string,
  body: z.infer<typeof FamiliemedlemInput>,
) {
  await openBarn(tx, actor, barnId, 'write');
  const [created] = await tx
    .insert(familiemedlem)
    .values({ tjenesteId: actor.tjenesteId, barnId, ...values(body) })
    .returning({ id: familiemedlem.id });
  if (!created) throw new Error('insert failed');
  await auditBy(tx, actor, {
    handling: 'familiemedlem.create',
    entitetType: 'familiemedlem',
    entitetId: created.id,
    detaljer: { barnId },
  });
  await foreslaForForelder(tx, actor, created.id);
  return created;
}

export async function updateFamiliemedlem(
  tx: Tx,
  actor: Actor,
  id: string,
  body: z.infer<typeof UpdateFamiliemedlemBody>,
) {
  const [row] = await tx.select().from(familiemedlem).where(eq(familiemedlem.id, id));
  if (!row) throw notFound();
  await openBarn(tx, actor, row.barnId, 'write');
  const rows = await tx
    .update(familiemedlem)
    .set({ ...values(body), version: sql`${familiemedlem.version} + 1` })
    .where(and(eq(familiemedlem.id, id), eq(familiemedlem.version, body.version)))
    .returning({ id: familiemedlem.id });
  expectUpdated(rows);
  await auditBy(tx, actor, {
    handling: 'familiemedlem.update',
    entitetType: 'familiemedlem',
    entitetId: id,
    detaljer: { barnId: row.barnId },
  });
}
