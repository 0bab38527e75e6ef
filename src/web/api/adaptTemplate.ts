import { apiRequest } from '@/web/api/client';
import type { TilpasningBody } from '@/web/api/dokumentTypes';

/** `PUT /api/templates/:id/adaptation` (`mal:adapt`); 409 `conflict` when someone saved in between. */
export function adaptTemplate(id: string, body: TilpasningBody): Promise<void> {
  return apiRequest<void>(`/api/templates/${encodeURIComponent(id)}/adaptation`, { method: 'PUT', body });
}
