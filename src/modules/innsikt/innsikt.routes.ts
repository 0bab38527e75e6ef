import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { inTjeneste } from '@/db/context';
import { authorize } from '@/modules/core/policy';
import { auditBy } from '@/modules/core/writeAudit';
import {
  produktTabell,
  programTabell,
  samarbeidProgramTabell,
  tabell,
  tilCsv,
  tilXlsx,
} from '@/modules/innsikt/eksport';
import { samarbeidInnsikt, tjenesteInnsikt } from '@/modules/innsikt/innsikt';
import {
  ExportQuery,
  PeriodeQuery,
  ProduktBruk,
  SamarbeidInnsikt,
  TjenesteInnsikt,
} from '@/modules/innsikt/innsikt.schema';
import { produktBruk } from '@/modules/innsikt/produktBruk';
import { fidelity } from '@/modules/program/fidelity';
import { actorOf, runAs } from '@/server/auth';
import { t } from '@/server/i18n';

const tags = ['Innsikt'];

export function innsiktRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.database;

  r.get(
    '/api/insights/service',
    {
      schema: {
        operationId: 'getServiceInsights',
        tags,
        querystring: PeriodeQuery,
        response: { 200: TjenesteInnsikt },
      },
    },
    (request) =>
      runAs(db, request, (tx, actor) => {
        authorize(actor, 'innsikt:tjeneste');
        return tjenesteInnsikt(tx, actor, request.query);
      }),
  );

  r.get(
    '/api/insights/products',
    {
      schema: {
        operationId: 'getProductUse',
        tags,
        querystring: PeriodeQuery,
        response: { 200: ProduktBruk },
      },
    },
    (request) => runAs(db, request, (tx, actor) => produktBruk(tx, actor, request.query)),
  );

  r.get(
    '/api/insights/collaboration',
    {
      schema: {
        operationId: 'getCollaborationInsights',
        tags,
        querystring: PeriodeQuery,
        response: { 200: SamarbeidInnsikt },
      },
    },
    (request) => {
      const actor = actorOf(request);
      authorize(actor, 'innsikt:samarbeid');
      return samarbeidInnsikt(db, actor, request.query);
    },
  );

  r.get(
    '/api/insights/export',
    { schema: { operationId: 'exportInsights', tags, querystring: ExportQuery } },
    async (request, reply) => {
      const actor = actorOf(request);
      const { fra, til, niva, format } = request.query;
      let kolonner: { navn: string; maal: Parameters<typeof tabell>[0][number]['maal'] }[];
      let tillegg: (string | number | null)[][] = [];
      if (niva === 'samarbeid') {
        authorize(actor, 'innsikt:samarbeid');
        const data = await samarbeidInnsikt(db, actor, { fra, til });
        kolonner = data.samarbeid.flatMap((g) => [
          { navn: g.navn, maal: g.samlet },
          ...g.tjenester.map((x) => ({ navn: x.navn, maal: x.maal })),
        ]);
        // Below the measures, each collaboration's programmes and products per service.
        tillegg = data.samarbeid.flatMap((g) => [
          [],
          ...samarbeidProgramTabell(g.navn, g.tjenester, actor.sprak),
        ]);
      } else {
        const data = await runAs(db, request, (tx) => {
          authorize(actor, 'innsikt:tjeneste');
          return tjenesteInnsikt(tx, actor, { fra, til });
        });
        kolonner = [
          ...(data.tjeneste.maal ? [{ navn: data.tjeneste.navn, maal: data.tjeneste.maal }] : []),
          ...data.team.map((x) => ({ navn: x.navn, maal: x.maal })),
        ];
        // The service's own tables below the measures: programme fidelity and product use.
        const [troskap, bruk] = await runAs(
          db,
          request,
          async (tx) =>
            [await fidelity(tx, actor, fra, til), await produktBruk(tx, actor, { fra, til })] as const,
        );
        tillegg = [[], ...programTabell(troskap, actor.sprak), [], ...produktTabell(bruk, actor.sprak)];
      }
      await inTjeneste(db, actor.tjenesteId, (tx) =>
        auditBy(tx, actor, {
          handling: 'innsikt.export',
          entitetType: 'tjeneste',
          detaljer: { niva, format, fra, til },
        }),
      );
      const rader = [...tabell(kolonner, actor.sprak), ...tillegg];
      const navn = `${t(actor.sprak, 'innsikt.fil')}-${niva}-${fra}-${til}.${format}`;
      const data = format === 'csv' ? tilCsv(rader) : await tilXlsx(rader, t(actor.sprak, 'innsikt.fil'));
      return reply
        .type(
          format === 'csv'
            ? 'text/csv; charset=utf-8'
            : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        )
        .header('content-disposition', `attachment; filename="${navn}"`)
        .header('cache-control', 'no-store')
        .send(data);
    },
  );
}
