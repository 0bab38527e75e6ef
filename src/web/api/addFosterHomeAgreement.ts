import type { Created } from '@/web/api/barnTypes';
import { apiRequest } from '@/web/api/client';
import type { AvtaleInput } from '@/web/api/fosterhjemTypes';

/** `POST /api/foster-homes/:id/agreements`: a foster-home agreement with start and end date. */
export function addFosterHomeAgreement(id: string, body: AvtaleInput): Promise<Created> {
  return apiRequest<Created>(`/api/foster-homes/${encodeURIComponent(id)}/agreements`, {
    method: 'POST',
    body,
  });
}
