import { apiRequest } from '@/web/api/client';
import type { NettverkssokList } from '@/web/api/slektTypes';

/** `GET /api/children/:id/network-searches`: the child's searches in family and network, newest first. */
export function listNetworkSearches(barnId: string): Promise<NettverkssokList> {
  return apiRequest<NettverkssokList>(`/api/children/${encodeURIComponent(barnId)}/network-searches`);
}
