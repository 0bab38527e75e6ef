import { apiRequest } from '@/web/api/client';
import type { DokumentListeItem, DokumentStatus } from '@/web/api/dokumentTypes';

/**
 * `POST /api/documents/search {q?, status?}`: the documents the user may read (the words go in the
 * body, never in the URL). With `status: 'til_godkjenning'` it is the approval queue.
 */
export function searchDocuments(body: {
  q?: string | null;
  status?: DokumentStatus;
}): Promise<{ items: DokumentListeItem[] }> {
  return apiRequest<{ items: DokumentListeItem[] }>('/api/documents/search', { method: 'POST', body });
}
