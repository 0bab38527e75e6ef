import '@/server/types';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import { sql } from 'drizzle-orm';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Config } from '@/config';
import type { Database } from '@/db/client';
import { arshjulRoutes } from '@/modules/arshjul/arshjul.routes';
import { barnRoutes } from '@/modules/barn/barn.routes';
import { auditRoutes } from '@/modules/core/audit.routes';
import { authRoutes } from '@/modules/core/auth.routes';
import { Health } from '@/modules/core/core.schema';
import { tjenesteRoutes } from '@/modules/core/tjeneste.routes';
import { fosterfamilieRoutes } from '@/modules/fosterhjem/fosterfamilie.routes';
import { fosterhjemRoutes } from '@/modules/fosterhjem/fosterhjem.routes';
import { innsiktRoutes } from '@/modules/innsikt/innsikt.routes';
import { katalogRoutes } from '@/modules/katalog/katalog.routes';
import { malerRoutes } from '@/modules/maler/maler.routes';
import { manualRoutes } from '@/modules/manual/manual.routes';
import { programRoutes } from '@/modules/program/program.routes';
import { godkjenningRoutes } from '@/modules/rekruttering/godkjenning.routes';
import { rekrutteringOversiktRoutes } from '@/modules/rekruttering/oversikt.routes';
import { rekrutteringRoutes } from '@/modules/rekruttering/rekruttering.routes';
import { slektGjenrekrutteringRoutes } from '@/modules/rekruttering/slektGjenrekruttering.routes';
import { samvaerRoutes } from '@/modules/samvaer/samvaer.routes';
import { tilbakeforingRoutes } from '@/modules/tilbakeforing/tilbakeforing.routes';
import { registerAuth } from '@/server/auth';
import { registerErrorHandling, sendProblem } from '@/server/errors';
import { registerWebApp } from '@/server/webApp';

// WEB_DIST may be relative to the working folder; the static server needs an absolute path.
const webRoot = process.env.WEB_DIST
  ? resolve(process.env.WEB_DIST)
  : fileURLToPath(new URL('../../dist/web', import.meta.url));

/** Builds the HTTP app around an open database. Routes are registered per module. */
export async function buildApp(config: Config, database: Database): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      config.logLevel === 'silent'
        ? false
        : {
            level: config.logLevel,
            // Never log URLs with query strings, bodies or cookies: they may hold personal data.
            serializers: {
              req: (req) => ({ method: req.method, route: req.routeOptions?.url ?? 'unmatched' }),
              res: (res) => ({ statusCode: res.statusCode }),
            },
          },
    bodyLimit: 256 * 1024,
    trustProxy: config.production,
  });
  app.decorate('config', config);
  app.decorate('database', database);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'frame-ancestors': ["'none'"],
        'form-action': ["'self'"],
        'upgrade-insecure-requests': config.cookieSecure ? [] : null,
      },
    },
    hsts: config.cookieSecure,
  });
  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Landsby API',
        description: 'Oppfølging av barn i fosterhjem, fosterfamilier og foreldre.',
        version: '0.1.0',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'landsby' } } },
    },
    transform: jsonSchemaTransform,
  });

  registerErrorHandling(app);
  registerAuth(app);

  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/healthz',
    {
      config: { public: true },
      schema: { operationId: 'health', tags: ['Drift'], response: { 200: Health } },
    },
    async (request, reply) => {
      try {
        await database.db.execute(sql`select 1`);
        return { status: 'ok' as const, database: database.kind };
      } catch {
        return sendProblem(reply, request.locale, 503, 'internal', { params: { reference: 'database' } });
      }
    },
  );
  r.get(
    '/api/openapi.json',
    { config: { public: true }, schema: { operationId: 'openapi', tags: ['Drift'] } },
    async () => app.swagger(),
  );

  authRoutes(app);
  tjenesteRoutes(app);
  auditRoutes(app);
  barnRoutes(app);
  fosterhjemRoutes(app);
  fosterfamilieRoutes(app);
  arshjulRoutes(app);
  malerRoutes(app);
  manualRoutes(app);
  innsiktRoutes(app);
  katalogRoutes(app);
  programRoutes(app);
  samvaerRoutes(app);
  tilbakeforingRoutes(app);
  slektGjenrekrutteringRoutes(app);
  godkjenningRoutes(app);
  rekrutteringRoutes(app);
  rekrutteringOversiktRoutes(app);

  await registerWebApp(app, webRoot);

  return app;
}
