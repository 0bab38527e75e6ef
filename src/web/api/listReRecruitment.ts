import { apiRequest } from '@/web/api/client';
import type { GjenrekrutteringList } from '@/web/api/slektTypes';

/** `GET /api/re-recruitment`: the service's foster homes to ask about a new assignment, and those on a pause. */
export function listReRecruitment(): Promise<GjenrekrutteringList> {
  return apiRequest<GjenrekrutteringList>('/api/re-recruitment');
}
