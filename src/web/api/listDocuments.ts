import { apiRequest } from '@/web/api/client';
import type { DokumentListeItem } from '@/web/api/dokumentTypes';

export type Sak = { barnId: string } | { fosterhjemId: string };

/** `GET /api/documents?barnId=|fosterhjemId=`: the documents of one case, newest first. */
export function listDocuments(sak: Sak): Promise<{ items: DokumentListeItem[] }> {
  return apiRequest<{ items: DokumentListeItem[] }>('/api/documents', { query: sak });
}
