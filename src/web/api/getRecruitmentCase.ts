import { apiRequest } from '@/web/api/client';
import type { SakDetail } from '@/web/api/rekrutteringTypes';

/** `GET /api/recruitment/cases/:id`: one case with its history, checklist and sharing. */
export function getRecruitmentCase(id: string): Promise<SakDetail> {
  return apiRequest<SakDetail>(`/api/recruitment/cases/${encodeURIComponent(id)}`);
}
