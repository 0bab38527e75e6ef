import { apiRequest } from '@/web/api/client';
import type { GodkjenningView } from '@/web/api/godkjenningTypes';

/** `GET /api/recruitment/cases/:id/approval`: the home-study reports, the decision and what is missing. */
export function getRecruitmentApproval(sakId: string): Promise<GodkjenningView> {
  return apiRequest<GodkjenningView>(`/api/recruitment/cases/${encodeURIComponent(sakId)}/approval`);
}
