import type { Created, FamiliemedlemInput } from '@/web/api/barnTypes';
import { apiRequest } from '@/web/api/client';

/** `POST /api/children/:id/family-members`. */
export function addFamilyMember(barnId: string, body: FamiliemedlemInput): Promise<Created> {
  return apiRequest<Created>(`/api/children/${encodeURIComponent(barnId)}/family-members`, {
    method: 'POST',
    body,
  });
}
