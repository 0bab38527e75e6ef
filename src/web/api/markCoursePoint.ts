import { apiRequest } from '@/web/api/client';
import type { ForlopId, MarkBody } from '@/web/api/manualTypes';

/** `POST /api/course/:forlop/:id/points/:punktId/done`: a point ticked off by hand, with a date and a note. */
export function markCoursePoint(
  forlop: ForlopId,
  id: string,
  punktId: string,
  body: MarkBody,
): Promise<void> {
  return apiRequest<void>(
    `/api/course/${forlop}/${encodeURIComponent(id)}/points/${encodeURIComponent(punktId)}/done`,
    { method: 'POST', body },
  );
}
