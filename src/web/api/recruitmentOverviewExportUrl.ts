import type { EksportFormat, Periode } from '@/web/api/innsiktTypes';
import type { OversiktTabell } from '@/web/api/rekrutteringOversiktTypes';

/**
 * `GET /api/recruitment/overview/export`: one table or all of them as CSV or Excel (written to
 * the audit log). A plain link, so the browser handles the file; the session cookie goes with it.
 */
export function recruitmentOverviewExportUrl(
  periode: Periode,
  tabell: OversiktTabell,
  format: EksportFormat = 'csv',
): string {
  const params = new URLSearchParams({ fra: periode.fra, til: periode.til, tabell, format });
  return `/api/recruitment/overview/export?${params.toString()}`;
}
