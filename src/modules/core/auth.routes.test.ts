import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inSystem } from '@/db/context';
import { sessions } from '@/db/schema';
import { DEMO_PASSWORD } from '@/seed/demo';
import { createTestApp, sessionCookie, type TestApp } from '@/test/testApp';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('sign-in', () => {
  it('signs in a demo account with an HttpOnly SameSite cookie and returns the user and a CSRF token', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'leder.bergen', password: DEMO_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'landsby');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const body = res.json();
    expect(body.user).toMatchObject({ username: 'leder.bergen', rolle: 'leder', sprak: 'nb' });
    expect(body.user.tillatelser).toContain('audit:read');
    expect(body.csrfToken).toMatch(/^[\w-]{20,}$/);
  });

  it('uses a __Host- cookie with Secure behind HTTPS', async () => {
    const secure = await createTestApp({ COOKIE_SECURE: 'true' });
    try {
      const res = await secure.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'leder.bergen', password: DEMO_PASSWORD },
      });
      expect(res.cookies[0]).toMatchObject({ name: '__Host-landsby', secure: true, path: '/' });
    } finally {
      await secure.close();
    }
  });

  it('gives the same answer for an unknown user and a wrong password', async () => {
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'finnes.ikke', password: 'feil-passord' },
    });
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin.bergen', password: 'feil-passord' },
    });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    expect(unknown.json()).toEqual(wrong.json());
    expect(wrong.json()).toMatchObject({
      code: 'invalid_credentials',
      detail: 'Feil brukernavn eller passord.',
    });
  });

  it('answers in nynorsk when the browser asks for it', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'accept-language': 'nn-NO,nn;q=0.9,nb;q=0.8' },
      payload: { username: 'x', password: 'y' },
    });
    expect(res.json().detail).toBe('Feil brukarnamn eller passord.');
  });

  it('locks a user name after five failures, with the same answer whether or not it exists', async () => {
    for (const username of ['teamleder.hv', 'ingen.slik']) {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) {
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username, password: 'galt' },
          remoteAddress: `10.0.0.${i + (username === 'ingen.slik' ? 10 : 0)}`,
        });
        statuses.push(res.statusCode);
      }
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    }
    const locked = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'teamleder.hv', password: DEMO_PASSWORD },
    });
    expect(locked.statusCode).toBe(429);
    expect(locked.headers['retry-after']).toBeDefined();
    expect(locked.json().code).toBe('too_many_attempts');
  });

  it('rejects a login from another site', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: 'https://angriper.example' },
      payload: { username: 'leder.bergen', password: DEMO_PASSWORD },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('csrf_failed');
  });
});

describe('session', () => {
  it('knows the signed-in user, and nobody without a cookie', async () => {
    const s = await t.login('kontaktperson.bergen');
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: s.cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.rolle).toBe('kontaktperson');
    const anon = await t.app.inject({ method: 'GET', url: '/api/auth/session' });
    expect(anon.statusCode).toBe(401);
    expect(anon.json().code).toBe('unauthenticated');
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const s = await t.login('kontaktperson.bergen');
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/me/language',
      headers: { cookie: s.cookie },
      payload: { sprak: 'nn' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('csrf_failed');
    const wrong = await t.app.inject({
      method: 'PUT',
      url: '/api/me/language',
      headers: { cookie: s.cookie, 'x-csrf-token': 'feil' },
      payload: { sprak: 'nn' },
    });
    expect(wrong.statusCode).toBe(403);
  });

  it('remembers the language per user, across sessions', async () => {
    const s = await t.login('veileder.bergen');
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/me/language',
      headers: s.headers,
      payload: { sprak: 'nn' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().sprak).toBe('nn');
    const again = await t.login('veileder.bergen');
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { cookie: again.cookie },
    });
    expect(me.json().user.sprak).toBe('nn');
    // Problems now come in nynorsk for this user, whatever the browser asks for.
    const problem = await t.app.inject({
      method: 'GET',
      url: '/api/audit-events',
      headers: { cookie: again.cookie },
    });
    expect(problem.json().detail).toBe('Du har ikkje tilgang til dette.');
  });

  it('ends after the idle timeout, and says so', async () => {
    const s = await t.login('rekrutterer.bergen');
    const tokenHash = (
      await inSystem(t.database.db, (tx) => tx.select().from(sessions).where(eq(sessions.userId, s.userId)))
    )[0]?.tokenHash as string;
    await inSystem(t.database.db, (tx) =>
      tx
        .update(sessions)
        .set({ lastSeenAt: new Date(Date.now() - 31 * 60_000) })
        .where(eq(sessions.tokenHash, tokenHash)),
    );
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { cookie: s.cookie },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('session_expired');
    const gone = await inSystem(t.database.db, (tx) =>
      tx.select().from(sessions).where(eq(sessions.tokenHash, tokenHash)),
    );
    expect(gone).toEqual([]);
  });

  it('logs out: the cookie no longer works', async () => {
    const s = await t.login('admin.oygarden');
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: s.cookie },
    });
    expect(out.statusCode).toBe(204);
    expect(sessionCookie(out)).toBe('landsby=');
    const after = await t.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { cookie: s.cookie },
    });
    expect(after.statusCode).toBe(401);
  });
});
