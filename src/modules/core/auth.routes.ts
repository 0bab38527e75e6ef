import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTjeneste } from '@/db/context';
import { LoginThrottle } from '@/domain/loginThrottle';
import { changeLanguage } from '@/modules/core/changeLanguage';
import { LanguageBody, LoginBody, Me, SessionResponse } from '@/modules/core/core.schema';
import { getMe } from '@/modules/core/getMe';
import { login } from '@/modules/core/login';
import { logout } from '@/modules/core/logout';
import { actorOf, clearSessionCookie, setSessionCookie } from '@/server/auth';

const tags = ['Innlogging'];

export function authRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.database;
  const times = { idleMinutes: app.config.sessionIdleMinutes, maxHours: app.config.sessionMaxHours };
  const byUser = new LoginThrottle({ maxFailures: 5, windowMs: 15 * 60_000 });

  r.post(
    '/api/auth/login',
    {
      config: { public: true },
      schema: { operationId: 'login', tags, body: LoginBody, response: { 200: SessionResponse } },
    },
    async (request, reply) => {
      const session = await login(db, byUser, times, { ...request.body, clientAddress: request.ip });
      setSessionCookie(reply, app.config, session.token);
      const user = await inTjeneste(db, session.tjenesteId, (tx) => getMe(tx, session));
      return { user, csrfToken: session.csrfToken };
    },
  );

  r.post(
    '/api/auth/logout',
    {
      config: { public: true, skipCsrfToken: true },
      schema: { operationId: 'logout', tags, response: { 204: z.null() } },
    },
    async (request, reply) => {
      if (request.actor) await logout(db, request.actor);
      clearSessionCookie(reply, app.config);
      return reply.code(204).send(null);
    },
  );

  r.get(
    '/api/auth/session',
    { schema: { operationId: 'getSession', tags, response: { 200: SessionResponse } } },
    async (request) => {
      const actor = actorOf(request);
      const user = await inTjeneste(db, actor.tjenesteId, (tx) => getMe(tx, actor));
      return { user, csrfToken: actor.csrfToken };
    },
  );

  r.put(
    '/api/me/language',
    { schema: { operationId: 'changeLanguage', tags, body: LanguageBody, response: { 200: Me } } },
    async (request) => {
      const actor = actorOf(request);
      return inTjeneste(db, actor.tjenesteId, async (tx) => {
        await changeLanguage(tx, actor, request.body.sprak);
        return getMe(tx, actor);
      });
    },
  );
}
