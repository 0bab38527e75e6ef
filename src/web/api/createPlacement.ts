import type { Created, CreatePlasseringBody } from '@/web/api/barnTypes';
import { apiRequest } from '@/web/api/client';

/** `POST /api/children/:id/placements`: the child moves into a foster home. */
export function createPlacement(barnId: string, body: CreatePlasseringBody): Promise<Created> {
  return apiRequest<Created>(`/api/children/${encodeURIComponent(barnId)}/placements`, {
    method: 'POST',
    body,
  });
}
