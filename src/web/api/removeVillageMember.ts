import { apiRequest } from '@/web/api/client';

/** `DELETE /api/village-members/:id`. */
export function removeVillageMember(id: string): Promise<void> {
  return apiRequest<void>(`/api/village-members/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
