import type { Created } from '@/web/api/barnTypes';
import { apiRequest } from '@/web/api/client';
import type { CreateDokumentBody } from '@/web/api/dokumentTypes';

/**
 * `POST /api/documents` → 201 `{id}`: a document from a template about a child, a foster home or a
 * parent (`familiemedlemId`), optionally linked to the årshjul task it completes.
 */
export function createDocument(body: CreateDokumentBody): Promise<Created> {
  return apiRequest<Created>('/api/documents', { method: 'POST', body });
}
