import { apiRequest } from '@/web/api/client';
import type { FosterhjemView } from '@/web/api/fosterhjemTypes';

/** `GET /api/foster-homes/:id`; 403 `purpose_required` outside the caseload. */
export function getFosterHome(id: string): Promise<FosterhjemView> {
  return apiRequest<FosterhjemView>(`/api/foster-homes/${encodeURIComponent(id)}`);
}
