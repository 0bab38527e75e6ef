import { apiRequest } from '@/web/api/client';
import type { FosterhjemListItem } from '@/web/api/fosterhjemTypes';

/** `GET /api/foster-homes`: the service's foster homes (no household members). */
export function listFosterHomes(): Promise<{ items: FosterhjemListItem[] }> {
  return apiRequest<{ items: FosterhjemListItem[] }>('/api/foster-homes');
}
