import { eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { users } from '@/db/schema';
import type { Actor } from '@/modules/core/actor';
import { writeAudit } from '@/modules/core/writeAudit';
import type { Locale } from '@/server/i18n';

/** Remembers the user's written standard (bokmål or nynorsk) for the UI, messages and documents. */
export async function changeLanguage(tx: Tx, actor: Actor, sprak: Locale): Promise<void> {
  await tx
    .update(users)
    .set({ sprak, version: sql`${users.version} + 1` })
    .where(eq(users.id, actor.userId));
  await writeAudit(tx, {
    tjenesteId: actor.tjenesteId,
    aktor: { id: actor.userId, rolle: actor.rolle },
    handling: 'user.language_changed',
    entitetType: 'user',
    entitetId: actor.userId,
    detaljer: { sprak },
  });
}
