import { apiRequest } from '@/web/api/client';
import type { Periode, ProduktBruk } from '@/web/api/innsiktTypes';

/** `GET /api/insights/products` (innsikt:tjeneste): which adopted products are in use. */
export function getProductUse(periode: Periode): Promise<ProduktBruk> {
  return apiRequest<ProduktBruk>('/api/insights/products', { query: { ...periode } });
}
