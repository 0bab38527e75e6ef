import { apiRequest } from '@/web/api/client';
import type { ForlopId, LokaltPunktBody } from '@/web/api/manualTypes';

/** `POST /api/manual/:forlop/points`: a point of the service's own in one phase. */
export function addLocalManualPoint(forlop: ForlopId, body: LokaltPunktBody): Promise<{ id: string }> {
  return apiRequest<{ id: string }>(`/api/manual/${forlop}/points`, { method: 'POST', body });
}
