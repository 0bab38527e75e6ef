import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { users, veiledning } from '@/db/schema';
import { expectUpdated, openFosterhjem } from '@/modules/barn/caseAccess';
import type { Actor } from '@/modules/core/actor';
import { osloToday } from '@/modules/core/clock';
import { auditBy } from '@/modules/core/writeAudit';
import type { UpdateVeiledningBody, VeiledningInput } from '@/modules/fosterhjem/fosterfamilie.schema';
import { invalidFields, notFound } from '@/server/errors';

/** The service's active supervisors (role veileder). */
async function veiledere(tx: Tx, tjenesteId: string) {
  return tx
    .select({ id: users.id, navn: users.navn })
    .from(users)
    .where(and(eq(users.tjenesteId, tjenesteId), eq(users.rolle, 'veileder'), eq(users.aktiv, true)))
    .orderBy(asc(users.navn));
}

/** Who gave the guidance: one of the service's supervisors, or an outside supervisor by name. */
async function checkInput(tx: Tx, actor: Actor, body: VeiledningInput) {
  if (body.dato > osloToday()) throw invalidFields({ field: 'dato', code: 'date_future' });
  if (body.veilederId) {
    const list = await veiledere(tx, actor.tjenesteId);
    if (!list.some((v) => v.id === body.veilederId))
      throw invalidFields({ field: 'veilederId', code: 'unknown_reference' });
    return { veilederId: body.veilederId, veilederNavn: null };
  }
  if (!body.veilederNavn) throw invalidFields({ field: 'veilederNavn', code: 'required' });
  return { veilederId: null, veilederNavn: body.veilederNavn };
}

/** The home's guidance sessions, newest first, and the supervisors to choose from. */
export async function listVeiledning(tx: Tx, actor: Actor, fosterhjemId: string) {
  await openFosterhjem(tx, actor, fosterhjemId, 'read');
  const rows = await tx
    .select({ v: veiledning, navn: users.navn })
    .from(veiledning)
    .leftJoin(users, eq(users.id, veiledning.veilederId))
    .where(eq(veiledning.fosterhjemId, fosterhjemId))
    .orderBy(desc(veiledning.dato), desc(veiledning.createdAt));
  await auditBy(tx, actor, {
    handling: 'fosterhjem.read',
    entitetType: 'fosterhjem',
    entitetId: fosterhjemId,
    detaljer: { del: 'veiledning', antall: rows.length },
  });
  return {
    items: rows.map(({ v, navn }) => ({
      id: v.id,
      dato: v.dato,
      veileder: { id: v.veilederId, navn: navn ?? v.veilederNavn ?? '' },
      tema: v.tema,
      notat: v.notat,
      version: v.version,
    })),
    veiledere: await veiledere(tx, actor.tjenesteId),
  };
}

export async function createVeiledning(tx: Tx, actor: Actor, fosterhjemId: string, body: VeiledningInput) {
  await openFosterhjem(tx, actor, fosterhjemId, 'write');
  const veileder = await checkInput(tx, actor, body);
  const [created] = await tx
    .insert(veiledning)
    .values({
      tjenesteId: actor.tjenesteId,
      fosterhjemId,
      dato: body.dato,
      ...veileder,
      tema: body.tema,
      notat: body.notat ?? null,
      registrertAv: actor.userId,
    })
    .returning({ id: veiledning.id });
  if (!created) throw new Error('insert failed');
  await auditBy(tx, actor, {
    handling: 'veiledning.create',
    entitetType: 'veiledning',
    entitetId: created.id,
    detaljer: { fosterhjemId },
  });
  return created;
}

export async function updateVeiledning(
  tx: Tx,
  actor: Actor,
  fosterhjemId: string,
  veiledningId: string,
  body: UpdateVeiledningBody,
) {
  await openFosterhjem(tx, actor, fosterhjemId, 'write');
  const [row] = await tx
    .select({ id: veiledning.id })
    .from(veiledning)
    .where(and(eq(veiledning.id, veiledningId), eq(veiledning.fosterhjemId, fosterhjemId)));
  if (!row) throw notFound();
  const veileder = await checkInput(tx, actor, body);
  const rows = await tx
    .update(veiledning)
    .set({
      dato: body.dato,
      ...veileder,
      tema: body.tema,
      notat: body.notat ?? null,
      version: sql`${veiledning.version} + 1`,
    })
    .where(and(eq(veiledning.id, veiledningId), eq(veiledning.version, body.version)))
    .returning({ id: veiledning.id });
  expectUpdated(rows);
  await auditBy(tx, actor, {
    handling: 'veiledning.update',
    entitetType: 'veiledning',
    entitetId: veiledningId,
    detaljer: { fosterhjemId },
  });
}
