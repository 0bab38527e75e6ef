import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
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
import { runAs } from '@/server/auth';

const tags = ['Samvær'];

/**
 * Contact (samvær, barnevernsloven § 7-6): plans per parent or relative, the sessions, their
 * reports and review, and the child's letter. Access follows the child (openBarn in each use case).
 */
export function samvaerRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.database;

  r.get(
    '/api/children/:id/contact-plans',
    {
      schema: {
        operationId: 'listContactPlans',
        tags,
        params: Id,
        response: { 200: SamvaersplanList },
      },
    },
    (request) => runAs(db, request, (tx, actor) => listSamvaersplaner(tx, actor, request.params.id)),
  );

  r.post(
    '/api/children/:id/contact-plans',
    {
      schema: {
        operationId: 'createContactPlan',
        tags,
        params: Id,
        body: CreateSamvaersplanBody,
        response: { 201: Created },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await runAs(db, request, (tx, actor) =>
            createSamvaersplan(tx, actor, request.params.id, request.body),
          ),
        ),
  );

  r.get(
    '/api/children/:id/contact-sessions',
    {
      schema: {
        operationId: 'listContactSessions',
        tags,
        params: Id,
        response: { 200: SamvaerList },
      },
    },
    (request) => runAs(db, request, (tx, actor) => listSamvaer(tx, actor, request.params.id)),
  );

  r.post(
    '/api/children/:id/contact-sessions',
    {
      schema: {
        operationId: 'createContactSession',
        tags,
        params: Id,
        body: CreateSamvaerBody,
        response: { 201: Created },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await runAs(db, request, (tx, actor) => createSamvaer(tx, actor, request.params.id, request.body)),
        ),
  );

  r.post(
    '/api/children/:id/contact-sessions/generate',
    {
      schema: {
        operationId: 'generateContactSessions',
        tags,
        params: Id,
        body: GenerateSamvaerBody,
        response: { 201: GenerateResult },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await runAs(db, request, (tx, actor) =>
            generateSamvaer(tx, actor, request.params.id, request.body),
          ),
        ),
  );

  r.put(
    '/api/contact-sessions/:id',
    {
      schema: {
        operationId: 'updateContactSession',
        tags,
        params: Id,
        body: UpdateSamvaerBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await runAs(db, request, (tx, actor) => updateSamvaer(tx, actor, request.params.id, request.body));
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/api/contact-sessions/:id/review',
    {
      schema: {
        operationId: 'reviewContactReport',
        tags,
        params: Id,
        body: ReviewSamvaerBody,
        response: { 201: ReviewResult },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await runAs(db, request, (tx, actor) =>
            reviewSamvaer(tx, actor, request.params.id, request.body.version, request.locale),
          ),
        ),
  );

  r.get(
    '/api/children/:id/contact-letter.pdf',
    {
      schema: {
        operationId: 'downloadContactLetter',
        tags,
        params: Id,
        querystring: LetterQuery,
      },
    },
    async (request, reply) => {
      const { data, filnavn } = await runAs(db, request, (tx, actor) =>
        samvaerBrev(
          tx,
          actor,
          request.params.id,
          request.query.familiemedlemId,
          request.query.lang ?? request.locale,
        ),
      );
      const ascii =
        filnavn
          .normalize('NFKD')
          .replace(/[^\x20-\x7e]/g, '')
          .replace(/["\\]/g, '') || 'brev.pdf';
      return reply
        .type('application/pdf')
        .header('cache-control', 'no-store')
        .header(
          'content-disposition',
          `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filnavn)}`,
        )
        .send(data);
    },
  );
}
