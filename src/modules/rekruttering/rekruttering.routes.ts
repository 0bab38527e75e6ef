import type { FastifyInstance } from 'fastify';
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
import { apiRoutes, NoContent } from '@/server/apiRoutes';

/**
 * The shared recruitment pipeline for foster homes (Zip-team): families from first inquiry to
 * approved home, shared with consent between Bufetat and the municipalities in a recruitment
 * collaboration. Which cases an organisation sees is decided by row-level security (sakAccess).
 */
export function rekrutteringRoutes(app: FastifyInstance) {
  const route = apiRoutes(app, ['Rekruttering']);

  route.get(
    '/api/recruitment/pipeline',
    { operationId: 'getRecruitmentPipeline', response: { 200: PipelineResponse } },
    async (_tx, actor) => {
      authorize(actor, 'rekruttering:read');
      return lastPipeline();
    },
  );
  route.get(
    '/api/recruitment/recruiters',
    { operationId: 'listRecruiters', response: { 200: RecruiterList } },
    (tx, actor) => listRekrutterere(tx, actor),
  );

  route.get(
    '/api/recruitment/cases',
    { operationId: 'listRecruitmentCases', querystring: ListQuery, response: { 200: SakList } },
    (tx, actor, { query }) => listSaker(tx, actor, query),
  );
  route.post(
    '/api/recruitment/cases',
    { operationId: 'createRecruitmentCase', body: CreateSakBody, response: { 201: Created } },
    (tx, actor, { body }) => createSak(tx, actor, body),
  );
  route.get(
    '/api/recruitment/cases/:id',
    { operationId: 'getRecruitmentCase', params: Id, response: { 200: SakDetail } },
    (tx, actor, { params }) => getSak(tx, actor, params.id),
  );
  route.put(
    '/api/recruitment/cases/:id',
    { operationId: 'updateRecruitmentCase', params: Id, body: UpdateSakBody, response: NoContent },
    (tx, actor, { params, body }) => updateSak(tx, actor, params.id, body),
  );
  route.post(
    '/api/recruitment/cases/:id/stage',
    {
      operationId: 'moveRecruitmentStage',
      params: Id,
      body: StageBody,
      response: { 200: z.object({ fase: RekrutteringFase, version: z.number() }) },
    },
    (tx, actor, { params, body }) => moveStage(tx, actor, params.id, body),
  );

  route.put(
    '/api/recruitment/cases/:id/checkpoints/:punktId',
    {
      operationId: 'tickRecruitmentCheckpoint',
      params: CheckpointParams,
      body: CheckpointBody,
      response: NoContent,
    },
    (tx, actor, { params, body }) => tickCheckpoint(tx, actor, params.id, params.punktId, body),
  );
  route.delete(
    '/api/recruitment/cases/:id/checkpoints/:punktId',
    { operationId: 'untickRecruitmentCheckpoint', params: CheckpointParams, response: NoContent },
    (tx, actor, { params }) => untickCheckpoint(tx, actor, params.id, params.punktId),
  );

  route.post(
    '/api/recruitment/cases/:id/shares',
    { operationId: 'shareRecruitmentCase', params: Id, body: ShareBody, response: NoContent },
    (tx, actor, { params, body }) => shareSak(tx, actor, params.id, body),
  );
  route.delete(
    '/api/recruitment/cases/:id/shares/:tjenesteId',
    { operationId: 'unshareRecruitmentCase', params: ShareParams, response: NoContent },
    (tx, actor, { params }) => unshareSak(tx, actor, params.id, params.tjenesteId),
  );
  route.post(
    '/api/recruitment/cases/:id/close',
    { operationId: 'closeRecruitmentCase', params: Id, body: CloseBody, response: NoContent },
    (tx, actor, { params, body }) => closeSak(tx, actor, params.id, body),
  );

  // The head of service's settings: retention of closed applicants, and kinship first.
  route.get(
    '/api/recruitment/settings',
    { operationId: 'getRecruitmentSettings', response: { 200: Settings } },
    (tx, actor) => getInnstilling(tx, actor),
  );
  route.put(
    '/api/recruitment/settings',
    { operationId: 'updateRecruitmentSettings', body: SettingsBody, response: { 200: Settings } },
    (tx, actor, { body }) => updateInnstilling(tx, actor, body),
  );
}
