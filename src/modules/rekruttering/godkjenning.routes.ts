import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Id } from '@/modules/barn/barn.schema';
import { formidle, rekrutteringshistorikk } from '@/modules/rekruttering/formidle';
import { getGodkjenning, godkjenn } from '@/modules/rekruttering/godkjenning';
import {
  FormidleBody,
  Formidlet,
  GodkjenningBody,
  GodkjenningView,
  RekrutteringHistorikk,
  TilgjengeligListe,
} from '@/modules/rekruttering/godkjenning.schema';
import { listTilgjengelige } from '@/modules/rekruttering/tilgjengelige';
import { runAs } from '@/server/auth';

const tags = ['Rekruttering: godkjenning og formidling'];

/**
 * Approval of a recruited home (home-study report and decision), the approved homes available to
 * a service, linking one to a child's placement, and a foster home's recruitment history.
 */
export function godkjenningRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.database;

  r.get(
    '/api/recruitment/cases/:id/approval',
    {
      schema: { operationId: 'getRecruitmentApproval', tags, params: Id, response: { 200: GodkjenningView } },
    },
    (request) => runAs(db, request, (tx, actor) => getGodkjenning(tx, actor, request.params.id)),
  );

  r.put(
    '/api/recruitment/cases/:id/approval',
    {
      schema: {
        operationId: 'approveRecruitmentCase',
        tags,
        params: Id,
        body: GodkjenningBody,
        response: { 200: z.object({ version: z.number().int() }) },
      },
    },
    (request) => runAs(db, request, (tx, actor) => godkjenn(tx, actor, request.params.id, request.body)),
  );

  r.get(
    '/api/recruitment/available',
    { schema: { operationId: 'listAvailableHomes', tags, response: { 200: TilgjengeligListe } } },
    (request) => runAs(db, request, (tx, actor) => listTilgjengelige(tx, actor)),
  );

  r.post(
    '/api/recruitment/cases/:id/link',
    {
      schema: {
        operationId: 'linkRecruitedHome',
        tags,
        params: Id,
        body: FormidleBody,
        response: { 201: Formidlet },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await runAs(db, request, (tx, actor) => formidle(tx, actor, request.params.id, request.body))),
  );

  r.get(
    '/api/foster-homes/:id/recruitment',
    {
      schema: {
        operationId: 'getFosterHomeRecruitment',
        tags,
        params: Id,
        response: { 200: RekrutteringHistorikk },
      },
    },
    (request) => runAs(db, request, (tx, actor) => rekrutteringshistorikk(tx, actor, request.params.id)),
  );
}
