import type { BarnView } from '@/web/api/barnTypes';
import { apiRequest } from '@/web/api/client';

/** `GET /api/children/:id`; 403 `purpose_required` when the child is outside the caseload. */
export function getChild(id: string): Promise<BarnView> {
  return apiRequest<BarnView>(`/api/children/${encodeURIComponent(id)}`);
}
