import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Created, Id } from '@/modules/barn/barn.schema';
import { authorize } from '@/modules/core/policy';
import { tickCheckpoint, untickCheckpoint } from '@/modules/rekruttering/checkpoint';
import { closeSak } from '@/modules/rekruttering/closeSak';
import { createSak } from '@/modules/rekruttering/createSak';
import { getSak } from '@/modules/rekruttering/getSak';
import { getInnstilling, updateInnstilling } from '@/modules/rekruttering/innstilling';
import { listRekrutterere, listSaker } from '@/modules/rekruttering/listSaker';
import { moveStage } from '@/modules/rekruttering/moveStage';
import { lastPipeline } from '@/modules/rekruttering/pipeline';
import {
  CheckpointBody,
  CheckpointParams,
  CloseBody,
  CreateSakBody,
  ListQuery,
  PipelineResponse,
  RecruiterList,
  RekrutteringFase,
  SakDetail,
  SakList,
  Settings,
  SettingsBody,
  ShareBody,
  ShareParams,
  StageBody,
  UpdateSakBody,
} from '@/modules/rekruttering/rekruttering.schema';
import { shareSak, unshareSak } from '@/modules/rekruttering/shareSak';
import { updateSak } from '@/modules/rekruttering/updateSak';
import { runAs } from '@/server/auth';

const tags = ['Rekruttering'];

/**
 * The shared recruitment pipeline for foster homes (Zip-team): families from first inquiry to
 * approved home, shared with consent between Bufetat and the municipalities in a recruitment
 * collaboration. Which cases an organisation sees is decided by row-level security (sakAccess).
 */
export function rekrutteringRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.database;

  r.get(
    '/api/recruitment/pipeline',
    { schema: { operationId: 'getRecruitmentPipeline', tags, response: { 200: PipelineResponse } } },
    (request) =>
      runAs(db, request, async (_tx, actor) => {
        authorize(actor, 'rekruttering:read');
        return lastPipeline();
      }),
  );

  r.get(
    '/api/recruitment/recruiters',
    { schema: { operationId: 'listRecruiters', tags, response: { 200: RecruiterList } } },
    (request) => runAs(db, request, (tx, actor) => listRekrutterere(tx, actor)),
  );

  r.get(
    '/api/recruitment/cases',
    {
      schema: {
        operationId: 'listRecruitmentCases',
        tags,
        querystring: ListQuery,
        response: { 200: SakList },
      },
    },
    (request) => runAs(db, request, (tx, actor) => listSaker(tx, actor, request.query)),
  );

  r.post(
    '/api/recruitment/cases',
    {
      schema: { operationId: 'createRecruitmentCase', tags, body: CreateSakBody, response: { 201: Created } },
    },
    async (request, reply) =>
      reply.code(201).send(await runAs(db, request, (tx, actor) => createSak(tx, actor, request.body))),
  );

  r.get(
    '/api/recruitment/cases/:id',
    { schema: { operationId: 'getRecruitmentCase', tags, params: Id, response: { 200: SakDetail } } },
    (request) => runAs(db, request, (tx, actor) => getSak(tx, actor, request.params.id)),
  );

  r.put(
    '/api/recruitment/cases/:id',
    {
      schema: {
        operationId: 'updateRecruitmentCase',
        tags,
        params: Id,
        body: UpdateSakBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await runAs(db, request, (tx, actor) => updateSak(tx, actor, request.params.id, request.body));
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/api/recruitment/cases/:id/stage',
    {
      schema: {
        operationId: 'moveRecruitmentStage',
        tags,
        params: Id,
        body: StageBody,
        response: { 200: z.object({ fase: RekrutteringFase, version: z.number() }) },
      },
    },
    (request) => runAs(db, request, (tx, actor) => moveStage(tx, actor, request.params.id, request.body)),
  );

  r.put(
    '/api/recruitment/cases/:id/checkpoints/:punktId',
    {
      schema: {
        operationId: 'tickRecruitmentCheckpoint',
        tags,
        params: CheckpointParams,
        body: CheckpointBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await runAs(db, request, (tx, actor) =>
        tickCheckpoint(tx, actor, request.params.id, request.params.punktId, request.body),
      );
      return reply.code(204).send(null);
    },
  );

  r.delete(
    '/api/recruitment/cases/:id/checkpoints/:punktId',
    {
      schema: {
        operationId: 'untickRecruitmentCheckpoint',
        tags,
        params: CheckpointParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await runAs(db, request, (tx, actor) =>
        untickCheckpoint(tx, actor, request.params.id, request.params.punktId),
      );
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/api/recruitment/cases/:id/shares',
    {
      schema: {
        operationId: 'shareRecruitmentCase',
        tags,
        params: Id,
        body: ShareBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await runAs(db, request, (tx, actor) => shareSak(tx, actor, request.params.id, request.body));
      return reply.code(204).send(null);
    },
  );

  r.delete(
    '/api/recruitment/cases/:id/shares/:tjenesteId',
    {
      schema: {
        operationId: 'unshareRecruitmentCase',
        tags,
        params: ShareParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await runAs(db, request, (tx, actor) =>
        unshareSak(tx, actor, request.params.id, request.params.tjenesteId),
      );
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/api/recruitment/cases/:id/close',
    {
      schema: {
        operationId: 'closeRecruitmentCase',
        tags,
        params: Id,
        body: CloseBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await runAs(db, request, (tx, actor) => closeSak(tx, actor, request.params.id, request.body));
      return reply.code(204).send(null);
    },
  );

  r.get(
    '/api/recruitment/settings',
    { schema: { operationId: 'getRecruitmentSettings', tags, response: { 200: Settings } } },
    (request) => runAs(db, request, (tx, actor) => getInnstilling(tx, actor)),
  );

  r.put(
    '/api/recruitment/settings',
    {
      schema: {
        operationId: 'updateRecruitmentSettings',
        tags,
        body: SettingsBody,
        response: { 200: Settings },
      },
    },
    (request) => runAs(db, request, (tx, actor) => updateInnstilling(tx, actor, request.body)),
  );
}
