import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Created, Id } from '@/modules/barn/barn.schema';
import { getFamilieOppfolging } from '@/modules/fosterhjem/familieOppfolging';
import {
  FamilieOppfolging,
  KursList,
  KursParams,
  OfferKursBody,
  UpdateKursBody,
  UpdateVeiledningBody,
  VeiledningInput,
  VeiledningList,
  VeiledningParams,
} from '@/modules/fosterhjem/fosterfamilie.schema';
import { listKurs, offerKurs, updateKurs } from '@/modules/fosterhjem/kurs';
import { createVeiledning, listVeiledning, updateVeiledning } from '@/modules/fosterhjem/veiledning';
import { runAs } from '@/server/auth';

const tags = ['Fosterfamilien'];

/** Follow-up of the foster family: courses, guidance, own children and the kinship track. */
export function fosterfamilieRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.database;

  r.get(
    '/api/foster-homes/:id/courses',
    { schema: { operationId: 'listFosterHomeCourses', tags, params: Id, response: { 200: KursList } } },
    (request) => runAs(db, request, (tx, actor) => listKurs(tx, actor, request.params.id)),
  );

  r.post(
    '/api/foster-homes/:id/courses',
    {
      schema: {
        operationId: 'offerFosterHomeCourse',
        tags,
        params: Id,
        body: OfferKursBody,
        response: { 201: Created },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await runAs(db, request, (tx, actor) => offerKurs(tx, actor, request.params.id, request.body))),
  );

  r.put(
    '/api/foster-homes/:id/courses/:kursId',
    {
      schema: {
        operationId: 'updateFosterHomeCourse',
        tags,
        params: KursParams,
        body: UpdateKursBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { id, kursId } = request.params;
      await runAs(db, request, (tx, actor) => updateKurs(tx, actor, id, kursId, request.body));
      return reply.code(204).send(null);
    },
  );

  r.get(
    '/api/foster-homes/:id/guidance',
    {
      schema: { operationId: 'listFosterHomeGuidance', tags, params: Id, response: { 200: VeiledningList } },
    },
    (request) => runAs(db, request, (tx, actor) => listVeiledning(tx, actor, request.params.id)),
  );

  r.post(
    '/api/foster-homes/:id/guidance',
    {
      schema: {
        operationId: 'createFosterHomeGuidance',
        tags,
        params: Id,
        body: VeiledningInput,
        response: { 201: Created },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await runAs(db, request, (tx, actor) =>
            createVeiledning(tx, actor, request.params.id, request.body),
          ),
        ),
  );

  r.put(
    '/api/foster-homes/:id/guidance/:veiledningId',
    {
      schema: {
        operationId: 'updateFosterHomeGuidance',
        tags,
        params: VeiledningParams,
        body: UpdateVeiledningBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { id, veiledningId } = request.params;
      await runAs(db, request, (tx, actor) => updateVeiledning(tx, actor, id, veiledningId, request.body));
      return reply.code(204).send(null);
    },
  );

  r.get(
    '/api/foster-homes/:id/family-follow-up',
    {
      schema: {
        operationId: 'getFosterFamilyFollowUp',
        tags,
        params: Id,
        response: { 200: FamilieOppfolging },
      },
    },
    (request) => runAs(db, request, (tx, actor) => getFamilieOppfolging(tx, actor, request.params.id)),
  );
}
