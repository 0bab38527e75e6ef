import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '@/config';
import type { Db, Tx } from '@/db/client';
import { inTjeneste } from '@/db/context';
import type { Actor } from '@/modules/core/actor';
import { resolveSession, safeEqual } from '@/modules/core/sessions';
import { AppError } from '@/server/errors';
import { localeFromAcceptLanguage } from '@/server/i18n';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** `__Host-` needs Secure, so plain-HTTP development uses an unprefixed name. */
export const cookieName = (config: Config) => (config.cookieSecure ? '__Host-landsby' : 'landsby');

export function setSessionCookie(reply: FastifyReply, config: Config, token: string) {
  reply.setCookie(cookieName(config), token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: config.cookieSecure,
    maxAge: config.sessionMaxHours * 3600,
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Config) {
  reply.clearCookie(cookieName(config), {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: config.cookieSecure,
  });
}

/** The request's Origin (or Referer) must be this server, when the browser sends one. */
function sameOrigin(request: FastifyRequest, config: Config): boolean {
  const source = request.headers.origin ?? request.headers.referer;
  if (!source) return request.headers['sec-fetch-site'] !== 'cross-site';
  let origin: string;
  try {
    origin = new URL(source).origin;
  } catch {
    return false;
  }
  if (config.allowedOrigins.includes(origin)) return true;
  const host = request.headers['x-forwarded-host'] ?? request.headers.host;
  return typeof host === 'string' && new URL(origin).host === host;
}

/**
 * Resolves the session cookie into `request.actor`, picks the response language, and guards
 * every API route: a signed-in user unless the route is public, and for state-changing
 * requests a same-origin check plus the session's CSRF token in `x-csrf-token`.
 */
export function registerAuth(app: FastifyInstance) {
  const config = app.config;
  const times = { idleMinutes: config.sessionIdleMinutes, maxHours: config.sessionMaxHours };
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionExpired', false);
  app.decorateRequest('locale', 'nb');

  app.addHook('onRequest', async (request) => {
    request.locale = localeFromAcceptLanguage(request.headers['accept-language']);
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[cookieName(config)];
    if (!token) return;
    const found = await resolveSession(app.database.db, token, times);
    if (found.kind === 'active') {
      request.actor = found.actor;
      request.locale = found.actor.sprak;
    } else if (found.kind === 'expired') {
      request.sessionExpired = true;
    }
  });

  app.addHook('preHandler', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    const routeConfig = request.routeOptions.config;
    if (UNSAFE.has(request.method) && !sameOrigin(request, config)) throw new AppError(403, 'csrf_failed');
    if (routeConfig.public) return;
    if (!request.actor) {
      if (request.sessionExpired) clearSessionCookie(reply, config);
      throw new AppError(401, request.sessionExpired ? 'session_expired' : 'unauthenticated');
    }
    if (UNSAFE.has(request.method) && !routeConfig.skipCsrfToken) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !safeEqual(sent, request.actor.csrfToken)) {
        throw new AppError(403, 'csrf_failed');
      }
    }
  });
}

/** The signed-in user of a non-public route (the guard above has already required one). */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError(401, 'unauthenticated');
  return request.actor;
}

/** Runs a use case as the signed-in user, in one transaction scoped to their service. */
export function runAs<T>(
  db: Db,
  request: FastifyRequest,
  fn: (tx: Tx, actor: Actor) => Promise<T>,
): Promise<T> {
  const actor = actorOf(request);
  return inTjeneste(db, actor.tjenesteId, (tx) => fn(tx, actor));
}
