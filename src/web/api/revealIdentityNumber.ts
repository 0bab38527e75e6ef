import { apiRequest } from '@/web/api/client';

/** `GET /api/children/:id/identity-number`: the full number. Every call is written to the audit log. */
export function revealIdentityNumber(id: string): Promise<{ fodselsnummer: string | null }> {
  return apiRequest<{ fodselsnummer: string | null }>(
    `/api/children/${encodeURIComponent(id)}/identity-number`,
  );
}
