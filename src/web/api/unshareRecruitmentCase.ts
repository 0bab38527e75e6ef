import { apiRequest } from '@/web/api/client';

/** `DELETE /api/recruitment/cases/:id/shares/:tjenesteId` → 204: no longer shared with the organisation. */
export function unshareRecruitmentCase(id: string, tjenesteId: string): Promise<void> {
  return apiRequest<void>(
    `/api/recruitment/cases/${encodeURIComponent(id)}/shares/${encodeURIComponent(tjenesteId)}`,
    { method: 'DELETE' },
  );
}
