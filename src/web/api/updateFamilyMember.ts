import type { FamiliemedlemInput } from '@/web/api/barnTypes';
import { apiRequest } from '@/web/api/client';

/** `PUT /api/family-members/:id` with `version`. */
export function updateFamilyMember(
  id: string,
  body: FamiliemedlemInput & { version: number },
): Promise<void> {
  return apiRequest<void>(`/api/family-members/${encodeURIComponent(id)}`, { method: 'PUT', body });
}
