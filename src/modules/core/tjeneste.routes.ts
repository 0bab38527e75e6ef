import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { inTjeneste } from '@/db/context';
import { TjenesteOverview, UserList } from '@/modules/core/core.schema';
import { getTjenesteOverview } from '@/modules/core/getTjenesteOverview';
import { listUsers } from '@/modules/core/listUsers';
import { authorize } from '@/modules/core/policy';
import { actorOf, runAs } from '@/server/auth';

export function tjenesteRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.database;

  r.get(
    '/api/tjeneste',
    { schema: { operationId: 'getTjeneste', tags: ['Tjeneste'], response: { 200: TjenesteOverview } } },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, 'tjeneste:read');
      return inTjeneste(db, actor.tjenesteId, (tx) =>
        getTjenesteOverview(tx, actor.tjenesteId, request.locale),
      );
    },
  );

  r.get(
    '/api/users',
    { schema: { operationId: 'listUsers', tags: ['Tjeneste'], response: { 200: UserList } } },
    (request) =>
      runAs(db, request, (tx, actor) => {
        authorize(actor, 'user:list');
        return listUsers(tx, actor);
      }),
  );
}
