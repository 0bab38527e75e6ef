import { apiRequest } from '@/web/api/client';
import type { TilgjengeligHjem } from '@/web/api/godkjenningTypes';

/** `GET /api/recruitment/available`: approved homes the service may choose from (own or shared). */
export function listAvailableHomes(): Promise<{ items: TilgjengeligHjem[] }> {
  return apiRequest<{ items: TilgjengeligHjem[] }>('/api/recruitment/available');
}
