import { apiRequest } from '@/web/api/client';
import type { AdaptBody, ForlopId } from '@/web/api/manualTypes';

/** `PUT /api/manual/:forlop/points/:punktId/adaptation` with `version`; 409 `conflict` when someone saved in between. */
export function adaptManualPoint(forlop: ForlopId, punktId: string, body: AdaptBody): Promise<void> {
  return apiRequest<void>(`/api/manual/${forlop}/points/${encodeURIComponent(punktId)}/adaptation`, {
    method: 'PUT',
    body,
  });
}
