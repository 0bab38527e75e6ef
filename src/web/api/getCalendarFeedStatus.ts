import type { KalenderStatus } from '@/web/api/arshjulTypes';
import { apiRequest } from '@/web/api/client';

/** `GET /api/calendar-feed`: whether the user has a calendar feed, and since when. */
export function getCalendarFeedStatus(): Promise<KalenderStatus> {
  return apiRequest<KalenderStatus>('/api/calendar-feed');
}
