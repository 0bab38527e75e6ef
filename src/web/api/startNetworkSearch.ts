import type { Created } from '@/web/api/barnTypes';
import { apiRequest } from '@/web/api/client';
import type { Fremgangsmate } from '@/web/api/slektTypes';

/** `POST /api/children/:id/network-searches`: starts the search in the child's family and network. */
export function startNetworkSearch(
  barnId: string,
  body: { startet: string; fremgangsmater: Fremgangsmate[] },
): Promise<Created> {
  return apiRequest<Created>(`/api/children/${encodeURIComponent(barnId)}/network-searches`, {
    method: 'POST',
    body,
  });
}
