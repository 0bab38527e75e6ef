import { apiRequest } from '@/web/api/client';
import type { Nettverk } from '@/web/api/katalogTypes';

/** `GET /api/catalogue/network` (katalog:network): interest and adoption per service, names only. */
export function getCatalogueNetwork(): Promise<Nettverk> {
  return apiRequest<Nettverk>('/api/catalogue/network');
}
