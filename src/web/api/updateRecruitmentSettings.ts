import { apiRequest } from '@/web/api/client';
import type { RekrutteringInnstilling } from '@/web/api/rekrutteringTypes';

/** `PUT /api/recruitment/settings` (rekruttering:settings): a new retention period (409 on a stale version). */
export function updateRecruitmentSettings(body: RekrutteringInnstilling): Promise<RekrutteringInnstilling> {
  return apiRequest<RekrutteringInnstilling>('/api/recruitment/settings', { method: 'PUT', body });
}
