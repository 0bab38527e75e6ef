import type { UpdateBarnBody } from '@/web/api/barnTypes';
import { apiRequest } from '@/web/api/client';

/** `PUT /api/children/:id` with `version`; 409 `conflict` when someone saved in between. */
export function updateChild(id: string, body: UpdateBarnBody): Promise<void> {
  return apiRequest<void>(`/api/children/${encodeURIComponent(id)}`, { method: 'PUT', body });
}
