import type { Created } from '@/web/api/barnTypes';
import { apiRequest } from '@/web/api/client';
import type { ReviewBody } from '@/web/api/manualTypes';

/** `POST /api/reviews`: the review with a contact person, its summary and what was agreed per point. */
export function createReview(body: ReviewBody): Promise<Created> {
  return apiRequest<Created>('/api/reviews', { method: 'POST', body });
}
