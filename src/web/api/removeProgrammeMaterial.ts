import { apiRequest } from '@/web/api/client';

/** `DELETE /api/programmes/:programId/material/:id` (head of service) → 204. */
export function removeProgrammeMaterial(programId: string, id: string): Promise<void> {
  return apiRequest<void>(
    `/api/programmes/${encodeURIComponent(programId)}/material/${encodeURIComponent(id)}`,
    { method: 'DELETE' },
  );
}
