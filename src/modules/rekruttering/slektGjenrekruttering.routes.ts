import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { Created, Id } from '@/modules/barn/barn.schema';
import {
  answerGjenrekruttering,
  closeGjenrekruttering,
  gjenrekrutteringForHjem,
  listGjenrekruttering,
} from '@/modules/rekruttering/gjenrekruttering';
import {
  concludeNettverkssok,
  listNettverkssok,
  startNettverkssok,
  updateNettverkssok,
} from '@/modules/rekruttering/nettverkssok';
import {
  AnswerGjenrekrutteringBody,
  CloseGjenrekrutteringBody,
  ConcludeNettverkssokBody,
  GjenrekrutteringForHjem,
  GjenrekrutteringList,
  NettverkssokList,
  StartNettverkssokBody,
  UpdateNettverkssokBody,
} from '@/modules/rekruttering/nettverkssok.schema';
import { apiRoutes, NoContent } from '@/server/apiRoutes';

/**
 * Kinship first (the documented search in the child's family and close network, access by the
 * child: openBarn) and re-recruitment of a foster home after its last placement ends (access by
 * the foster home: openFosterhjem; the service's list by permission gjenrekruttering:list).
 * Whether the service requires the search is in the recruitment settings (rekruttering.routes.ts).
 */
export function slektGjenrekrutteringRoutes(app: FastifyInstance) {
  const route = apiRoutes(app, ['Slekt og nettverk, gjenrekruttering']);

  route.get(
    '/api/children/:id/network-searches',
    { operationId: 'listNetworkSearches', params: Id, response: { 200: NettverkssokList } },
    (tx, actor, { params }) => listNettverkssok(tx, actor, params.id),
  );
  route.post(
    '/api/children/:id/network-searches',
    {
      operationId: 'startNetworkSearch',
      params: Id,
      body: StartNettverkssokBody,
      response: { 201: Created },
    },
    (tx, actor, { params, body }) => startNettverkssok(tx, actor, params.id, body),
  );
  route.put(
    '/api/network-searches/:id',
    { operationId: 'updateNetworkSearch', params: Id, body: UpdateNettverkssokBody, response: NoContent },
    (tx, actor, { params, body }) => updateNettverkssok(tx, actor, params.id, body),
  );
  route.post(
    '/api/network-searches/:id/conclude',
    {
      operationId: 'concludeNetworkSearch',
      params: Id,
      body: ConcludeNettverkssokBody,
      response: NoContent,
    },
    (tx, actor, { params, body }) => concludeNettverkssok(tx, actor, params.id, body),
  );

  route.get(
    '/api/re-recruitment',
    { operationId: 'listReRecruitment', response: { 200: GjenrekrutteringList } },
    (tx, actor) => listGjenrekruttering(tx, actor),
  );
  route.get(
    '/api/foster-homes/:id/re-recruitment',
    { operationId: 'getFosterHomeReRecruitment', params: Id, response: { 200: GjenrekrutteringForHjem } },
    (tx, actor, { params }) => gjenrekrutteringForHjem(tx, actor, params.id),
  );
  route.post(
    '/api/re-recruitment/:id/answer',
    {
      operationId: 'answerReRecruitment',
      params: Id,
      body: AnswerGjenrekrutteringBody,
      response: { 200: z.object({ sakId: z.uuid().nullable() }) },
    },
    (tx, actor, { params, body }) => answerGjenrekruttering(tx, actor, params.id, body),
  );
  route.post(
    '/api/re-recruitment/:id/close',
    {
      operationId: 'closeReRecruitment',
      params: Id,
      body: CloseGjenrekrutteringBody,
      response: NoContent,
    },
    (tx, actor, { params, body }) => closeGjenrekruttering(tx, actor, params.id, body.version),
  );
}
