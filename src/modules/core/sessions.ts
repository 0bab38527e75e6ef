import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { and, eq, lt, or } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { inSystem } from '@/db/context';
import { sessions, users } from '@/db/schema';
import type { Actor } from '@/modules/core/actor';
import { writeAudit } from '@/modules/core/writeAudit';

export type SessionTimes = { idleMinutes: number; maxHours: number };

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Starts a session for the user inside the caller's transaction; returns the cookie token. */
export async function createSession(
  tx: Tx,
  user: { id: string; tjenesteId: string },
  times: SessionTimes,
  now = new Date(),
): Promise<{ token: string; csrfToken: string }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  // Tidy the user's own dead sessions while we are here.
  const idleCutoff = new Date(now.getTime() - times.idleMinutes * 60_000);
  await tx
    .delete(sessions)
    .where(
      and(eq(sessions.userId, user.id), or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, idleCutoff))),
    );
  await tx.insert(sessions).values({
    tokenHash: hashToken(token),
    userId: user.id,
    tjenesteId: user.tjenesteId,
    csrfToken,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + times.maxHours * 3_600_000),
  });
  return { token, csrfToken };
}

export type SessionLookup = { kind: 'none' } | { kind: 'expired' } | { kind: 'active'; actor: Actor };

/**
 * Resolves a session token. An idle or expired session is deleted and its end audited;
 * an active one has its last-seen time moved on (at most once a minute).
 */
export async function resolveSession(
  db: Db,
  token: string,
  times: SessionTimes,
  now = new Date(),
): Promise<SessionLookup> {
  const tokenHash = hashToken(token);
  return inSystem(db, async (tx) => {
    const [row] = await tx
      .select({ session: sessions, user: users })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(eq(sessions.tokenHash, tokenHash));
    if (!row) return { kind: 'none' };
    const { session, user } = row;
    const idleSince = now.getTime() - session.lastSeenAt.getTime();
    if (!user.aktiv || session.expiresAt <= now || idleSince > times.idleMinutes * 60_000) {
      await tx.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
      await writeAudit(tx, {
        tjenesteId: user.tjenesteId,
        aktor: { id: user.id, rolle: user.rolle },
        handling: 'auth.session_expired',
        entitetType: 'session',
      });
      return { kind: 'expired' };
    }
    if (idleSince > 60_000) {
      await tx.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
    }
    return {
      kind: 'active',
      actor: {
        userId: user.id,
        tjenesteId: user.tjenesteId,
        rolle: user.rolle,
        teamId: user.teamId,
        sprak: user.sprak,
        sessionTokenHash: tokenHash,
        csrfToken: session.csrfToken,
      },
    };
  });
}
