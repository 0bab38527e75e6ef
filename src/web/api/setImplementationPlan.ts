import { apiRequest } from '@/web/api/client';
import type { AdopsjonSvar, Steg } from '@/web/api/katalogTypes';

/** `PUT /api/catalogue/:productId/adoption/plan` (katalog:adopt); 409 when someone saved in between. */
export function setImplementationPlan(id: string, body: { plan: Steg[]; version: number }) {
  return apiRequest<AdopsjonSvar>(`/api/catalogue/${encodeURIComponent(id)}/adoption/plan`, {
    method: 'PUT',
    body,
  });
}
