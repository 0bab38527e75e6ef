import { apiRequest } from '@/web/api/client';
import type { VeiledningListe } from '@/web/api/fosterfamilieTypes';

/** `GET /api/foster-homes/:id/guidance`: guidance sessions, newest first, and the supervisors. */
export function listFosterHomeGuidance(id: string): Promise<VeiledningListe> {
  return apiRequest<VeiledningListe>(`/api/foster-homes/${encodeURIComponent(id)}/guidance`);
}
