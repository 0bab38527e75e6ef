import type { HyppighetBody } from '@/web/api/arshjulTypes';
import type { Created } from '@/web/api/barnTypes';
import { apiRequest } from '@/web/api/client';

/** `POST /api/placements/:id/frequency-decisions`: 4 or 2 visits a year from a date, with a reason. */
export function decideVisitFrequency(plasseringId: string, body: HyppighetBody): Promise<Created> {
  return apiRequest<Created>(`/api/placements/${encodeURIComponent(plasseringId)}/frequency-decisions`, {
    method: 'POST',
    body,
  });
}
