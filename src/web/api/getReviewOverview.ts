import { apiRequest } from '@/web/api/client';
import type { ReviewOverview } from '@/web/api/manualTypes';

/** `GET /api/reviews/overview`: per contact person the last review, the next due and the open points. */
export function getReviewOverview(): Promise<ReviewOverview> {
  return apiRequest<ReviewOverview>('/api/reviews/overview');
}
