import type { EksportFormat, InnsiktNiva, Periode } from '@/web/api/innsiktTypes';

/**
 * `GET /api/insights/export`: the same figures as a CSV or Excel file (the export is written to
 * the audit log). A plain link, so the browser handles the file; the session cookie goes with it.
 */
export function insightsExportUrl(periode: Periode, niva: InnsiktNiva, format: EksportFormat): string {
  const params = new URLSearchParams({ fra: periode.fra, til: periode.til, niva, format });
  return `/api/insights/export?${params.toString()}`;
}
