import { apiRequest } from '@/web/api/client';
import type { Fremgangsmate, KandidatInput } from '@/web/api/slektTypes';

/** `PUT /api/network-searches/:id`: the people considered and the ways the network was asked. */
export function updateNetworkSearch(
  id: string,
  body: { version: number; fremgangsmater: Fremgangsmate[]; kandidater: KandidatInput[] },
): Promise<void> {
  return apiRequest<void>(`/api/network-searches/${encodeURIComponent(id)}`, { method: 'PUT', body });
}
