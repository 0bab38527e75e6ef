import { apiRequest } from '@/web/api/client';
import type { UpdateFosterhjemBody } from '@/web/api/fosterhjemTypes';

/** `PUT /api/foster-homes/:id` with `version`. */
export function updateFosterHome(id: string, body: UpdateFosterhjemBody): Promise<void> {
  return apiRequest<void>(`/api/foster-homes/${encodeURIComponent(id)}`, { method: 'PUT', body });
}
