import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { tilCsv, tilXlsx } from '@/modules/innsikt/eksport';
import { eksportRader, rekrutteringsoversikt } from '@/modules/rekruttering/oversikt';
import {
  OversiktExportQuery,
  OversiktQuery,
  RekrutteringOversikt,
} from '@/modules/rekruttering/oversikt.schema';
import { runAs } from '@/server/auth';
import { t } from '@/server/i18n';

const tags = ['Rekruttering'];

/**
 * The recruitment overview (rekruttering:read): funnel, time in stage, outcomes and homes
 * available, for the cases the organisation owns or has been given a share of; and the same
 * tables as CSV (semicolons, UTF-8 with BOM) or Excel. Both are written to the audit log.
 */
export function rekrutteringOversiktRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.database;

  r.get(
    '/api/recruitment/overview',
    {
      schema: {
        operationId: 'getRecruitmentOverview',
        tags,
        querystring: OversiktQuery,
        response: { 200: RekrutteringOversikt },
      },
    },
    (request) => runAs(db, request, (tx, actor) => rekrutteringsoversikt(tx, actor, request.query)),
  );

  r.get(
    '/api/recruitment/overview/export',
    { schema: { operationId: 'exportRecruitmentOverview', tags, querystring: OversiktExportQuery } },
    async (request, reply) => {
      const { fra, til, tabell, format } = request.query;
      const { rader, sprak, periode } = await runAs(db, request, async (tx, actor) => {
        const o = await rekrutteringsoversikt(tx, actor, { fra, til }, 'rekruttering.export', {
          tabell,
          format,
        });
        return { rader: eksportRader(o, actor.sprak, tabell), sprak: actor.sprak, periode: o.periode };
      });
      const tittel = t(sprak, 'rekrutteringOversikt.fil');
      const navn = `${tittel}-${tabell}-${periode.fra}-${periode.til}.${format}`;
      const data = format === 'csv' ? tilCsv(rader) : await tilXlsx(rader, tittel);
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
