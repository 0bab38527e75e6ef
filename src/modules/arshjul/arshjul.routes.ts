import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AvvikBody,
  FeedCreated,
  FeedStatus,
  HendelseBody,
  HyppighetBody,
  OppgaveList,
  OppgaveQuery,
  PlanBody,
  SettingsBody,
  SettingsView,
  Summary,
  TeamView,
  Wheel,
  WheelQuery,
} from '@/modules/arshjul/arshjul.schema';
import { decideHyppighet } from '@/modules/arshjul/decideHyppighet';
import { planOppgave, registerAvvik } from '@/modules/arshjul/endreOppgave';
import { getInnstillinger, updateInnstillinger } from '@/modules/arshjul/innstillinger';
import { calendarFeed, createFeed, feedStatus, revokeFeeds } from '@/modules/arshjul/kalender';
import { arshjul, listOppgaver, oppgaveSummary } from '@/modules/arshjul/oppgaver';
import { recordHendelse } from '@/modules/arshjul/recordHendelse';
import { teamOversikt } from '@/modules/arshjul/teamOversikt';
import { Created, Id } from '@/modules/barn/barn.schema';
import { openBarn, openFosterhjem } from '@/modules/barn/caseAccess';
import { osloToday } from '@/modules/core/clock';
import { authorize } from '@/modules/core/policy';
import { auditBy } from '@/modules/core/writeAudit';
import { NoContent } from '@/server/apiRoutes';
import { runAs } from '@/server/auth';
import { notFound } from '@/server/errors';

const tags = ['Årshjul'];

export function arshjulRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.database;

  r.get(
    '/api/tasks',
    { schema: { operationId: 'listTasks', tags, querystring: OppgaveQuery, response: { 200: OppgaveList } } },
    (request) =>
      runAs(db, request, async (tx, actor) => {
        authorize(actor, 'barn:list');
        const result = await listOppgaver(tx, actor, request.query.omfang);
        await auditBy(tx, actor, {
          handling: 'oppgave.list',
          entitetType: 'oppgave',
          detaljer: { omfang: request.query.omfang, antall: result.items.length },
        });
        return result;
      }),
  );

  r.get(
    '/api/tasks/summary',
    { schema: { operationId: 'getTaskSummary', tags, response: { 200: Summary } } },
    (request) => runAs(db, request, (tx, actor) => oppgaveSummary(tx, actor)),
  );

  r.get(
    '/api/tasks/team',
    { schema: { operationId: 'getTeamTasks', tags, response: { 200: TeamView } } },
    (request) =>
      runAs(db, request, async (tx, actor) => {
        authorize(actor, 'arshjul:team');
        const result = await teamOversikt(tx, actor);
        await auditBy(tx, actor, {
          handling: 'oppgave.list',
          entitetType: 'oppgave',
          detaljer: { omfang: 'team' },
        });
        return result;
      }),
  );

  r.post(
    '/api/tasks/:id/deviation',
    {
      schema: {
        operationId: 'registerTaskDeviation',
        tags,
        params: Id,
        body: AvvikBody,
        response: NoContent,
      },
    },
    async (request, reply) => {
      await runAs(db, request, (tx, actor) => registerAvvik(tx, actor, request.params.id, request.body));
      return reply.code(204).send(null);
    },
  );

  r.put(
    '/api/tasks/:id/plan',
    { schema: { operationId: 'planTask', tags, params: Id, body: PlanBody, response: NoContent } },
    async (request, reply) => {
      await runAs(db, request, (tx, actor) => planOppgave(tx, actor, request.params.id, request.body));
      return reply.code(204).send(null);
    },
  );

  r.get(
    '/api/children/:id/annual-wheel',
    {
      schema: {
        operationId: 'getAnnualWheel',
        tags,
        params: Id,
        querystring: WheelQuery,
        response: { 200: Wheel },
      },
    },
    (request) =>
      runAs(db, request, async (tx, actor) => {
        await openBarn(tx, actor, request.params.id, 'read');
        const ar = request.query.ar ?? Number(osloToday().slice(0, 4));
        const wheel = await arshjul(tx, { barnId: request.params.id }, ar);
        await auditBy(tx, actor, {
          handling: 'barn.read',
          entitetType: 'barn',
          entitetId: request.params.id,
        });
        return wheel;
      }),
  );

  r.get(
    '/api/foster-homes/:id/annual-wheel',
    {
      schema: {
        operationId: 'getFosterHomeAnnualWheel',
        tags,
        params: Id,
        querystring: WheelQuery,
        response: { 200: Wheel },
      },
    },
    (request) =>
      runAs(db, request, async (tx, actor) => {
        await openFosterhjem(tx, actor, request.params.id, 'read');
        const ar = request.query.ar ?? Number(osloToday().slice(0, 4));
        const wheel = await arshjul(tx, { fosterhjemId: request.params.id }, ar);
        await auditBy(tx, actor, {
          handling: 'fosterhjem.read',
          entitetType: 'fosterhjem',
          entitetId: request.params.id,
        });
        return wheel;
      }),
  );

  r.post(
    '/api/children/:id/events',
    {
      schema: {
        operationId: 'recordEvent',
        tags,
        params: Id,
        body: HendelseBody,
        response: { 201: Created },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await runAs(db, request, (tx, actor) => recordHendelse(tx, actor, request.params.id, request.body)),
        ),
  );

  r.post(
    '/api/placements/:id/frequency-decisions',
    {
      schema: {
        operationId: 'decideVisitFrequency',
        tags,
        params: Id,
        body: HyppighetBody,
        response: { 201: Created },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await runAs(db, request, (tx, actor) =>
            decideHyppighet(tx, actor, request.params.id, request.body),
          ),
        ),
  );

  r.get(
    '/api/arshjul/settings',
    { schema: { operationId: 'getArshjulSettings', tags, response: { 200: SettingsView } } },
    (request) => runAs(db, request, (tx, actor) => getInnstillinger(tx, actor.tjenesteId)),
  );

  r.put(
    '/api/arshjul/settings',
    { schema: { operationId: 'updateArshjulSettings', tags, body: SettingsBody, response: NoContent } },
    async (request, reply) => {
      await runAs(db, request, (tx, actor) => {
        authorize(actor, 'arshjul:settings');
        const { version, ...verdier } = request.body;
        return updateInnstillinger(tx, actor, verdier, version);
      });
      return reply.code(204).send(null);
    },
  );

  r.get(
    '/api/calendar-feed',
    { schema: { operationId: 'getCalendarFeedStatus', tags, response: { 200: FeedStatus } } },
    (request) => runAs(db, request, (tx, actor) => feedStatus(tx, actor)),
  );

  r.post(
    '/api/calendar-feed',
    { schema: { operationId: 'createCalendarFeed', tags, response: { 201: FeedCreated } } },
    async (request, reply) => {
      const token = await runAs(db, request, (tx, actor) => {
        authorize(actor, 'barn:list');
        return createFeed(tx, actor);
      });
      const origin = app.config.allowedOrigins[0] ?? `${request.protocol}://${request.host}`;
      return reply.code(201).send({ url: `${origin}/api/calendar/${token}.ics` });
    },
  );

  r.delete(
    '/api/calendar-feed',
    { schema: { operationId: 'revokeCalendarFeed', tags, response: NoContent } },
    async (request, reply) => {
      await runAs(db, request, (tx, actor) => revokeFeeds(tx, actor));
      return reply.code(204).send(null);
    },
  );

  r.get(
    '/api/calendar/:token.ics',
    {
      config: { public: true },
      schema: {
        operationId: 'getCalendarFeed',
        tags,
        params: z.object({ token: z.string().min(20).max(100) }),
      },
    },
    async (request, reply) => {
      const ics = await calendarFeed(db, request.params.token);
      if (!ics) throw notFound();
      return reply
        .header('cache-control', 'private, max-age=300')
        .type('text/calendar; charset=utf-8')
        .send(ics);
    },
  );
}
