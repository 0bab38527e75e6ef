import { apiRequest } from '@/web/api/client';

/** `POST /api/recruitment/cases/:id/shares` → 204: shared with an organisation, with the family's consent. */
export function shareRecruitmentCase(
  id: string,
  body: { tjenesteId: string; samtykkeDato: string },
): Promise<void> {
  return apiRequest<void>(`/api/recruitment/cases/${encodeURIComponent(id)}/shares`, {
    method: 'POST',
    body,
  });
}
