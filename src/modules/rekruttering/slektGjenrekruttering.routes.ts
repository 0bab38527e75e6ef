import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
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
  NettverkssokInnstilling,
  NettverkssokList,
  StartNettverkssokBody,
  UpdateNettverkssokBody,
  UpdateNettverkssokInnstillingBody,
} from '@/modules/rekruttering/nettverkssok.schema';
import {
  getNettverkssokInnstilling,
  updateNettverkssokInnstilling,
} from '@/modules/rekruttering/nettverkssokInnstilling';
import { runAs } from '@/server/auth';

const tags = ['Slekt og nettverk, gjenrekruttering'];
const NoContent = { 204: z.null() };

/**
 * Kinship first (the documented search in the child's family and close network, access by the
 * child: openBarn) and re-recruitment of a foster home after its last placement ends (access by
 * the foster home: openFosterhjem; the service's list by permission gjenrekruttering:list).
 */
export function slektGjenrekrutteringRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.database;

  r.get(
    '/api/children/:id/network-searches',
    { schema: { operationId: 'listNetworkSearches', tags, params: Id, response: { 200: NettverkssokList } } },
    (request) => runAs(db, request, (tx, actor) => listNettverkssok(tx, actor, request.params.id)),
  );

  r.post(
    '/api/children/:id/network-searches',
    {
      schema: {
        operationId: 'startNetworkSearch',
        tags,
        params: Id,
        body: StartNettverkssokBody,
        response: { 201: Created },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await runAs(db, request, (tx, actor) =>
            startNettverkssok(tx, actor, request.params.id, request.body),
          ),
        ),
  );

  r.put(
    '/api/network-searches/:id',
    {
      schema: {
        operationId: 'updateNetworkSearch',
        tags,
        params: Id,
        body: UpdateNettverkssokBody,
        response: NoContent,
      },
    },
    async (request, reply) => {
      await runAs(db, request, (tx, actor) => updateNettverkssok(tx, actor, request.params.id, request.body));
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/api/network-searches/:id/conclude',
    {
      schema: {
        operationId: 'concludeNetworkSearch',
        tags,
        params: Id,
        body: ConcludeNettverkssokBody,
        response: NoContent,
      },
    },
    async (request, reply) => {
      await runAs(db, request, (tx, actor) =>
        concludeNettverkssok(tx, actor, request.params.id, request.body),
      );
      return reply.code(204).send(null);
    },
  );

  r.get(
    '/api/recruitment/settings/network-search',
    {
      schema: {
        operationId: 'getNetworkSearchSetting',
        tags,
        response: { 200: NettverkssokInnstilling },
      },
    },
    (request) => runAs(db, request, (tx, actor) => getNettverkssokInnstilling(tx, actor)),
  );

  r.put(
    '/api/recruitment/settings/network-search',
    {
      schema: {
        operationId: 'updateNetworkSearchSetting',
        tags,
        body: UpdateNettverkssokInnstillingBody,
        response: { 200: NettverkssokInnstilling },
      },
    },
    (request) => runAs(db, request, (tx, actor) => updateNettverkssokInnstilling(tx, actor, request.body)),
  );

  r.get(
    '/api/re-recruitment',
    { schema: { operationId: 'listReRecruitment', tags, response: { 200: GjenrekrutteringList } } },
    (request) => runAs(db, request, (tx, actor) => listGjenrekruttering(tx, actor)),
  );

  r.get(
    '/api/foster-homes/:id/re-recruitment',
    {
      schema: {
        operationId: 'getFosterHomeReRecruitment',
        tags,
        params: Id,
        response: { 200: GjenrekrutteringForHjem },
      },
    },
    (request) => runAs(db, request, (tx, actor) => gjenrekrutteringForHjem(tx, actor, request.params.id)),
  );

  r.post(
    '/api/re-recruitment/:id/answer',
    {
      schema: {
        operationId: 'answerReRecruitment',
        tags,
        params: Id,
        body: AnswerGjenrekrutteringBody,
        response: { 200: z.object({ sakId: z.uuid().nullable() }) },
      },
    },
    (request) =>
      runAs(db, request, (tx, actor) => answerGjenrekruttering(tx, actor, request.params.id, request.body)),
  );

  r.post(
    '/api/re-recruitment/:id/close',
    {
      schema: {
        operationId: 'closeReRecruitment',
        tags,
        params: Id,
        body: CloseGjenrekrutteringBody,
        response: NoContent,
      },
    },
    async (request, reply) => {
      await runAs(db, request, (tx, actor) =>
        closeGjenrekruttering(tx, actor, request.params.id, request.body.version),
      );
      return reply.code(204).send(null);
    },
  );
}
