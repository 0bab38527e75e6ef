import { apiRequest } from '@/web/api/client';
import type { MalListeItem } from '@/web/api/dokumentTypes';

/** `GET /api/templates`: the template library as the service sees it. */
export function listTemplates(): Promise<{ items: MalListeItem[] }> {
  return apiRequest<{ items: MalListeItem[] }>('/api/templates');
}
