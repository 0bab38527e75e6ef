import { apiRequest } from '@/web/api/client';
import type { SamvaersplanList } from '@/web/api/samvaerTypes';

/** `GET /api/children/:id/contact-plans`: per parent or relative, the plan in force and its history. */
export function listContactPlans(barnId: string): Promise<SamvaersplanList> {
  return apiRequest<SamvaersplanList>(`/api/children/${encodeURIComponent(barnId)}/contact-plans`);
}
