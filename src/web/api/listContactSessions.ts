import { apiRequest } from '@/web/api/client';
import type { SamvaerList } from '@/web/api/samvaerTypes';

/** `GET /api/children/:id/contact-sessions`: every session, with report status and open items. */
export function listContactSessions(barnId: string): Promise<SamvaerList> {
  return apiRequest<SamvaerList>(`/api/children/${encodeURIComponent(barnId)}/contact-sessions`);
}
