import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { Created, Id } from '@/modules/barn/barn.schema';
import {
  createSamvaer,
  generateSamvaer,
  listSamvaer,
  reviewSamvaer,
  updateSamvaer,
} from '@/modules/samvaer/samvaer';
import {
  CreateSamvaerBody,
  CreateSamvaersplanBody,
  GenerateResult,
  GenerateSamvaerBody,
  LetterQuery,
  ReviewResult,
  ReviewSamvaerBody,
  SamvaerList,
  SamvaersplanList,
  UpdateSamvaerBody,
} from '@/modules/samvaer/samvaer.schema';
import { samvaerBrev } from '@/modules/samvaer/samvaerBrev';
import { createSamvaersplan, listSamvaersplaner } from '@/modules/samvaer/samvaersplan';
import { apiRoutes } from '@/server/apiRoutes';

/**
 * Contact (samvær, barnevernsloven § 7-6): plans per parent or relative, the sessions, their
 * reports and review, and the child's letter. Access follows the child (openBarn in each use case).
 */
export function samvaerRoutes(app: FastifyInstance) {
  const route = apiRoutes(app, ['Samvær']);

  route.get(
    '/api/children/:id/contact-plans',
    { operationId: 'listContactPlans', params: Id, response: { 200: SamvaersplanList } },
    (tx, actor, { params }) => listSamvaersplaner(tx, actor, params.id),
  );
  route.post(
    '/api/children/:id/contact-plans',
    {
      operationId: 'createContactPlan',
      params: Id,
      body: CreateSamvaersplanBody,
      response: { 201: Created },
    },
    (tx, actor, { params, body }) => createSamvaersplan(tx, actor, params.id, body),
  );

  route.get(
    '/api/children/:id/contact-sessions',
    { operationId: 'listContactSessions', params: Id, response: { 200: SamvaerList } },
    (tx, actor, { params }) => listSamvaer(tx, actor, params.id),
  );
  route.post(
    '/api/children/:id/contact-sessions',
    { operationId: 'createContactSession', params: Id, body: CreateSamvaerBody, response: { 201: Created } },
    (tx, actor, { params, body }) => createSamvaer(tx, actor, params.id, body),
  );
  route.post(
    '/api/children/:id/contact-sessions/generate',
    {
      operationId: 'generateContactSessions',
      params: Id,
      body: GenerateSamvaerBody,
      response: { 201: GenerateResult },
    },
    (tx, actor, { params, body }) => generateSamvaer(tx, actor, params.id, body),
  );
  route.put(
    '/api/contact-sessions/:id',
    { operationId: 'updateContactSession', params: Id, body: UpdateSamvaerBody, response: { 204: z.null() } },
    (tx, actor, { params, body }) => updateSamvaer(tx, actor, params.id, body),
  );
  route.post(
    '/api/contact-sessions/:id/review',
    {
      operationId: 'reviewContactReport',
      params: Id,
      body: ReviewSamvaerBody,
      response: { 201: ReviewResult },
    },
    (tx, actor, { params, body, locale }) => reviewSamvaer(tx, actor, params.id, body.version, locale),
  );

  route.download(
    '/api/children/:id/contact-letter.pdf',
    { operationId: 'downloadContactLetter', params: Id, querystring: LetterQuery },
    'application/pdf',
    (tx, actor, { params, query, locale }) =>
      samvaerBrev(tx, actor, params.id, query.familiemedlemId, query.lang ?? locale),
  );
}
