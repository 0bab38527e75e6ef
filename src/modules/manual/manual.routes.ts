import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Created } from '@/modules/barn/barn.schema';
import { authorize } from '@/modules/core/policy';
import { getForlop, markPunkt, setFase, unmarkPunkt } from '@/modules/manual/forlop';
import { createReview, listReviews, prepareReview, reviewOverview } from '@/modules/manual/gjennomgang';
import {
  acceptBase,
  adaptPunkt,
  addLokaltPunkt,
  manualFor,
  punktHistorikk,
  resetPunkt,
  tilpasningVersion,
} from '@/modules/manual/manual';
import {
  AcceptBody,
  AdaptBody,
  CaseParams,
  FaseBody,
  ForlopParam,
  ForlopView,
  LokaltPunktBody,
  ManualView,
  MarkBody,
  PunktDetalj,
  PunktParams,
  ReviewBody,
  ReviewList,
  ReviewOverview,
  ReviewPrepare,
} from '@/modules/manual/manual.schema';
import { lastManual } from '@/modules/manual/manualFormat';
import { NoContent } from '@/server/apiRoutes';
import { runAs } from '@/server/auth';

const tags = ['Brukermanual'];

export function manualRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.database;

  r.get(
    '/api/manual/:forlop',
    {
      schema: {
        operationId: 'getManual',
        tags,
        params: z.object({ forlop: ForlopParam }),
        response: { 200: ManualView },
      },
    },
    (request) => runAs(db, request, (tx) => manualFor(tx, request.params.forlop)),
  );

  r.get(
    '/api/manual/:forlop/points/:punktId',
    { schema: { operationId: 'getManualPoint', tags, params: PunktParams, response: { 200: PunktDetalj } } },
    (request) =>
      runAs(db, request, async (tx) => {
        const { forlop, punktId } = request.params;
        const base = lastManual()
          [forlop].faser.flatMap((f) => f.punkter)
          .find((p) => p.id === punktId);
        return {
          base: base
            ? { tittel: base.tittel, hva: base.hva, hvorfor: base.hvorfor, versjon: base.versjon }
            : null,
          version: await tilpasningVersion(tx, forlop, punktId),
          historikk: await punktHistorikk(tx, forlop, punktId),
        };
      }),
  );

  r.put(
    '/api/manual/:forlop/points/:punktId/adaptation',
    {
      schema: {
        operationId: 'adaptManualPoint',
        tags,
        params: PunktParams,
        body: AdaptBody,
        response: NoContent,
      },
    },
    async (request, reply) => {
      await runAs(db, request, (tx, actor) => {
        authorize(actor, 'manual:adapt');
        const { version, ...data } = request.body;
        return adaptPunkt(tx, actor, request.params.forlop, request.params.punktId, data, version);
      });
      return reply.code(204).send(null);
    },
  );

  r.delete(
    '/api/manual/:forlop/points/:punktId/adaptation',
    { schema: { operationId: 'resetManualPoint', tags, params: PunktParams, response: NoContent } },
    async (request, reply) => {
      await runAs(db, request, (tx, actor) => {
        authorize(actor, 'manual:adapt');
        return resetPunkt(tx, actor, request.params.forlop, request.params.punktId);
      });
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/api/manual/:forlop/points/:punktId/accept-base',
    {
      schema: {
        operationId: 'acceptManualBase',
        tags,
        params: PunktParams,
        body: AcceptBody,
        response: NoContent,
      },
    },
    async (request, reply) => {
      await runAs(db, request, (tx, actor) => {
        authorize(actor, 'manual:adapt');
        return acceptBase(tx, actor, request.params.forlop, request.params.punktId, request.body.folgBasis);
      });
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/api/manual/:forlop/points',
    {
      schema: {
        operationId: 'addLocalManualPoint',
        tags,
        params: z.object({ forlop: ForlopParam }),
        body: LokaltPunktBody,
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) => {
      const created = await runAs(db, request, (tx, actor) => {
        authorize(actor, 'manual:adapt');
        return addLokaltPunkt(tx, actor, request.params.forlop, request.body);
      });
      return reply.code(201).send(created);
    },
  );

  r.get(
    '/api/course/:forlop/:id',
    { schema: { operationId: 'getCourse', tags, params: CaseParams, response: { 200: ForlopView } } },
    (request) =>
      runAs(db, request, (tx, actor) => getForlop(tx, actor, request.params.forlop, request.params.id)),
  );

  r.put(
    '/api/course/:forlop/:id/phase',
    {
      schema: {
        operationId: 'setCoursePhase',
        tags,
        params: CaseParams,
        body: FaseBody,
        response: NoContent,
      },
    },
    async (request, reply) => {
      await runAs(db, request, (tx, actor) =>
        setFase(
          tx,
          actor,
          request.params.forlop,
          request.params.id,
          request.body.fase,
          request.body.begrunnelse ?? null,
        ),
      );
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/api/course/:forlop/:id/points/:punktId/done',
    {
      schema: {
        operationId: 'markCoursePoint',
        tags,
        params: CaseParams.extend({ punktId: z.string().max(100) }),
        body: MarkBody,
        response: NoContent,
      },
    },
    async (request, reply) => {
      const { forlop, id, punktId } = request.params;
      await runAs(db, request, (tx, actor) =>
        markPunkt(tx, actor, forlop, id, punktId, request.body.utfort, request.body.notat ?? null),
      );
      return reply.code(204).send(null);
    },
  );

  r.delete(
    '/api/course/:forlop/:id/ticks/:tickId',
    {
      schema: {
        operationId: 'unmarkCoursePoint',
        tags,
        params: CaseParams.extend({ tickId: z.uuid() }),
        response: NoContent,
      },
    },
    async (request, reply) => {
      const { forlop, id, tickId } = request.params;
      await runAs(db, request, (tx, actor) => unmarkPunkt(tx, actor, forlop, id, tickId));
      return reply.code(204).send(null);
    },
  );

  r.get(
    '/api/reviews/overview',
    { schema: { operationId: 'getReviewOverview', tags, response: { 200: ReviewOverview } } },
    (request) => runAs(db, request, (tx, actor) => reviewOverview(tx, actor)),
  );

  r.get(
    '/api/reviews/prepare/:id',
    {
      schema: {
        operationId: 'prepareReview',
        tags,
        params: z.object({ id: z.uuid() }),
        response: { 200: ReviewPrepare },
      },
    },
    (request) => runAs(db, request, (tx, actor) => prepareReview(tx, actor, request.params.id)),
  );

  r.post(
    '/api/reviews',
    { schema: { operationId: 'createReview', tags, body: ReviewBody, response: { 201: Created } } },
    async (request, reply) =>
      reply.code(201).send(await runAs(db, request, (tx, actor) => createReview(tx, actor, request.body))),
  );

  r.get(
    '/api/reviews',
    {
      schema: {
        operationId: 'listReviews',
        tags,
        querystring: z.strictObject({ kontaktpersonId: z.uuid().optional() }),
        response: { 200: ReviewList },
      },
    },
    (request) =>
      runAs(db, request, (tx, actor) =>
        listReviews(tx, actor, request.query.kontaktpersonId ?? actor.userId),
      ),
  );
}
