import { apiRequest } from '@/web/api/client';

/** `PUT /api/recruitment/cases/:id/checkpoints/:punktId` → 204: a checklist point done on a date. */
export function tickRecruitmentCheckpoint(
  id: string,
  punktId: string,
  body: { dato: string; notat?: string | null },
): Promise<void> {
  return apiRequest<void>(
    `/api/recruitment/cases/${encodeURIComponent(id)}/checkpoints/${encodeURIComponent(punktId)}`,
    { method: 'PUT', body },
  );
}
