import { apiRequest } from '@/web/api/client';
import type { Programforlop, SvarBody } from '@/web/api/programTypes';

/** `POST /api/programme-runs/:id/response`: accepted, or declined with a reason (voluntary programmes only). */
export function respondToProgramme(id: string, body: SvarBody): Promise<Programforlop> {
  return apiRequest<Programforlop>(`/api/programme-runs/${encodeURIComponent(id)}/response`, {
    method: 'POST',
    body,
  });
}
