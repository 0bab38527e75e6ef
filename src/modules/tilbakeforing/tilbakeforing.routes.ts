import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
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
import { runAs } from '@/server/auth';

const tags = ['Tilbakeføring'];

/**
 * The reunification assessment (vurderingstrakt) and the safe reunification plan (Trygg
 * gjenforening). Every route opens the child through `openBarn` and audits in the same transaction.
 */
export function tilbakeforingRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.database;

  r.get(
    '/api/children/:id/reunification-assessments',
    {
      schema: {
        operationId: 'listReunificationAssessments',
        tags,
        params: Id,
        response: { 200: VurderingList },
      },
    },
    (request) => runAs(db, request, (tx, actor) => listVurderinger(tx, actor, request.params.id)),
  );

  r.post(
    '/api/children/:id/reunification-assessments',
    {
      schema: {
        operationId: 'createReunificationAssessment',
        tags,
        params: Id,
        response: { 201: Created },
      },
    },
    async (request, reply) => {
      const created = await runAs(db, request, (tx, actor) => createVurdering(tx, actor, request.params.id));
      return reply.code(201).send(created);
    },
  );

  r.get(
    '/api/reunification-assessments/:id',
    {
      schema: {
        operationId: 'getReunificationAssessment',
        tags,
        params: Id,
        response: { 200: VurderingView },
      },
    },
    (request) => runAs(db, request, (tx, actor) => getVurdering(tx, actor, request.params.id)),
  );

  r.put(
    '/api/reunification-assessments/:id',
    {
      schema: {
        operationId: 'saveReunificationAssessment',
        tags,
        params: Id,
        body: SaveVurderingBody,
        response: { 200: VurderingView },
      },
    },
    (request) => runAs(db, request, (tx, actor) => saveVurdering(tx, actor, request.params.id, request.body)),
  );

  r.post(
    '/api/reunification-assessments/:id/decision',
    {
      schema: {
        operationId: 'decideReunificationAssessment',
        tags,
        params: Id,
        body: BeslutningBody,
        response: { 200: VurderingView },
      },
    },
    (request) =>
      runAs(db, request, (tx, actor) => besluttVurdering(tx, actor, request.params.id, request.body)),
  );

  r.get(
    '/api/children/:id/reunification-plans',
    {
      schema: {
        operationId: 'listReunificationPlans',
        tags,
        params: Id,
        response: { 200: PlanList },
      },
    },
    (request) => runAs(db, request, (tx, actor) => listPlaner(tx, actor, request.params.id)),
  );

  r.post(
    '/api/children/:id/reunification-plans',
    {
      schema: {
        operationId: 'createReunificationPlan',
        tags,
        params: Id,
        body: CreatePlanBody,
        response: { 201: Created },
      },
    },
    async (request, reply) => {
      const created = await runAs(db, request, (tx, actor) =>
        createPlan(tx, actor, request.params.id, request.body),
      );
      return reply.code(201).send(created);
    },
  );

  r.get(
    '/api/reunification-plans/:id',
    {
      schema: { operationId: 'getReunificationPlan', tags, params: Id, response: { 200: PlanView } },
    },
    (request) => runAs(db, request, (tx, actor) => getPlan(tx, actor, request.params.id)),
  );

  r.put(
    '/api/reunification-plans/:id',
    {
      schema: {
        operationId: 'updateReunificationPlan',
        tags,
        params: Id,
        body: UpdatePlanBody,
        response: { 200: PlanView },
      },
    },
    (request) => runAs(db, request, (tx, actor) => updatePlan(tx, actor, request.params.id, request.body)),
  );
}
