import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { inSystem } from '@/db/context';
import { sessions } from '@/db/schema';
import type { Actor } from '@/modules/core/actor';
import { writeAudit } from '@/modules/core/writeAudit';

/** Ends the actor's session; the deletion and its audit record commit together. */
export function logout(db: Db, actor: Actor): Promise<void> {
  return inSystem(db, async (tx) => {
    await tx.delete(sessions).where(eq(sessions.tokenHash, actor.sessionTokenHash));
    await writeAudit(tx, {
      tjenesteId: actor.tjenesteId,
      aktor: { id: actor.userId, rolle: actor.rolle },
      handling: 'auth.logout',
      entitetType: 'session',
    });
  });
}
