import { apiRequest } from '@/web/api/client';

/** `POST /api/children/:id/access {formal}`: read access for a stated, logged purpose. */
export function requestChildAccess(id: string, formal: string): Promise<{ utloper: string }> {
  return apiRequest<{ utloper: string }>(`/api/children/${encodeURIComponent(id)}/access`, {
    method: 'POST',
    body: { formal },
  });
}
