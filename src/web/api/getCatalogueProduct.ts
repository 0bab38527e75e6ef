import { apiRequest } from '@/web/api/client';
import type { ProduktDetalj } from '@/web/api/katalogTypes';

/** `GET /api/catalogue/:productId`: one product, the service's adoption and plan, its use. */
export function getCatalogueProduct(id: string): Promise<ProduktDetalj> {
  return apiRequest<ProduktDetalj>(`/api/catalogue/${encodeURIComponent(id)}`);
}
