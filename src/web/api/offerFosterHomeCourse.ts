import type { Created } from '@/web/api/barnTypes';
import { apiRequest } from '@/web/api/client';
import type { OfferKursBody } from '@/web/api/fosterfamilieTypes';

/** `POST /api/foster-homes/:id/courses`: offer a course to one foster parent. */
export function offerFosterHomeCourse(id: string, body: OfferKursBody): Promise<Created> {
  return apiRequest<Created>(`/api/foster-homes/${encodeURIComponent(id)}/courses`, { method: 'POST', body });
}
