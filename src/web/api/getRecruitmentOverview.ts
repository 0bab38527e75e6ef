import { apiRequest } from '@/web/api/client';
import type { Periode } from '@/web/api/innsiktTypes';
import type { RekrutteringOversikt } from '@/web/api/rekrutteringOversiktTypes';

/** `GET /api/recruitment/overview` (rekruttering:read): the cases the organisation owns or has been given a share of. */
export function getRecruitmentOverview(periode: Periode): Promise<RekrutteringOversikt> {
  return apiRequest<RekrutteringOversikt>('/api/recruitment/overview', { query: { ...periode } });
}
