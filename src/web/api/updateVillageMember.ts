import type { LandsbymedlemInput } from '@/web/api/barnTypes';
import { apiRequest } from '@/web/api/client';

/** `PUT /api/village-members/:id` with `version`. */
export function updateVillageMember(
  id: string,
  body: LandsbymedlemInput & { version: number },
): Promise<void> {
  return apiRequest<void>(`/api/village-members/${encodeURIComponent(id)}`, { method: 'PUT', body });
}
