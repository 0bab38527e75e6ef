import { apiRequest } from '@/web/api/client';
import type { KatalogHistorikk } from '@/web/api/katalogTypes';

/** `GET /api/catalogue/:productId/changes`: the network's changes to a product, newest first. */
export function listCatalogueChanges(id: string): Promise<KatalogHistorikk> {
  return apiRequest<KatalogHistorikk>(`/api/catalogue/${encodeURIComponent(id)}/changes`);
}
