import { apiRequest } from '@/web/api/client';

/** `POST /api/foster-homes/:id/access {formal}`: read access for a stated, logged purpose. */
export function requestFosterHomeAccess(id: string, formal: string): Promise<{ utloper: string }> {
  return apiRequest<{ utloper: string }>(`/api/foster-homes/${encodeURIComponent(id)}/access`, {
    method: 'POST',
    body: { formal },
  });
}
