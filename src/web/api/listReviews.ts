import { apiRequest } from '@/web/api/client';
import type { ReviewList } from '@/web/api/manualTypes';

/** `GET /api/reviews`: a contact person's reviews, newest first (without an id: the signed-in user's own). */
export function listReviews(kontaktpersonId?: string): Promise<ReviewList> {
  return apiRequest<ReviewList>('/api/reviews', { query: { kontaktpersonId } });
}
