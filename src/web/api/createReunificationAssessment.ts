import type { Created } from '@/web/api/barnTypes';
import { apiRequest } from '@/web/api/client';

/** `POST /api/children/:id/reunification-assessments` → 201 `{id}`; 409 `duplicate` while a draft is open. */
export function createReunificationAssessment(barnId: string): Promise<Created> {
  return apiRequest<Created>(`/api/children/${encodeURIComponent(barnId)}/reunification-assessments`, {
    method: 'POST',
  });
}
