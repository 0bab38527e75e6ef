import type { AvvikBody } from '@/web/api/arshjulTypes';
import { apiRequest } from '@/web/api/client';

/** `POST /api/tasks/:id/deviation`: reason and new date; 409 `conflict` on a stale version. */
export function registerTaskDeviation(id: string, body: AvvikBody): Promise<void> {
  return apiRequest<void>(`/api/tasks/${encodeURIComponent(id)}/deviation`, { method: 'POST', body });
}
