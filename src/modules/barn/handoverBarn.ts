import { eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { barn, tildeling } from '@/db/schema';
import type { HandoverBody } from '@/modules/barn/barn.schema';
import { openBarn } from '@/modules/barn/caseAccess';
import { assignableUser } from '@/modules/barn/createBarn';
import type { Actor } from '@/modules/core/actor';
import { osloToday } from '@/modules/core/clock';
import { auditBy } from '@/modules/core/writeAudit';

/**
 * Gives the child a new contact person, with a handover summary (what is planned, what is
 * pending, what matters to the child) that the new person sees first, so families do not have
 * to repeat themselves. The child moves to the new person's team.
 */
export async function handoverBarn(tx: Tx, actor: Actor, id: string, body: HandoverBody) {
  const { barn: b } = await openBarn(tx, actor, id, 'write');
  const til = await assignableUser(tx, body.tilBrukerId, 'tilBrukerId');
  await tx
    .update(barn)
    .set({ kontaktpersonId: til.id, teamId: til.teamId ?? b.teamId, version: sql`${barn.version} + 1` })
    .where(eq(barn.id, id));
  const [created] = await tx
    .insert(tildeling)
    .values({
      tjenesteId: actor.tjenesteId,
      barnId: id,
      fraBrukerId: b.kontaktpersonId,
      tilBrukerId: til.id,
      dato: osloToday(),
      planlagt: body.planlagt ?? null,
      utestaende: body.utestaende ?? null,
      viktigForBarnet: body.viktigForBarnet ?? null,
      registrertAv: actor.userId,
    })
    .returning({ id: tildeling.id });
  await auditBy(tx, actor, {
    handling: 'tildeling.create',
    entitetType: 'barn',
    entitetId: id,
    detaljer: { fra: b.kontaktpersonId, til: til.id },
  });
  return created as { id: string };
}
