import { apiRequest } from '@/web/api/client';
import type { ForlopId } from '@/web/api/manualTypes';

/** `DELETE /api/course/:forlop/:id/ticks/:tickId`: take back a tick made by hand. */
export function unmarkCoursePoint(forlop: ForlopId, id: string, tickId: string): Promise<void> {
  return apiRequest<void>(
    `/api/course/${forlop}/${encodeURIComponent(id)}/ticks/${encodeURIComponent(tickId)}`,
    { method: 'DELETE' },
  );
}
