import { apiRequest } from '@/web/api/client';
import type { Revisjon } from '@/web/api/dokumentTypes';

/** `GET /api/documents/:id/revisions`: the saved states, oldest first. */
export function listDocumentRevisions(id: string): Promise<{ items: Revisjon[] }> {
  return apiRequest<{ items: Revisjon[] }>(`/api/documents/${encodeURIComponent(id)}/revisions`);
}
