import { apiRequest } from '@/web/api/client';
import type { RekrutteringInnstilling, RekrutteringInnstillingEndring } from '@/web/api/rekrutteringTypes';

/**
 * `PUT /api/recruitment/settings` (rekruttering:settings): a new retention period, the kinship
 * first requirement, or both; the other keeps its value (409 on a stale version).
 */
export function updateRecruitmentSettings(
  body: RekrutteringInnstillingEndring,
): Promise<RekrutteringInnstilling> {
  return apiRequest<RekrutteringInnstilling>('/api/recruitment/settings', { method: 'PUT', body });
}
