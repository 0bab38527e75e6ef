import type { Created } from '@/web/api/barnTypes';
import { apiRequest } from '@/web/api/client';
import type { MedlemInput } from '@/web/api/fosterhjemTypes';

/** `POST /api/foster-homes/:id/members`: a foster parent, own child or other household member. */
export function addFosterHomeMember(id: string, body: MedlemInput): Promise<Created> {
  return apiRequest<Created>(`/api/foster-homes/${encodeURIComponent(id)}/members`, {
    method: 'POST',
    body,
  });
}
