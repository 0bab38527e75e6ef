import type { Created, LandsbymedlemInput } from '@/web/api/barnTypes';
import { apiRequest } from '@/web/api/client';

/** `POST /api/children/:id/village-members`. */
export function addVillageMember(barnId: string, body: LandsbymedlemInput): Promise<Created> {
  return apiRequest<Created>(`/api/children/${encodeURIComponent(barnId)}/village-members`, {
    method: 'POST',
    body,
  });
}
