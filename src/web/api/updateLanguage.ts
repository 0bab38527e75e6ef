import { apiRequest } from '@/web/api/client';
import type { Me, Sprak } from '@/web/api/types';

/** `PUT /api/me/language` → the updated user. */
export function updateLanguage(sprak: Sprak): Promise<Me> {
  return apiRequest<Me>('/api/me/language', { method: 'PUT', body: { sprak } });
}
