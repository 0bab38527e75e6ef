import { apiRequest } from '@/web/api/client';

/** `POST /api/children/:id/contact-sessions/generate` → 201: the next sessions from the plan in force. */
export function generateContactSessions(
  barnId: string,
  body: { familiemedlemId: string; antall: number; enhet: 'uke' | 'maned' },
): Promise<{ opprettet: number; datoer: string[] }> {
  return apiRequest(`/api/children/${encodeURIComponent(barnId)}/contact-sessions/generate`, {
    method: 'POST',
    body,
  });
}
