import type { FastifyInstance } from 'fastify';
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
import { apiRoutes } from '@/server/apiRoutes';

/** Follow-up of the foster family: courses, guidance, own children and the kinship track. */
export function fosterfamilieRoutes(app: FastifyInstance) {
  const route = apiRoutes(app, ['Fosterfamilien']);

  route.get(
    '/api/foster-homes/:id/courses',
    { operationId: 'listFosterHomeCourses', params: Id, response: { 200: KursList } },
    (tx, actor, { params }) => listKurs(tx, actor, params.id),
  );
  route.post(
    '/api/foster-homes/:id/courses',
    { operationId: 'offerFosterHomeCourse', params: Id, body: OfferKursBody, response: { 201: Created } },
    (tx, actor, { params, body }) => offerKurs(tx, actor, params.id, body),
  );
  route.put(
    '/api/foster-homes/:id/courses/:kursId',
    {
      operationId: 'updateFosterHomeCourse',
      params: KursParams,
      body: UpdateKursBody,
      response: { 204: z.null() },
    },
    (tx, actor, { params, body }) => updateKurs(tx, actor, params.id, params.kursId, body),
  );

  route.get(
    '/api/foster-homes/:id/guidance',
    { operationId: 'listFosterHomeGuidance', params: Id, response: { 200: VeiledningList } },
    (tx, actor, { params }) => listVeiledning(tx, actor, params.id),
  );
  route.post(
    '/api/foster-homes/:id/guidance',
    {
      operationId: 'createFosterHomeGuidance',
      params: Id,
      body: VeiledningInput,
      response: { 201: Created },
    },
    (tx, actor, { params, body }) => createVeiledning(tx, actor, params.id, body),
  );
  route.put(
    '/api/foster-homes/:id/guidance/:veiledningId',
    {
      operationId: 'updateFosterHomeGuidance',
      params: VeiledningParams,
      body: UpdateVeiledningBody,
      response: { 204: z.null() },
    },
    (tx, actor, { params, body }) => updateVeiledning(tx, actor, params.id, params.veiledningId, body),
  );

  route.get(
    '/api/foster-homes/:id/family-follow-up',
    { operationId: 'getFosterFamilyFollowUp', params: Id, response: { 200: FamilieOppfolging } },
    (tx, actor, { params }) => getFamilieOppfolging(tx, actor, params.id),
  );
}
