import { apiRequest } from '@/web/api/client';

/** `POST /api/contact-sessions/:id/review` → 201: starts the review document and links it to the session. */
export function reviewContactReport(id: string, version: number): Promise<{ dokumentId: string }> {
  return apiRequest(`/api/contact-sessions/${encodeURIComponent(id)}/review`, {
    method: 'POST',
    body: { version },
  });
}
