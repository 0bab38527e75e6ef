import { apiRequest } from '@/web/api/client';
import type { ForlopId } from '@/web/api/manualTypes';

/**
 * `POST /api/manual/:forlop/points/:punktId/accept-base`: the shared point has changed; keep the
 * service's wording (`folgBasis: false`) or drop it and follow the shared text (`true`).
 */
export function acceptManualBase(forlop: ForlopId, punktId: string, folgBasis: boolean): Promise<void> {
  return apiRequest<void>(`/api/manual/${forlop}/points/${encodeURIComponent(punktId)}/accept-base`, {
    method: 'POST',
    body: { folgBasis },
  });
}
