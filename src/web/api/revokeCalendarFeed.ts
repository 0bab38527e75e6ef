import { apiRequest } from '@/web/api/client';

/** `DELETE /api/calendar-feed`: the feed address stops working. */
export function revokeCalendarFeed(): Promise<void> {
  return apiRequest<void>('/api/calendar-feed', { method: 'DELETE' });
}
