import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import {
  AccessBody,
  BarnView,
  Caseload,
  CaseloadQuery,
  CreateBarnBody,
  Created,
  CreatePlasseringBody,
  EndPlasseringBody,
  FamiliemedlemInput,
  HandoverBody,
  Id,
  LandsbyMalInput,
  LandsbymedlemInput,
  RammefortellingInput,
  RammefortellingVersjoner,
  SearchBody,
  SearchResult,
  UpdateBarnBody,
  UpdateFamiliemedlemBody,
  UpdateLandsbymedlemBody,
  UpdateRammefortellingBody,
} from '@/modules/barn/barn.schema';
import { createBarn } from '@/modules/barn/createBarn';
import { addFamiliemedlem, updateFamiliemedlem } from '@/modules/barn/familie';
import { getBarn } from '@/modules/barn/getBarn';
import { grantAccess } from '@/modules/barn/grantAccess';
import { handoverBarn } from '@/modules/barn/handoverBarn';
import {
  addLandsbyMal,
  addLandsbymedlem,
  removeLandsbymedlem,
  updateLandsbymedlem,
} from '@/modules/barn/landsby';
import { listCaseload } from '@/modules/barn/listCaseload';
import { createPlassering, endPlassering } from '@/modules/barn/plasseringer';
import {
  addRammefortellingDel,
  listRammefortellingVersjoner,
  updateRammefortellingDel,
} from '@/modules/barn/rammefortelling';
import { revealFodselsnummer } from '@/modules/barn/revealFodselsnummer';
import { searchBarn } from '@/modules/barn/searchBarn';
import { updateBarn } from '@/modules/barn/updateBarn';
import type { Actor } from '@/modules/core/actor';
import { authorize } from '@/modules/core/policy';
import { NoContent } from '@/server/apiRoutes';
import { runAs } from '@/server/auth';

const tags = ['Barn'];

export function barnRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.database;
  const identitet = { tillatSyntetiske: !app.config.production };
  const run = <T>(request: FastifyRequest, fn: (tx: Tx, actor: Actor) => Promise<T>) =>
    runAs(db, request, fn);

  r.get(
    '/api/children',
    {
      schema: { operationId: 'listChildren', tags, querystring: CaseloadQuery, response: { 200: Caseload } },
    },
    (request) =>
      run(request, (tx, actor) => {
        authorize(actor, 'barn:list');
        return listCaseload(tx, actor, request.query);
      }),
  );

  r.post(
    '/api/children/search',
    { schema: { operationId: 'searchChildren', tags, body: SearchBody, response: { 200: SearchResult } } },
    (request) =>
      run(request, (tx, actor) => {
        authorize(actor, 'barn:list');
        return searchBarn(tx, actor, request.body.q);
      }),
  );

  r.post(
    '/api/children',
    { schema: { operationId: 'createChild', tags, body: CreateBarnBody, response: { 201: Created } } },
    async (request, reply) => {
      const created = await run(request, (tx, actor) => {
        authorize(actor, 'barn:create');
        return createBarn(tx, actor, request.body, identitet);
      });
      return reply.code(201).send(created);
    },
  );

  r.get(
    '/api/children/:id',
    { schema: { operationId: 'getChild', tags, params: Id, response: { 200: BarnView } } },
    (request) => run(request, (tx, actor) => getBarn(tx, actor, request.params.id)),
  );

  r.put(
    '/api/children/:id',
    { schema: { operationId: 'updateChild', tags, params: Id, body: UpdateBarnBody, response: NoContent } },
    async (request, reply) => {
      await run(request, (tx, actor) => updateBarn(tx, actor, request.params.id, request.body, identitet));
      return reply.code(204).send(null);
    },
  );

  r.get(
    '/api/children/:id/identity-number',
    {
      schema: {
        operationId: 'revealChildIdentityNumber',
        tags,
        params: Id,
        response: { 200: z.object({ fodselsnummer: z.string().nullable() }) },
      },
    },
    (request) => run(request, (tx, actor) => revealFodselsnummer(tx, actor, request.params.id)),
  );

  r.post(
    '/api/children/:id/access',
    {
      schema: {
        operationId: 'requestChildAccess',
        tags,
        params: Id,
        body: AccessBody,
        response: { 201: z.object({ utloper: z.string() }) },
      },
    },
    async (request, reply) => {
      const grant = await run(request, (tx, actor) =>
        grantAccess(tx, actor, 'barn', request.params.id, request.body.formal),
      );
      return reply.code(201).send(grant);
    },
  );

  r.post(
    '/api/children/:id/handovers',
    {
      schema: {
        operationId: 'handOverChild',
        tags,
        params: Id,
        body: HandoverBody,
        response: { 201: Created },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await run(request, (tx, actor) => handoverBarn(tx, actor, request.params.id, request.body))),
  );

  r.post(
    '/api/children/:id/family-members',
    {
      schema: {
        operationId: 'addFamilyMember',
        tags,
        params: Id,
        body: FamiliemedlemInput,
        response: { 201: Created },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await run(request, (tx, actor) => addFamiliemedlem(tx, actor, request.params.id, request.body)),
        ),
  );

  r.put(
    '/api/family-members/:id',
    {
      schema: {
        operationId: 'updateFamilyMember',
        tags,
        params: Id,
        body: UpdateFamiliemedlemBody,
        response: NoContent,
      },
    },
    async (request, reply) => {
      await run(request, (tx, actor) => updateFamiliemedlem(tx, actor, request.params.id, request.body));
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/api/children/:id/placements',
    {
      schema: {
        operationId: 'createPlacement',
        tags,
        params: Id,
        body: CreatePlasseringBody,
        response: { 201: Created },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await run(request, (tx, actor) => createPlassering(tx, actor, request.params.id, request.body)),
        ),
  );

  r.post(
    '/api/placements/:id/end',
    {
      schema: { operationId: 'endPlacement', tags, params: Id, body: EndPlasseringBody, response: NoContent },
    },
    async (request, reply) => {
      await run(request, (tx, actor) => endPlassering(tx, actor, request.params.id, request.body));
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/api/children/:id/village-members',
    {
      schema: {
        operationId: 'addVillageMember',
        tags,
        params: Id,
        body: LandsbymedlemInput,
        response: { 201: Created },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await run(request, (tx, actor) => addLandsbymedlem(tx, actor, request.params.id, request.body)),
        ),
  );

  r.put(
    '/api/village-members/:id',
    {
      schema: {
        operationId: 'updateVillageMember',
        tags,
        params: Id,
        body: UpdateLandsbymedlemBody,
        response: NoContent,
      },
    },
    async (request, reply) => {
      await run(request, (tx, actor) => updateLandsbymedlem(tx, actor, request.params.id, request.body));
      return reply.code(204).send(null);
    },
  );

  r.delete(
    '/api/village-members/:id',
    { schema: { operationId: 'removeVillageMember', tags, params: Id, response: NoContent } },
    async (request, reply) => {
      await run(request, (tx, actor) => removeLandsbymedlem(tx, actor, request.params.id));
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/api/children/:id/village-goals',
    {
      schema: {
        operationId: 'addVillageGoal',
        tags,
        params: Id,
        body: LandsbyMalInput,
        response: { 201: Created },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await run(request, (tx, actor) => addLandsbyMal(tx, actor, request.params.id, request.body))),
  );

  r.post(
    '/api/children/:id/life-story-parts',
    {
      schema: {
        operationId: 'addLifeStoryPart',
        tags,
        params: Id,
        body: RammefortellingInput,
        response: { 201: Created },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await run(request, (tx, actor) =>
            addRammefortellingDel(tx, actor, request.params.id, request.body),
          ),
        ),
  );

  r.put(
    '/api/life-story-parts/:id',
    {
      schema: {
        operationId: 'updateLifeStoryPart',
        tags,
        params: Id,
        body: UpdateRammefortellingBody,
        response: NoContent,
      },
    },
    async (request, reply) => {
      await run(request, (tx, actor) => updateRammefortellingDel(tx, actor, request.params.id, request.body));
      return reply.code(204).send(null);
    },
  );

  r.get(
    '/api/life-story-parts/:id/versions',
    {
      schema: {
        operationId: 'listLifeStoryVersions',
        tags,
        params: Id,
        response: { 200: RammefortellingVersjoner },
      },
    },
    (request) => run(request, (tx, actor) => listRammefortellingVersjoner(tx, actor, request.params.id)),
  );
}
