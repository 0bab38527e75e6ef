import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { and, eq, lt, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { inSystem } from '@/db/context';
import { sessions } from '@/db/schema';
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

type SessionRow = {
  csrf_token: string;
  user_id: string;
  tjeneste_id: string;
  rolle: Actor['rolle'];
  team_id: string | null;
  sprak: Actor['sprak'];
  active: boolean;
};

/**
 * Resolves a session token. An idle or expired session (or one whose user is no longer
 * active) is deleted and its end audited; an active one has its last-seen time moved on (at
 * most once a minute).
 *
 * Every API request comes through here, so the common case is one statement and no
 * transaction: it reads the session with its user, says whether it is still active, and in the
 * same statement moves last-seen on when it is active and more than a minute old. Only an
 * ending session takes a transaction of its own, for the deletion and its audit row.
 */
export async function resolveSession(
  db: Db,
  token: string,
  times: SessionTimes,
  now = new Date(),
): Promise<SessionLookup> {
  const tokenHash = hashToken(token);
  // As text with an explicit type: both drivers (node-postgres, PGlite) pass it the same way.
  const at = (ms: number) => sql`${new Date(ms).toISOString()}::timestamptz`;
  const nowAt = at(now.getTime());
  const idleCutoff = at(now.getTime() - times.idleMinutes * 60_000);
  const touchCutoff = at(now.getTime() - 60_000);
  const result = await db.execute(sql`
    with s as (
      select s.csrf_token, s.user_id, u.tjeneste_id, u.rolle, u.team_id, u.sprak,
        (u.aktiv and s.expires_at > ${nowAt} and s.last_seen_at >= ${idleCutoff}) as active
      from sessions s join users u on u.id = s.user_id
      where s.token_hash = ${tokenHash}
    ), touch as (
      update sessions set last_seen_at = ${nowAt}
      where token_hash = ${tokenHash} and last_seen_at < ${touchCutoff} and coalesce((select active from s), false)
      returning 1
    )
    select * from s`);
  const row = (result as unknown as { rows: SessionRow[] }).rows[0];
  if (!row) return { kind: 'none' };
  if (!row.active) {
    await inSystem(db, async (tx) => {
      const ended = await tx
        .delete(sessions)
        .where(eq(sessions.tokenHash, tokenHash))
        .returning({ tokenHash: sessions.tokenHash });
      // Two requests may find the same session ended: the end is audited once.
      if (!ended.length) return;
      await writeAudit(tx, {
        tjenesteId: row.tjeneste_id,
        aktor: { id: row.user_id, rolle: row.rolle },
        handling: 'auth.session_expired',
        entitetType: 'session',
      });
    });
    return { kind: 'expired' };
  }
  return {
    kind: 'active',
    actor: {
      userId: row.user_id,
      tjenesteId: row.tjeneste_id,
      rolle: row.rolle,
      teamId: row.team_id,
      sprak: row.sprak,
      sessionTokenHash: tokenHash,
      csrfToken: row.csrf_token,
    },
  };
}
