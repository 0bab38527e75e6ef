import type { ArshjulInnstillinger } from '@/web/api/arshjulTypes';
import { apiRequest } from '@/web/api/client';

/** `PUT /api/arshjul/settings` (arshjul:settings) with `version`; 409 `conflict` when changed meanwhile. */
export function updateArshjulSettings(body: ArshjulInnstillinger): Promise<void> {
  return apiRequest<void>('/api/arshjul/settings', { method: 'PUT', body });
}
