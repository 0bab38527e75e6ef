import type { Created } from '@/web/api/barnTypes';
import { apiRequest } from '@/web/api/client';

/** `POST /api/children/:id/contact-sessions` → 201: one session added by hand. */
export function createContactSession(
  barnId: string,
  body: {
    familiemedlemId: string;
    dato: string;
    fraKl: string | null;
    tilKl: string | null;
    notat: string | null;
  },
): Promise<Created> {
  return apiRequest<Created>(`/api/children/${encodeURIComponent(barnId)}/contact-sessions`, {
    method: 'POST',
    body,
  });
}
