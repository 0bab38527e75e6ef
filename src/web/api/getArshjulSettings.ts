import type { ArshjulInnstillinger } from '@/web/api/arshjulTypes';
import { apiRequest } from '@/web/api/client';

/** `GET /api/arshjul/settings`: the service's local-practice numbers, with `version`. */
export function getArshjulSettings(): Promise<ArshjulInnstillinger> {
  return apiRequest<ArshjulInnstillinger>('/api/arshjul/settings');
}
