import { apiRequest } from '@/web/api/client';
import type { KatalogEndringFelter } from '@/web/api/katalogTypes';

/** `POST /api/catalogue/:productId/changes` (katalog:edit): a change or a new product, with a reason. */
export function changeCatalogue(
  id: string,
  body: { samarbeidId?: string; endring: KatalogEndringFelter; begrunnelse: string },
) {
  return apiRequest<{ id: string }>(`/api/catalogue/${encodeURIComponent(id)}/changes`, {
    method: 'POST',
    body,
  });
}
