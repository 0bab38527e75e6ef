import { apiRequest } from '@/web/api/client';

/** `POST /api/re-recruitment/:id/close`: closes the follow-up without an answer (the home has left). */
export function closeReRecruitment(id: string, version: number): Promise<void> {
  return apiRequest<void>(`/api/re-recruitment/${encodeURIComponent(id)}/close`, {
    method: 'POST',
    body: { version },
  });
}
