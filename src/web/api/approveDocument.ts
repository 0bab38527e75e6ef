import { apiRequest } from '@/web/api/client';

/** `POST /api/documents/:id/approve`: the team leader or head of the case, never the author. */
export function approveDocument(id: string): Promise<void> {
  return apiRequest<void>(`/api/documents/${encodeURIComponent(id)}/approve`, { method: 'POST' });
}
