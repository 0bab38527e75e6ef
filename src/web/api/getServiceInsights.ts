import { apiRequest } from '@/web/api/client';
import type { Periode, TjenesteInnsikt } from '@/web/api/innsiktTypes';

/** `GET /api/insights/service` (innsikt:tjeneste): the service and its teams, or a team leader's team. */
export function getServiceInsights(periode: Periode): Promise<TjenesteInnsikt> {
  return apiRequest<TjenesteInnsikt>('/api/insights/service', { query: { ...periode } });
}
