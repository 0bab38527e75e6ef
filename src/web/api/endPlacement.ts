import type { EndPlasseringBody } from '@/web/api/barnTypes';
import { apiRequest } from '@/web/api/client';

/** `POST /api/placements/:id/end`: move-out, planned or unintended, with SSB's codes. */
export function endPlacement(id: string, body: EndPlasseringBody): Promise<void> {
  return apiRequest<void>(`/api/placements/${encodeURIComponent(id)}/end`, { method: 'POST', body });
}
