import { asc, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { team, users } from '@/db/schema';
import type { Actor } from '@/modules/core/actor';
import { auditBy } from '@/modules/core/writeAudit';

/** Active colleagues in the service, for choosing a contact person or handing over a case. */
export async function listUsers(tx: Tx, actor: Actor) {
  const rows = await tx
    .select({ id: users.id, navn: users.navn, rolle: users.rolle, teamId: users.teamId, teamNavn: team.navn })
    .from(users)
    .leftJoin(team, eq(team.id, users.teamId))
    .where(eq(users.aktiv, true))
    .orderBy(asc(users.navn));
  await auditBy(tx, actor, { handling: 'user.list', entitetType: 'user', detaljer: { antall: rows.length } });
  return {
    items: rows.map((u) => ({
      id: u.id,
      navn: u.navn,
      rolle: u.rolle,
      team: u.teamId && u.teamNavn ? { id: u.teamId, navn: u.teamNavn } : null,
    })),
  };
}
