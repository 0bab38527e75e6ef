import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { barn, tildeling, users } from '@/db/schema';
import { REGISTRERING_ROLLER } from '@/modules/barn/barn.policy';
import type { CreateBarnBody } from '@/modules/barn/barn.schema';
import { resolveIdentitet } from '@/modules/barn/identitet';
import type { Actor } from '@/modules/core/actor';
import { osloToday } from '@/modules/core/clock';
import { auditBy } from '@/modules/core/writeAudit';
import { AppError, invalidFields } from '@/server/errors';

export type IdentitetOptions = { tillatSyntetiske: boolean };

/** A colleague in the service who may follow children; their team is the child's default team. */
export async function assignableUser(tx: Tx, userId: string, field: string) {
  const [user] = await tx
    .select()
    .from(users)
    .where(and(eq(users.id, userId), eq(users.aktiv, true)));
  if (!user || !REGISTRERING_ROLLER.includes(user.rolle))
    throw invalidFields({ field, code: 'not_assignable' });
  return user;
}

export async function ensureUniqueFodselsnummer(tx: Tx, fodselsnummer: string | null, exceptId?: string) {
  if (!fodselsnummer) return;
  const [other] = await tx.select({ id: barn.id }).from(barn).where(eq(barn.fodselsnummer, fodselsnummer));
  if (other && other.id !== exceptId) {
    throw new AppError(409, 'duplicate', {}, {}, [
      { field: 'fodselsnummer', code: 'fodselsnummer_duplicate' },
    ]);
  }
}

/**
 * Registers a child. A contact person who registers a child follows it; a team leader or head
 * of service may name the contact person. The first assignment starts the handover history.
 */
export async function createBarn(tx: Tx, actor: Actor, body: CreateBarnBody, options: IdentitetOptions) {
  const today = osloToday();
  const identitet = resolveIdentitet(body, { ...options, today });
  await ensureUniqueFodselsnummer(tx, identitet.fodselsnummer);

  const kontaktpersonId = body.kontaktpersonId ?? (actor.rolle === 'kontaktperson' ? actor.userId : null);
  const kontaktperson = kontaktpersonId ? await assignableUser(tx, kontaktpersonId, 'kontaktpersonId') : null;
  const teamId = body.teamId ?? kontaktperson?.teamId ?? actor.teamId;

  const [created] = await tx
    .insert(barn)
    .values({
      tjenesteId: actor.tjenesteId,
      fornavn: body.fornavn,
      etternavn: body.etternavn,
      ...identitet,
      sprak: body.sprak,
      kultur: body.kultur ?? null,
      religion: body.religion ?? null,
      kontaktpersonId,
      teamId,
    })
    .returning({ id: barn.id });
  if (!created) throw new Error('insert failed');
  if (kontaktpersonId) {
    await tx.insert(tildeling).values({
      tjenesteId: actor.tjenesteId,
      barnId: created.id,
      tilBrukerId: kontaktpersonId,
      dato: today,
      registrertAv: actor.userId,
    });
  }
  await auditBy(tx, actor, { handling: 'barn.create', entitetType: 'barn', entitetId: created.id });
  return created;
}
