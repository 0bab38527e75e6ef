import { apiRequest } from '@/web/api/client';
import type { KursListe } from '@/web/api/fosterfamilieTypes';

/** `GET /api/foster-homes/:id/courses`: courses offered to the foster parents, and what is missing. */
export function listFosterHomeCourses(id: string): Promise<KursListe> {
  return apiRequest<KursListe>(`/api/foster-homes/${encodeURIComponent(id)}/courses`);
}
