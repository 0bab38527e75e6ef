import { apiRequest } from '@/web/api/client';
import type { Innhold } from '@/web/api/dokumentTypes';

/**
 * `PUT /api/documents/:id/content` (autosave) with the revision the edit started from → the new
 * revision; 409 `conflict` when someone saved in between, 409 `document_locked` when not a draft.
 */
export function saveDocument(id: string, innhold: Innhold, revisjon: number): Promise<{ revisjon: number }> {
  return apiRequest<{ revisjon: number }>(`/api/documents/${encodeURIComponent(id)}/content`, {
    method: 'PUT',
    body: { innhold, revisjon },
  });
}
