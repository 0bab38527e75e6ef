import { apiRequest } from '@/web/api/client';
import type { ReviewPrepare } from '@/web/api/manualTypes';

/** `GET /api/reviews/prepare/:kontaktpersonId`: each child's phase and open points, and the last agreements. */
export function prepareReview(kontaktpersonId: string): Promise<ReviewPrepare> {
  return apiRequest<ReviewPrepare>(`/api/reviews/prepare/${encodeURIComponent(kontaktpersonId)}`);
}
