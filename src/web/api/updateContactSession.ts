import { apiRequest } from '@/web/api/client';
import type { UpdateSamvaerBody } from '@/web/api/samvaerTypes';

/** `PUT /api/contact-sessions/:id` → 204: held or cancelled, moved, report received (409 on a stale version). */
export function updateContactSession(id: string, body: UpdateSamvaerBody): Promise<void> {
  return apiRequest<void>(`/api/contact-sessions/${encodeURIComponent(id)}`, { method: 'PUT', body });
}
