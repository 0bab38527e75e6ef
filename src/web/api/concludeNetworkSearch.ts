import { apiRequest } from '@/web/api/client';
import type { NettverkssokUtfall } from '@/web/api/slektTypes';

/** `POST /api/network-searches/:id/conclude`: the outcome and the reasoning. */
export function concludeNetworkSearch(
  id: string,
  body: { version: number; utfall: NettverkssokUtfall; konklusjon: string; avsluttetDato: string },
): Promise<void> {
  return apiRequest<void>(`/api/network-searches/${encodeURIComponent(id)}/conclude`, {
    method: 'POST',
    body,
  });
}
