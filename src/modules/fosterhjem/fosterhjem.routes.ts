import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AccessBody, Created, Id } from '@/modules/barn/barn.schema';
import { grantAccess } from '@/modules/barn/grantAccess';
import { authorize } from '@/modules/core/policy';
import {
  addAvtale,
  addFosterhjemMedlem,
  createFosterhjem,
  getFosterhjem,
  listFosterhjem,
  updateFosterhjem,
} from '@/modules/fosterhjem/fosterhjem';
import {
  AvtaleInput,
  CreateFosterhjemBody,
  FosterhjemList,
  FosterhjemView,
  MedlemInput,
  UpdateFosterhjemBody,
} from '@/modules/fosterhjem/fosterhjem.schema';
import { runAs } from '@/server/auth';

const tags = ['Fosterhjem'];

export function fosterhjemRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.database;

  r.get(
    '/api/foster-homes',
    { schema: { operationId: 'listFosterHomes', tags, response: { 200: FosterhjemList } } },
    (request) =>
      runAs(db, request, (tx, actor) => {
        authorize(actor, 'fosterhjem:list');
        return listFosterhjem(tx, actor);
      }),
  );

  r.post(
    '/api/foster-homes',
    {
      schema: {
        operationId: 'createFosterHome',
        tags,
        body: CreateFosterhjemBody,
        response: { 201: Created },
      },
    },
    async (request, reply) => {
      const created = await runAs(db, request, (tx, actor) => {
        authorize(actor, 'fosterhjem:create');
        return createFosterhjem(tx, actor, request.body);
      });
      return reply.code(201).send(created);
    },
  );

  r.get(
    '/api/foster-homes/:id',
    { schema: { operationId: 'getFosterHome', tags, params: Id, response: { 200: FosterhjemView } } },
    (request) => runAs(db, request, (tx, actor) => getFosterhjem(tx, actor, request.params.id)),
  );

  r.put(
    '/api/foster-homes/:id',
    {
      schema: {
        operationId: 'updateFosterHome',
        tags,
        params: Id,
        body: UpdateFosterhjemBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await runAs(db, request, (tx, actor) => updateFosterhjem(tx, actor, request.params.id, request.body));
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/api/foster-homes/:id/access',
    {
      schema: {
        operationId: 'requestFosterHomeAccess',
        tags,
        params: Id,
        body: AccessBody,
        response: { 201: z.object({ utloper: z.string() }) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await runAs(db, request, (tx, actor) =>
            grantAccess(tx, actor, 'fosterhjem', request.params.id, request.body.formal),
          ),
        ),
  );

  r.post(
    '/api/foster-homes/:id/members',
    {
      schema: {
        operationId: 'addFosterHomeMember',
        tags,
        params: Id,
        body: MedlemInput,
        response: { 201: Created },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await runAs(db, request, (tx, actor) =>
            addFosterhjemMedlem(tx, actor, request.params.id, request.body),
          ),
        ),
  );

  r.post(
    '/api/foster-homes/:id/agreements',
    {
      schema: {
        operationId: 'addFosterHomeAgreement',
        tags,
        params: Id,
        body: AvtaleInput,
        response: { 201: Created },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await runAs(db, request, (tx, actor) => addAvtale(tx, actor, request.params.id, request.body))),
  );
}
