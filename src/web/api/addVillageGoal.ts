import type { Created, LandsbyMalInput } from '@/web/api/barnTypes';
import { apiRequest } from '@/web/api/client';

/** `POST /api/children/:id/village-goals`: a goal the village agreed on, with the date. */
export function addVillageGoal(barnId: string, body: LandsbyMalInput): Promise<Created> {
  return apiRequest<Created>(`/api/children/${encodeURIComponent(barnId)}/village-goals`, {
    method: 'POST',
    body,
  });
}
