import { apiRequest } from '@/web/api/client';

/** `POST /api/calendar-feed`: a new secret feed address (shown once); any older one stops working. */
export function createCalendarFeed(): Promise<{ url: string }> {
  return apiRequest<{ url: string }>('/api/calendar-feed', { method: 'POST' });
}
