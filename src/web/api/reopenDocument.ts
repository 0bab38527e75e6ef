import { apiRequest } from '@/web/api/client';

/** `POST /api/documents/:id/reopen`: a finished document becomes a draft of a new version. */
export function reopenDocument(id: string): Promise<void> {
  return apiRequest<void>(`/api/documents/${encodeURIComponent(id)}/reopen`, { method: 'POST' });
}
