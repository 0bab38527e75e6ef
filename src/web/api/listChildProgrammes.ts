import { apiRequest } from '@/web/api/client';
import type { Programforlop } from '@/web/api/programTypes';

/** `GET /api/children/:id/programmes`: every programme run for the child (both programmes). */
export function listChildProgrammes(barnId: string): Promise<Programforlop[]> {
  return apiRequest<Programforlop[]>(`/api/children/${encodeURIComponent(barnId)}/programmes`);
}
