import { apiRequest } from '@/web/api/client';
import type { SakListItem, SakListQuery } from '@/web/api/rekrutteringTypes';

/** `GET /api/recruitment/cases`: the cases the organisation owns or has been given a share of. */
export function listRecruitmentCases(query: SakListQuery): Promise<{ items: SakListItem[] }> {
  return apiRequest('/api/recruitment/cases', { query: { ...query } });
}
