import { apiRequest } from '@/web/api/client';
import type { FormidleBody } from '@/web/api/godkjenningTypes';

/**
 * `POST /api/recruitment/cases/:id/link` → 201: the home becomes a foster home in the service and
 * the child moves in, in one step.
 */
export function linkRecruitedHome(
  sakId: string,
  body: FormidleBody,
): Promise<{ fosterhjemId: string; plasseringId: string }> {
  return apiRequest<{ fosterhjemId: string; plasseringId: string }>(
    `/api/recruitment/cases/${encodeURIComponent(sakId)}/link`,
    { method: 'POST', body },
  );
}
