import { apiRequest } from '@/web/api/client';

/** `POST /api/documents/:id/return {kommentar}`: back to the author as a draft, with what to change. */
export function returnDocument(id: string, kommentar: string): Promise<void> {
  return apiRequest<void>(`/api/documents/${encodeURIComponent(id)}/return`, {
    method: 'POST',
    body: { kommentar },
  });
}
