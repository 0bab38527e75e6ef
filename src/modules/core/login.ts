import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { inSystem } from '@/db/context';
import { users } from '@/db/schema';
import type { LoginThrottle } from '@/domain/loginThrottle';
import { dummyPasswordHash, verifyPassword } from '@/modules/core/password';
import { createSession, type SessionTimes } from '@/modules/core/sessions';
import { writeAudit } from '@/modules/core/writeAudit';
import { AppError } from '@/server/errors';

export type LoginInput = { username: string; password: string; clientAddress: string };

/**
 * Signs in a local account. Unknown user and wrong password give the same answer after the
 * same work (a password hash is always verified); repeated failures lock the user name and
 * the client address for a while. The session and its audit record commit together.
 */
export async function login(
  db: Db,
  throttle: LoginThrottle,
  times: SessionTimes,
  input: LoginInput,
): Promise<{ userId: string; tjenesteId: string; token: string; csrfToken: string }> {
  const userKey = `u:${input.username.trim().toLowerCase()}`;
  const addressKey = `a:${input.clientAddress}`;
  const wait = Math.max(throttle.retryAfterMs(userKey), throttle.retryAfterMs(addressKey));
  if (wait > 0) {
    const seconds = Math.ceil(wait / 1000);
    throw new AppError(
      429,
      'too_many_attempts',
      { minutes: Math.ceil(seconds / 60) },
      { 'retry-after': String(seconds) },
    );
  }

  const [user] = await inSystem(db, (tx) =>
    tx
      .select()
      .from(users)
      .where(eq(sql`lower(${users.username})`, input.username.trim().toLowerCase())),
  );
  const passwordHash = user?.aktiv && user.passwordHash ? user.passwordHash : await dummyPasswordHash();
  const valid =
    (await verifyPassword(passwordHash, input.password)) && Boolean(user?.aktiv && user.passwordHash);

  if (!user || !valid) {
    throttle.recordFailure(userKey);
    throttle.recordFailure(addressKey);
    await inSystem(db, (tx) =>
      writeAudit(tx, {
        tjenesteId: user?.tjenesteId ?? null,
        aktor: user ? { id: user.id, rolle: user.rolle } : null,
        handling: 'auth.login_failed',
        entitetType: 'user',
        entitetId: user?.id ?? null,
      }),
    );
    throw new AppError(401, 'invalid_credentials');
  }

  throttle.reset(userKey);
  return inSystem(db, async (tx) => {
    const session = await createSession(tx, user, times);
    await writeAudit(tx, {
      tjenesteId: user.tjenesteId,
      aktor: { id: user.id, rolle: user.rolle },
      handling: 'auth.login',
      entitetType: 'session',
    });
    return { userId: user.id, tjenesteId: user.tjenesteId, ...session };
  });
}
