import { apiRequest } from '@/web/api/client';
import type { GodkjenningBody } from '@/web/api/godkjenningTypes';

/** `PUT /api/recruitment/cases/:id/approval`: records the decision; the home becomes available. */
export function approveRecruitmentCase(sakId: string, body: GodkjenningBody): Promise<{ version: number }> {
  return apiRequest<{ version: number }>(`/api/recruitment/cases/${encodeURIComponent(sakId)}/approval`, {
    method: 'PUT',
    body,
  });
}
