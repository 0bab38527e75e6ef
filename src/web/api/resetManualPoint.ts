import { apiRequest } from '@/web/api/client';
import type { ForlopId } from '@/web/api/manualTypes';

/** `DELETE /api/manual/:forlop/points/:punktId/adaptation`: back to the shared text (a local point is removed). */
export function resetManualPoint(forlop: ForlopId, punktId: string): Promise<void> {
  return apiRequest<void>(`/api/manual/${forlop}/points/${encodeURIComponent(punktId)}/adaptation`, {
    method: 'DELETE',
  });
}
