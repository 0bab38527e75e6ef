import { apiRequest } from '@/web/api/client';
import type { ForlopId, ManualView } from '@/web/api/manualTypes';

/** `GET /api/manual/:forlop`: the manual as the service has it (own wording and local points included). */
export function getManual(forlop: ForlopId): Promise<ManualView> {
  return apiRequest<ManualView>(`/api/manual/${forlop}`);
}
