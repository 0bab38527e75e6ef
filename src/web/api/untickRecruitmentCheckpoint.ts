import { apiRequest } from '@/web/api/client';

/** `DELETE /api/recruitment/cases/:id/checkpoints/:punktId` → 204: the point is not done after all. */
export function untickRecruitmentCheckpoint(id: string, punktId: string): Promise<void> {
  return apiRequest<void>(
    `/api/recruitment/cases/${encodeURIComponent(id)}/checkpoints/${encodeURIComponent(punktId)}`,
    { method: 'DELETE' },
  );
}
