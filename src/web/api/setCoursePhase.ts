import { apiRequest } from '@/web/api/client';
import type { FaseBody, ForlopId } from '@/web/api/manualTypes';

/** `PUT /api/course/:forlop/:id/phase`: set the phase by hand with a reason, or `fase: null` to follow the facts. */
export function setCoursePhase(forlop: ForlopId, id: string, body: FaseBody): Promise<void> {
  return apiRequest<void>(`/api/course/${forlop}/${encodeURIComponent(id)}/phase`, { method: 'PUT', body });
}
