import type { RammefortellingInput } from '@/web/api/barnTypes';
import { apiRequest } from '@/web/api/client';

/** `PUT /api/life-story-parts/:id` with `version`; 409 `conflict` when someone saved in between. */
export function updateLifeStoryPart(
  id: string,
  body: RammefortellingInput & { version: number },
): Promise<void> {
  return apiRequest<void>(`/api/life-story-parts/${encodeURIComponent(id)}`, { method: 'PUT', body });
}
