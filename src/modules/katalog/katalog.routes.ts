import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '@/modules/core/policy';
import {
  endreKatalog,
  getProdukt,
  historikk,
  listKatalog,
  settAdopsjon,
  settPlan,
} from '@/modules/katalog/katalog';
import {
  AdopsjonBody,
  AdopsjonSvar,
  EndringBody,
  Historikk,
  KatalogListe,
  ListQuery,
  Nettverk,
  PlanBody,
  ProduktDetalj,
  ProduktId,
} from '@/modules/katalog/katalog.schema';
import { nettverk } from '@/modules/katalog/nettverk';
import { actorOf, runAs } from '@/server/auth';

const tags = ['Skattekart'];

export function katalogRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.database;

  r.get(
    '/api/catalogue',
    {
      schema: { operationId: 'listCatalogue', tags, querystring: ListQuery, response: { 200: KatalogListe } },
    },
    (request) =>
      runAs(db, request, (tx, actor) => {
        authorize(actor, 'katalog:read');
        return listKatalog(tx, actor, request.query);
      }),
  );

  r.get(
    '/api/catalogue/network',
    { schema: { operationId: 'getCatalogueNetwork', tags, response: { 200: Nettverk } } },
    (request) => {
      const actor = actorOf(request);
      authorize(actor, 'katalog:network');
      return nettverk(db, actor);
    },
  );

  r.get(
    '/api/catalogue/:productId',
    {
      schema: {
        operationId: 'getCatalogueProduct',
        tags,
        params: ProduktId,
        response: { 200: ProduktDetalj },
      },
    },
    (request) =>
      runAs(db, request, (tx, actor) => {
        authorize(actor, 'katalog:read');
        return getProdukt(tx, actor, request.params.productId);
      }),
  );

  r.put(
    '/api/catalogue/:productId/adoption',
    {
      schema: {
        operationId: 'setProductAdoption',
        tags,
        params: ProduktId,
        body: AdopsjonBody,
        response: { 200: AdopsjonSvar },
      },
    },
    (request) =>
      runAs(db, request, (tx, actor) => {
        authorize(actor, 'katalog:adopt');
        return settAdopsjon(tx, actor, request.params.productId, request.body.status, request.body.version);
      }),
  );

  r.put(
    '/api/catalogue/:productId/adoption/plan',
    {
      schema: {
        operationId: 'setImplementationPlan',
        tags,
        params: ProduktId,
        body: PlanBody,
        response: { 200: AdopsjonSvar },
      },
    },
    (request) =>
      runAs(db, request, (tx, actor) => {
        authorize(actor, 'katalog:adopt');
        return settPlan(tx, actor, request.params.productId, request.body.plan, request.body.version);
      }),
  );

  r.get(
    '/api/catalogue/:productId/changes',
    {
      schema: { operationId: 'listCatalogueChanges', tags, params: ProduktId, response: { 200: Historikk } },
    },
    (request) =>
      runAs(db, request, (tx, actor) => {
        authorize(actor, 'katalog:read');
        return historikk(tx, actor, request.params.productId);
      }),
  );

  r.post(
    '/api/catalogue/:productId/changes',
    {
      schema: {
        operationId: 'changeCatalogue',
        tags,
        params: ProduktId,
        body: EndringBody,
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) => {
      const created = await runAs(db, request, (tx, actor) => {
        authorize(actor, 'katalog:edit');
        return endreKatalog(tx, actor, request.params.productId, request.body);
      });
      return reply.code(201).send(created);
    },
  );
}
