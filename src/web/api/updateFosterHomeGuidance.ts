import { apiRequest } from '@/web/api/client';
import type { VeiledningInput } from '@/web/api/fosterfamilieTypes';

/** `PUT /api/foster-homes/:id/guidance/:veiledningId`: edit a session; 409 on an old version. */
export function updateFosterHomeGuidance(
  id: string,
  veiledningId: string,
  body: VeiledningInput & { version: number },
): Promise<void> {
  return apiRequest<void>(
    `/api/foster-homes/${encodeURIComponent(id)}/guidance/${encodeURIComponent(veiledningId)}`,
    { method: 'PUT', body },
  );
}
