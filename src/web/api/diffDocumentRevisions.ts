import { apiRequest } from '@/web/api/client';
import type { FeltDiff } from '@/web/api/dokumentTypes';

/** `GET /api/documents/:id/diff?fra=&til=`: a word diff per changed field between two saved states. */
export function diffDocumentRevisions(id: string, fra: string, til: string): Promise<{ felter: FeltDiff[] }> {
  return apiRequest<{ felter: FeltDiff[] }>(`/api/documents/${encodeURIComponent(id)}/diff`, {
    query: { fra, til },
  });
}
