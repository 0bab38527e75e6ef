import { apiRequest } from '@/web/api/client';
import type { ForlopId, ForlopView } from '@/web/api/manualTypes';

/** `GET /api/course/:forlop/:id`: the phase of one child or foster home, and the manual as its checklist. */
export function getCourse(forlop: ForlopId, id: string): Promise<ForlopView> {
  return apiRequest<ForlopView>(`/api/course/${forlop}/${encodeURIComponent(id)}`);
}
