import { apiRequest } from '@/web/api/client';
import type { Periode, SamarbeidInnsikt } from '@/web/api/innsiktTypes';

/** `GET /api/insights/collaboration` (innsikt:samarbeid): aggregates per service, small numbers hidden. */
export function getCollaborationInsights(periode: Periode): Promise<SamarbeidInnsikt> {
  return apiRequest<SamarbeidInnsikt>('/api/insights/collaboration', { query: { ...periode } });
}
