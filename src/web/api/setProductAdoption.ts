import { apiRequest } from '@/web/api/client';
import type { AdopsjonStatus, AdopsjonSvar } from '@/web/api/katalogTypes';

/** `PUT /api/catalogue/:productId/adoption` (katalog:adopt); `version` 0 when there is none yet. */
export function setProductAdoption(id: string, body: { status: AdopsjonStatus; version: number }) {
  return apiRequest<AdopsjonSvar>(`/api/catalogue/${encodeURIComponent(id)}/adoption`, {
    method: 'PUT',
    body,
  });
}
