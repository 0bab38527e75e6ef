import { apiRequest } from '@/web/api/client';
import type { RekrutteringInnstilling } from '@/web/api/rekrutteringTypes';

/**
 * `GET /api/recruitment/settings` (rekruttering:settings): the retention period for closed
 * applicants and whether kinship first is required.
 */
export function getRecruitmentSettings(): Promise<RekrutteringInnstilling> {
  return apiRequest<RekrutteringInnstilling>('/api/recruitment/settings');
}
