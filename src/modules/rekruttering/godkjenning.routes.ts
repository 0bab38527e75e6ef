import type { FastifyInstance } from 'fastify';
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
import { apiRoutes } from '@/server/apiRoutes';

/**
 * Approval of a recruited home (home-study report and decision), the approved homes available to
 * a service, linking one to a child's placement, and a foster home's recruitment history.
 */
export function godkjenningRoutes(app: FastifyInstance) {
  const route = apiRoutes(app, ['Rekruttering: godkjenning og formidling']);

  route.get(
    '/api/recruitment/cases/:id/approval',
    { operationId: 'getRecruitmentApproval', params: Id, response: { 200: GodkjenningView } },
    (tx, actor, { params }) => getGodkjenning(tx, actor, params.id),
  );
  route.put(
    '/api/recruitment/cases/:id/approval',
    {
      operationId: 'approveRecruitmentCase',
      params: Id,
      body: GodkjenningBody,
      response: { 200: z.object({ version: z.number().int() }) },
    },
    (tx, actor, { params, body }) => godkjenn(tx, actor, params.id, body),
  );

  route.get(
    '/api/recruitment/available',
    { operationId: 'listAvailableHomes', response: { 200: TilgjengeligListe } },
    (tx, actor) => listTilgjengelige(tx, actor),
  );
  route.post(
    '/api/recruitment/cases/:id/link',
    { operationId: 'linkRecruitedHome', params: Id, body: FormidleBody, response: { 201: Formidlet } },
    (tx, actor, { params, body }) => formidle(tx, actor, params.id, body),
  );

  route.get(
    '/api/foster-homes/:id/recruitment',
    { operationId: 'getFosterHomeRecruitment', params: Id, response: { 200: RekrutteringHistorikk } },
    (tx, actor, { params }) => rekrutteringshistorikk(tx, actor, params.id),
  );
}
