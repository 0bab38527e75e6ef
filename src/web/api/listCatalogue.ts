import { apiRequest } from '@/web/api/client';
import type { KatalogListe, KatalogQuery } from '@/web/api/katalogTypes';

/** `GET /api/catalogue`: the treasure map's products with the service's adoption, filtered. */
export function listCatalogue(query: KatalogQuery = {}): Promise<KatalogListe> {
  return apiRequest<KatalogListe>('/api/catalogue', { query: { ...query } });
}
