import type { CaseloadItem, CaseloadQuery } from '@/web/api/barnTypes';
import { apiRequest } from '@/web/api/client';

/** `GET /api/children?omfang=&fase=&plasseringstype=`: "Mine barn", the team's or the service's. */
export function listCaseload(query: CaseloadQuery): Promise<{ items: CaseloadItem[] }> {
  return apiRequest<{ items: CaseloadItem[] }>('/api/children', {
    query: { omfang: query.omfang, fase: query.fase, plasseringstype: query.plasseringstype },
  });
}
