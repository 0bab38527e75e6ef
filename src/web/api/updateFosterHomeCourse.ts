import { apiRequest } from '@/web/api/client';
import type { UpdateKursBody } from '@/web/api/fosterfamilieTypes';

/** `PUT /api/foster-homes/:id/courses/:kursId`: taken, declined or still open; 409 on an old version. */
export function updateFosterHomeCourse(id: string, kursId: string, body: UpdateKursBody): Promise<void> {
  return apiRequest<void>(
    `/api/foster-homes/${encodeURIComponent(id)}/courses/${encodeURIComponent(kursId)}`,
    { method: 'PUT', body },
  );
}
