import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { tjeneste } from '@/db/schema';
import { Created, Id } from '@/modules/barn/barn.schema';
import { authorize } from '@/modules/core/policy';
import { createDokument } from '@/modules/maler/createDokument';
import { eksporter } from '@/modules/maler/dokumentEksport';
import {
  approveDokument,
  finaliseDokument,
  reopenDokument,
  returnDokument,
} from '@/modules/maler/dokumentLivslop';
import {
  diffRevisjoner,
  getDokument,
  listDokumenter,
  listRevisjoner,
  searchDokumenter,
} from '@/modules/maler/dokumentVisning';
import { adaptMal, getMal, listMaler } from '@/modules/maler/maler';
import {
  CreateDokumentBody,
  Diff,
  DiffQuery,
  DokumentListe,
  DokumentView,
  ListQuery,
  MalListe,
  MalView,
  ReturBody,
  RevisjonBody,
  Revisjoner,
  SaveBody,
  SearchBody,
  Status,
  TilpasningBody,
} from '@/modules/maler/maler.schema';
import { saveDokument } from '@/modules/maler/saveDokument';
import { NoContent } from '@/server/apiRoutes';
import { runAs } from '@/server/auth';
import { invalidFields } from '@/server/errors';

const tags = ['Maler og dokumenter'];

export function malerRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.database;

  r.get(
    '/api/templates',
    { schema: { operationId: 'listTemplates', tags, response: { 200: MalListe } } },
    (request) => runAs(db, request, async (tx, actor) => ({ items: await listMaler(tx, actor.tjenesteId) })),
  );

  r.get(
    '/api/templates/:id',
    {
      schema: {
        operationId: 'getTemplate',
        tags,
        params: z.object({ id: z.string().max(100) }),
        response: { 200: MalView },
      },
    },
    (request) => runAs(db, request, (tx, actor) => getMal(tx, actor.tjenesteId, request.params.id)),
  );

  r.put(
    '/api/templates/:id/adaptation',
    {
      schema: {
        operationId: 'adaptTemplate',
        tags,
        params: z.object({ id: z.string().max(100) }),
        body: TilpasningBody,
        response: NoContent,
      },
    },
    async (request, reply) => {
      await runAs(db, request, (tx, actor) => {
        authorize(actor, 'mal:adapt');
        const { version, ...tilpasning } = request.body;
        return adaptMal(tx, actor, request.params.id, tilpasning, version);
      });
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/api/documents',
    { schema: { operationId: 'createDocument', tags, body: CreateDokumentBody, response: { 201: Created } } },
    async (request, reply) => {
      const created = await runAs(db, request, (tx, actor) =>
        createDokument(tx, actor, request.body, actor.sprak),
      );
      return reply.code(201).send(created);
    },
  );

  r.get(
    '/api/documents',
    {
      schema: {
        operationId: 'listDocuments',
        tags,
        querystring: ListQuery,
        response: { 200: DokumentListe },
      },
    },
    (request) =>
      runAs(db, request, (tx, actor) => {
        if (!request.query.barnId && !request.query.fosterhjemId)
          throw invalidFields({ field: 'barnId', code: 'required' });
        return listDokumenter(tx, actor, request.query);
      }),
  );

  r.post(
    '/api/documents/search',
    { schema: { operationId: 'searchDocuments', tags, body: SearchBody, response: { 200: DokumentListe } } },
    (request) =>
      runAs(db, request, (tx, actor) =>
        searchDokumenter(tx, actor, request.body.q ?? null, request.body.status),
      ),
  );

  r.get(
    '/api/documents/:id',
    { schema: { operationId: 'getDocument', tags, params: Id, response: { 200: DokumentView } } },
    (request) => runAs(db, request, (tx, actor) => getDokument(tx, actor, request.params.id)),
  );

  r.put(
    '/api/documents/:id/content',
    {
      bodyLimit: 2 * 1024 * 1024,
      schema: {
        operationId: 'saveDocument',
        tags,
        params: Id,
        body: SaveBody,
        response: { 200: z.object({ revisjon: z.number().int() }) },
      },
    },
    (request) =>
      runAs(db, request, (tx, actor) =>
        saveDokument(tx, actor, request.params.id, request.body.innhold, request.body.revisjon),
      ),
  );

  r.post(
    '/api/documents/:id/finalise',
    {
      schema: {
        operationId: 'finaliseDocument',
        tags,
        params: Id,
        body: RevisjonBody,
        response: { 200: z.object({ status: Status }) },
      },
    },
    (request) =>
      runAs(db, request, (tx, actor) =>
        finaliseDokument(tx, actor, request.params.id, request.body.revisjon),
      ),
  );

  r.post(
    '/api/documents/:id/approve',
    { schema: { operationId: 'approveDocument', tags, params: Id, response: NoContent } },
    async (request, reply) => {
      await runAs(db, request, (tx, actor) => approveDokument(tx, actor, request.params.id));
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/api/documents/:id/return',
    { schema: { operationId: 'returnDocument', tags, params: Id, body: ReturBody, response: NoContent } },
    async (request, reply) => {
      await runAs(db, request, (tx, actor) =>
        returnDokument(tx, actor, request.params.id, request.body.kommentar),
      );
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/api/documents/:id/reopen',
    { schema: { operationId: 'reopenDocument', tags, params: Id, response: NoContent } },
    async (request, reply) => {
      await runAs(db, request, (tx, actor) => reopenDokument(tx, actor, request.params.id));
      return reply.code(204).send(null);
    },
  );

  r.get(
    '/api/documents/:id/revisions',
    { schema: { operationId: 'listDocumentRevisions', tags, params: Id, response: { 200: Revisjoner } } },
    (request) => runAs(db, request, (tx, actor) => listRevisjoner(tx, actor, request.params.id)),
  );

  r.get(
    '/api/documents/:id/diff',
    {
      schema: {
        operationId: 'diffDocumentRevisions',
        tags,
        params: Id,
        querystring: DiffQuery,
        response: { 200: Diff },
      },
    },
    (request) =>
      runAs(db, request, (tx, actor) =>
        diffRevisjoner(tx, actor, request.params.id, request.query.fra, request.query.til),
      ),
  );

  for (const format of ['pdf', 'docx'] as const) {
    r.get(
      `/api/documents/:id/${format}`,
      {
        schema: {
          operationId: format === 'pdf' ? 'exportDocumentPdf' : 'exportDocumentDocx',
          tags,
          params: Id,
        },
      },
      async (request, reply) => {
        const { data, filnavn } = await runAs(db, request, async (tx, actor) => {
          const [tj] = await tx.select().from(tjeneste).where(eq(tjeneste.id, actor.tjenesteId));
          const navn = tj ? (actor.sprak === 'nn' && tj.navnNn ? tj.navnNn : tj.navn) : '';
          return eksporter(tx, actor, request.params.id, format, navn);
        });
        const ascii =
          filnavn
            .normalize('NFKD')
            .replace(/[^\x20-\x7e]/g, '')
            .replace(/["\\]/g, '') || `dokument.${format}`;
        return reply
          .type(
            format === 'pdf'
              ? 'application/pdf'
              : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          )
          .header('cache-control', 'no-store')
          .header(
            'content-disposition',
            `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filnavn)}`,
          )
          .send(data);
      },
    );
  }
}
