import { apiRequest } from '@/web/api/client';
import type { DokumentView } from '@/web/api/dokumentTypes';

/** `GET /api/documents/:id`: the template snapshot, the content, the state and what the reader may do. */
export function getDocument(id: string): Promise<DokumentView> {
  return apiRequest<DokumentView>(`/api/documents/${encodeURIComponent(id)}`);
}
