import { apiRequest } from '@/web/api/client';
import type { SakBody } from '@/web/api/rekrutteringTypes';

/** `PUT /api/recruitment/cases/:id` → 204: the details changed (409 on a stale version). */
export function updateRecruitmentCase(id: string, body: SakBody & { version: number }): Promise<void> {
  return apiRequest<void>(`/api/recruitment/cases/${encodeURIComponent(id)}`, { method: 'PUT', body });
}
