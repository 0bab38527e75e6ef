import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Id } from '@/modules/barn/barn.schema';
import { kalenderFor } from '@/modules/program/bordkalender';
import { getProgramme, listProgrammes } from '@/modules/program/definisjoner';
import { endRun } from '@/modules/program/endRun';
import { fidelity } from '@/modules/program/fidelity';
import { getRun } from '@/modules/program/getRun';
import { listForBarn, listForFosterhjem } from '@/modules/program/listRuns';
import { addMateriale, removeMateriale } from '@/modules/program/materiale';
import {
  CalendarQuery,
  EndBody,
  Fidelity,
  FidelityQuery,
  MaterialBody,
  Materiale,
  MaterialParams,
  ProgramDefinisjon,
  Programforlop,
  ProgramOkt,
  ProgramParams,
  ProposeBody,
  RespondBody,
  RunId,
  SessionMaterialParams,
  SessionParams,
  UpdateSessionBody,
} from '@/modules/program/program.schema';
import { proposeRun } from '@/modules/program/proposeRun';
import { respondRun } from '@/modules/program/respondRun';
import { updateSession } from '@/modules/program/updateSession';
import { runAs } from '@/server/auth';

const tags = ['Program'];

const attachment = (filnavn: string) => {
  const ascii =
    filnavn
      .normalize('NFKD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\]/g, '') || 'kalender';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filnavn)}`;
};

/** The structured programmes (En god start, Veien videre): definitions, runs, sessions, calendars. */
export function programRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.database;

  r.get(
    '/api/programmes',
    { schema: { operationId: 'listProgrammes', tags, response: { 200: z.array(ProgramDefinisjon) } } },
    (request) => runAs(db, request, (tx, actor) => listProgrammes(tx, actor)),
  );

  r.get(
    '/api/programmes/fidelity',
    {
      schema: {
        operationId: 'getProgrammeFidelity',
        tags,
        querystring: FidelityQuery,
        response: { 200: Fidelity },
      },
    },
    (request) => runAs(db, request, (tx, actor) => fidelity(tx, actor, request.query.fra, request.query.til)),
  );

  r.get(
    '/api/programmes/:programId',
    {
      schema: {
        operationId: 'getProgramme',
        tags,
        params: ProgramParams,
        response: { 200: ProgramDefinisjon },
      },
    },
    (request) => runAs(db, request, (tx, actor) => getProgramme(tx, actor, request.params.programId)),
  );

  r.post(
    '/api/programmes/:programId/sessions/:nummer/material',
    {
      schema: {
        operationId: 'addProgrammeMaterial',
        tags,
        params: SessionMaterialParams,
        body: MaterialBody,
        response: { 201: Materiale },
      },
    },
    async (request, reply) => {
      const { programId, nummer } = request.params;
      const created = await runAs(db, request, (tx, actor) =>
        addMateriale(tx, actor, programId, nummer, request.body),
      );
      return reply.code(201).send(created);
    },
  );

  r.delete(
    '/api/programmes/:programId/material/:id',
    {
      schema: {
        operationId: 'removeProgrammeMaterial',
        tags,
        params: MaterialParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await runAs(db, request, (tx, actor) =>
        removeMateriale(tx, actor, request.params.programId, request.params.id),
      );
      return reply.code(204).send(null);
    },
  );

  r.get(
    '/api/children/:id/programmes',
    {
      schema: {
        operationId: 'listChildProgrammes',
        tags,
        params: Id,
        response: { 200: z.array(Programforlop) },
      },
    },
    (request) => runAs(db, request, (tx, actor) => listForBarn(tx, actor, request.params.id)),
  );

  r.get(
    '/api/foster-homes/:id/programmes',
    {
      schema: {
        operationId: 'listFosterHomeProgrammes',
        tags,
        params: Id,
        response: { 200: z.array(Programforlop) },
      },
    },
    (request) => runAs(db, request, (tx, actor) => listForFosterhjem(tx, actor, request.params.id)),
  );

  r.post(
    '/api/programme-runs',
    {
      schema: {
        operationId: 'proposeProgrammeRun',
        tags,
        body: ProposeBody,
        response: { 201: Programforlop },
      },
    },
    async (request, reply) => {
      const run = await runAs(db, request, (tx, actor) => proposeRun(tx, actor, request.body));
      return reply.code(201).send(run);
    },
  );

  r.get(
    '/api/programme-runs/:id',
    { schema: { operationId: 'getProgrammeRun', tags, params: RunId, response: { 200: Programforlop } } },
    (request) => runAs(db, request, (tx, actor) => getRun(tx, actor, request.params.id)),
  );

  r.post(
    '/api/programme-runs/:id/response',
    {
      schema: {
        operationId: 'respondProgrammeRun',
        tags,
        params: RunId,
        body: RespondBody,
        response: { 200: Programforlop },
      },
    },
    (request) => runAs(db, request, (tx, actor) => respondRun(tx, actor, request.params.id, request.body)),
  );

  r.post(
    '/api/programme-runs/:id/end',
    {
      schema: {
        operationId: 'endProgrammeRun',
        tags,
        params: RunId,
        body: EndBody,
        response: { 200: Programforlop },
      },
    },
    (request) => runAs(db, request, (tx, actor) => endRun(tx, actor, request.params.id, request.body)),
  );

  r.put(
    '/api/programme-runs/:id/sessions/:nummer',
    {
      schema: {
        operationId: 'updateProgrammeSession',
        tags,
        params: SessionParams,
        body: UpdateSessionBody,
        response: { 200: ProgramOkt },
      },
    },
    (request) =>
      runAs(db, request, (tx, actor) =>
        updateSession(tx, actor, request.params.id, request.params.nummer, request.body),
      ),
  );

  for (const format of ['pdf', 'ics'] as const) {
    r.get(
      format === 'pdf' ? '/api/programme-runs/:id/desk-calendar.pdf' : '/api/programme-runs/:id/calendar.ics',
      {
        schema: {
          operationId: format === 'pdf' ? 'getProgrammeDeskCalendar' : 'getProgrammeCalendarIcs',
          tags,
          params: RunId,
          querystring: CalendarQuery,
        },
      },
      async (request, reply) => {
        const { data, filnavn } = await runAs(db, request, (tx, actor) =>
          kalenderFor(tx, actor, request.params.id, format, request.query.lang),
        );
        return reply
          .type(format === 'pdf' ? 'application/pdf' : 'text/calendar; charset=utf-8')
          .header('cache-control', 'no-store')
          .header('content-disposition', attachment(filnavn))
          .send(data);
      },
    );
  }
}
