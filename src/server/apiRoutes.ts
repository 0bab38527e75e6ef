import type { FastifyInstance, FastifyReply, FastifyRequest, FastifySchema } from 'fastify';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import type { Actor } from '@/modules/core/actor';
import { runAs } from '@/server/auth';

/** The one answer a route gives on success: the result (200), the created thing (201) or nothing (204). */
type Answer = { 200: z.ZodType } | { 201: z.ZodType } | { 204: z.ZodNull };

/** The answer of a route that sends nothing back. */
export const NoContent = { 204: z.null() };

/**
 * What a route declares; it is both the validation (fastify-type-provider-zod) and its OpenAPI
 * operation (@fastify/swagger). The module's `tags` are added by `apiRoutes`.
 */
export interface RouteSchema {
  operationId: string;
  params?: z.ZodType;
  querystring?: z.ZodType;
  body?: z.ZodType;
  response?: Answer;
}

type Parsed<Z> = Z extends z.ZodType ? z.output<Z> : undefined;

/** The request as the use case sees it: params, query and body already validated by the schema. */
export type ValidRequest<S extends RouteSchema> = Omit<FastifyRequest, 'params' | 'query' | 'body'> & {
  params: Parsed<S['params']>;
  query: Parsed<S['querystring']>;
  body: Parsed<S['body']>;
};

/**
 * What the use case must return: the type of the declared 201 answer; of the 200 answer, or
 * undefined, as fastify itself allows a handler; anything for 204.
 */
type Result<S extends RouteSchema> = S['response'] extends { 200: infer Z extends z.ZodType }
  ? z.output<Z> | undefined
  : S['response'] extends { 201: infer Z extends z.ZodType }
    ? z.output<Z>
    : unknown;

/** A use case run as the signed-in user; it authorizes itself (`authorize`, `openBarn`, …) and audits. */
type UseCase<S extends RouteSchema, T> = (tx: Tx, actor: Actor, request: ValidRequest<S>) => Promise<T>;

/** A generated file; `filnavn` may hold any characters (it is sent both as ASCII and as UTF-8). */
export type Download = { data: Buffer | Uint8Array | string; filnavn: string };

/** `content-disposition` for a download, with an ASCII fallback name for old clients. */
export function attachment(filnavn: string) {
  const ascii =
    filnavn
      .normalize('NFKD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\]/g, '') || 'vedlegg';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filnavn)}`;
}

/**
 * Routes whose handler only runs one use case, declared in one call each, e.g.
 *
 *   const route = apiRoutes(app, ['Samvær']);
 *   route.post('/api/children/:id/contact-plans',
 *     { operationId: 'createContactPlan', params: Id, body: CreateSamvaersplanBody, response: { 201: Created } },
 *     (tx, actor, { params, body }) => createSamvaersplan(tx, actor, params.id, body));
 *
 * Each request goes through the same steps, in this order:
 * 1. validate: fastify checks params, querystring and body against the schema (400 with field errors);
 * 2. authenticate: the preHandler in `auth.ts` requires a signed-in user and the CSRF token, and
 *    `runAs` takes that user and opens one transaction scoped to their service;
 * 3. authorize + use case: the function you pass, which checks access itself and audits in `tx`;
 * 4. present: the status is the single one declared in `response` (201 sends the result, 204 sends
 *    nothing, 200 returns it); `download` sends a file instead.
 *
 * A route that needs something else (public, a cookie, streaming) is written with fastify directly.
 */
export function apiRoutes(app: FastifyInstance, tags: string[]) {
  const { db } = app.database;
  // The route's entry in /api/openapi.json (and its validation); the key order is kept as declared.
  const openApi = ({ operationId, ...rest }: RouteSchema): FastifySchema => ({ operationId, tags, ...rest });

  const define =
    (method: 'GET' | 'POST' | 'PUT' | 'DELETE') =>
    <S extends RouteSchema>(url: string, schema: S, useCase: UseCase<S, Result<S>>) => {
      const answers = Object.keys(schema.response ?? { 200: null });
      if (answers.length !== 1) throw new Error(`${schema.operationId}: declare exactly one response`);
      const status = Number(answers[0]);
      app.route({
        method,
        url,
        schema: openApi(schema),
        handler: async (request: FastifyRequest, reply: FastifyReply) => {
          const result = await runAs(db, request, (tx, actor) =>
            useCase(tx, actor, request as ValidRequest<S>),
          );
          if (status === 204) return reply.code(204).send(null);
          return status === 201 ? reply.code(201).send(result) : result;
        },
      });
    };

  return {
    get: define('GET'),
    post: define('POST'),
    put: define('PUT'),
    delete: define('DELETE'),
    /**
     * A GET that answers with a generated file, never cached. `type` is its content type, or
     * picks it from the request when the format is asked for (e.g. `?format=csv|xlsx`).
     */
    download: <S extends RouteSchema>(
      url: string,
      schema: S,
      type: string | ((request: ValidRequest<S>) => string),
      useCase: UseCase<S, Download>,
    ) => {
      app.get(url, { schema: openApi(schema) }, async (request, reply) => {
        const valid = request as ValidRequest<S>;
        const { data, filnavn } = await runAs(db, request, (tx, actor) => useCase(tx, actor, valid));
        return reply
          .type(typeof type === 'string' ? type : type(valid))
          .header('cache-control', 'no-store')
          .header('content-disposition', attachment(filnavn))
          .send(data);
      });
    },
  };
}
