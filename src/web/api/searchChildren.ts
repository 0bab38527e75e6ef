import type { SearchHit } from '@/web/api/barnTypes';
import { apiRequest } from '@/web/api/client';

/**
 * `POST /api/children/search {q}`: by name, 11-digit number or birth date (DDMMYY). The query is
 * sent in the body, never in the URL, because it may be an identity number.
 */
export function searchChildren(q: string): Promise<{ items: SearchHit[] }> {
  return apiRequest<{ items: SearchHit[] }>('/api/children/search', { method: 'POST', body: { q } });
}
