import type { FastifyInstance } from 'fastify';
import { Created, Id } from '@/modules/barn/barn.schema';
import { besluttVurdering } from '@/modules/tilbakeforing/beslutt';
import { createPlan, getPlan, listPlaner, updatePlan } from '@/modules/tilbakeforing/gjenforening';
import {
  BeslutningBody,
  CreatePlanBody,
  PlanList,
  PlanView,
  SaveVurderingBody,
  UpdatePlanBody,
  VurderingList,
  VurderingView,
} from '@/modules/tilbakeforing/tilbakeforing.schema';
import {
  createVurdering,
  getVurdering,
  listVurderinger,
  saveVurdering,
} from '@/modules/tilbakeforing/vurdering';
import { apiRoutes } from '@/server/apiRoutes';

/**
 * The reunification assessment (vurderingstrakt) and the safe reunification plan (Trygg
 * gjenforening). Every route opens the child through `openBarn` and audits in the same transaction.
 */
export function tilbakeforingRoutes(app: FastifyInstance) {
  const route = apiRoutes(app, ['Tilbakeføring']);

  route.get(
    '/api/children/:id/reunification-assessments',
    { operationId: 'listReunificationAssessments', params: Id, response: { 200: VurderingList } },
    (tx, actor, { params }) => listVurderinger(tx, actor, params.id),
  );
  route.post(
    '/api/children/:id/reunification-assessments',
    { operationId: 'createReunificationAssessment', params: Id, response: { 201: Created } },
    (tx, actor, { params }) => createVurdering(tx, actor, params.id),
  );
  route.get(
    '/api/reunification-assessments/:id',
    { operationId: 'getReunificationAssessment', params: Id, response: { 200: VurderingView } },
    (tx, actor, { params }) => getVurdering(tx, actor, params.id),
  );
  route.put(
    '/api/reunification-assessments/:id',
    {
      operationId: 'saveReunificationAssessment',
      params: Id,
      body: SaveVurderingBody,
      response: { 200: VurderingView },
    },
    (tx, actor, { params, body }) => saveVurdering(tx, actor, params.id, body),
  );
  route.post(
    '/api/reunification-assessments/:id/decision',
    {
      operationId: 'decideReunificationAssessment',
      params: Id,
      body: BeslutningBody,
      response: { 200: VurderingView },
    },
    (tx, actor, { params, body }) => besluttVurdering(tx, actor, params.id, body),
  );

  route.get(
    '/api/children/:id/reunification-plans',
    { operationId: 'listReunificationPlans', params: Id, response: { 200: PlanList } },
    (tx, actor, { params }) => listPlaner(tx, actor, params.id),
  );
  route.post(
    '/api/children/:id/reunification-plans',
    { operationId: 'createReunificationPlan', params: Id, body: CreatePlanBody, response: { 201: Created } },
    (tx, actor, { params, body }) => createPlan(tx, actor, params.id, body),
  );
  route.get(
    '/api/reunification-plans/:id',
    { operationId: 'getReunificationPlan', params: Id, response: { 200: PlanView } },
    (tx, actor, { params }) => getPlan(tx, actor, params.id),
  );
  route.put(
    '/api/reunification-plans/:id',
    { operationId: 'updateReunificationPlan', params: Id, body: UpdatePlanBody, response: { 200: PlanView } },
    (tx, actor, { params, body }) => updatePlan(tx, actor, params.id, body),
  );
}
