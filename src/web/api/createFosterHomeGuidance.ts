import type { Created } from '@/web/api/barnTypes';
import { apiRequest } from '@/web/api/client';
import type { VeiledningInput } from '@/web/api/fosterfamilieTypes';

/** `POST /api/foster-homes/:id/guidance`: register a guidance session. */
export function createFosterHomeGuidance(id: string, body: VeiledningInput): Promise<Created> {
  return apiRequest<Created>(`/api/foster-homes/${encodeURIComponent(id)}/guidance`, {
    method: 'POST',
    body,
  });
}
