import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { team, tjeneste, users } from '@/db/schema';
import type { Actor } from '@/modules/core/actor';
import type { Me } from '@/modules/core/core.schema';
import { permissionsFor } from '@/modules/core/policy';
import { notFound } from '@/server/errors';

/** The signed-in user's own profile, service and permissions. */
export async function getMe(tx: Tx, actor: Pick<Actor, 'userId'>): Promise<Me> {
  const [row] = await tx
    .select({ user: users, team, tjeneste })
    .from(users)
    .innerJoin(tjeneste, eq(tjeneste.id, users.tjenesteId))
    .leftJoin(team, eq(team.id, users.teamId))
    .where(eq(users.id, actor.userId));
  if (!row) throw notFound();
  const { user } = row;
  return {
    id: user.id,
    username: user.username,
    navn: user.navn,
    rolle: user.rolle,
    sprak: user.sprak,
    team: row.team ? { id: row.team.id, navn: row.team.navn } : null,
    tjeneste: {
      id: row.tjeneste.id,
      kode: row.tjeneste.kode,
      navn: user.sprak === 'nn' && row.tjeneste.navnNn ? row.tjeneste.navnNn : row.tjeneste.navn,
      interkommunal: row.tjeneste.interkommunal,
      organisasjonstype: row.tjeneste.organisasjonstype,
    },
    tillatelser: permissionsFor(user.rolle),
  };
}
