import type { FastifyInstance } from 'fastify';
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
import { apiRoutes } from '@/server/apiRoutes';

/** The structured programmes (En god start, Veien videre): definitions, runs, sessions, calendars. */
export function programRoutes(app: FastifyInstance) {
  const route = apiRoutes(app, ['Program']);

  route.get(
    '/api/programmes',
    { operationId: 'listProgrammes', response: { 200: z.array(ProgramDefinisjon) } },
    (tx, actor) => listProgrammes(tx, actor),
  );
  route.get(
    '/api/programmes/fidelity',
    { operationId: 'getProgrammeFidelity', querystring: FidelityQuery, response: { 200: Fidelity } },
    (tx, actor, { query }) => fidelity(tx, actor, query.fra, query.til),
  );
  route.get(
    '/api/programmes/:programId',
    { operationId: 'getProgramme', params: ProgramParams, response: { 200: ProgramDefinisjon } },
    (tx, actor, { params }) => getProgramme(tx, actor, params.programId),
  );
  route.post(
    '/api/programmes/:programId/sessions/:nummer/material',
    {
      operationId: 'addProgrammeMaterial',
      params: SessionMaterialParams,
      body: MaterialBody,
      response: { 201: Materiale },
    },
    (tx, actor, { params, body }) => addMateriale(tx, actor, params.programId, params.nummer, body),
  );
  route.delete(
    '/api/programmes/:programId/material/:id',
    { operationId: 'removeProgrammeMaterial', params: MaterialParams, response: { 204: z.null() } },
    (tx, actor, { params }) => removeMateriale(tx, actor, params.programId, params.id),
  );

  route.get(
    '/api/children/:id/programmes',
    { operationId: 'listChildProgrammes', params: Id, response: { 200: z.array(Programforlop) } },
    (tx, actor, { params }) => listForBarn(tx, actor, params.id),
  );
  route.get(
    '/api/foster-homes/:id/programmes',
    { operationId: 'listFosterHomeProgrammes', params: Id, response: { 200: z.array(Programforlop) } },
    (tx, actor, { params }) => listForFosterhjem(tx, actor, params.id),
  );

  route.post(
    '/api/programme-runs',
    { operationId: 'proposeProgrammeRun', body: ProposeBody, response: { 201: Programforlop } },
    (tx, actor, { body }) => proposeRun(tx, actor, body),
  );
  route.get(
    '/api/programme-runs/:id',
    { operationId: 'getProgrammeRun', params: RunId, response: { 200: Programforlop } },
    (tx, actor, { params }) => getRun(tx, actor, params.id),
  );
  route.post(
    '/api/programme-runs/:id/response',
    {
      operationId: 'respondProgrammeRun',
      params: RunId,
      body: RespondBody,
      response: { 200: Programforlop },
    },
    (tx, actor, { params, body }) => respondRun(tx, actor, params.id, body),
  );
  route.post(
    '/api/programme-runs/:id/end',
    { operationId: 'endProgrammeRun', params: RunId, body: EndBody, response: { 200: Programforlop } },
    (tx, actor, { params, body }) => endRun(tx, actor, params.id, body),
  );
  route.put(
    '/api/programme-runs/:id/sessions/:nummer',
    {
      operationId: 'updateProgrammeSession',
      params: SessionParams,
      body: UpdateSessionBody,
      response: { 200: ProgramOkt },
    },
    (tx, actor, { params, body }) => updateSession(tx, actor, params.id, params.nummer, body),
  );

  route.download(
    '/api/programme-runs/:id/desk-calendar.pdf',
    { operationId: 'getProgrammeDeskCalendar', params: RunId, querystring: CalendarQuery },
    'application/pdf',
    (tx, actor, { params, query }) => kalenderFor(tx, actor, params.id, 'pdf', query.lang),
  );
  route.download(
    '/api/programme-runs/:id/calendar.ics',
    { operationId: 'getProgrammeCalendarIcs', params: RunId, querystring: CalendarQuery },
    'text/calendar; charset=utf-8',
    (tx, actor, { params, query }) => kalenderFor(tx, actor, params.id, 'ics', query.lang),
  );
}
