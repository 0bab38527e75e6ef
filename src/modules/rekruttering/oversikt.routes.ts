import type { FastifyInstance } from 'fastify';
import { eksporterOversikt } from '@/modules/rekruttering/eksportOversikt';
import { rekrutteringsoversikt } from '@/modules/rekruttering/oversikt';
import {
  OversiktExportQuery,
  OversiktQuery,
  RekrutteringOversikt,
} from '@/modules/rekruttering/oversikt.schema';
import { apiRoutes } from '@/server/apiRoutes';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The recruitment overview (rekruttering:read): funnel, time in stage, outcomes and homes
 * available, for the cases the organisation owns or has been given a share of; and the same
 * tables as CSV (semicolons, UTF-8 with BOM) or Excel. Both are written to the audit log.
 */
export function rekrutteringOversiktRoutes(app: FastifyInstance) {
  const route = apiRoutes(app, ['Rekruttering']);

  route.get(
    '/api/recruitment/overview',
    {
      operationId: 'getRecruitmentOverview',
      querystring: OversiktQuery,
      response: { 200: RekrutteringOversikt },
    },
    (tx, actor, { query }) => rekrutteringsoversikt(tx, actor, query),
  );

  route.download(
    '/api/recruitment/overview/export',
    { operationId: 'exportRecruitmentOverview', querystring: OversiktExportQuery },
    ({ query }) => (query.format === 'csv' ? 'text/csv; charset=utf-8' : XLSX),
    (tx, actor, { query }) => eksporterOversikt(tx, actor, query),
  );
}
