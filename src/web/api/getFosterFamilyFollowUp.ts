import { apiRequest } from '@/web/api/client';
import type { FamilieOppfolging } from '@/web/api/fosterfamilieTypes';

/** `GET /api/foster-homes/:id/family-follow-up`: own children, conversations, the kinship track. */
export function getFosterFamilyFollowUp(id: string): Promise<FamilieOppfolging> {
  return apiRequest<FamilieOppfolging>(`/api/foster-homes/${encodeURIComponent(id)}/family-follow-up`);
}
