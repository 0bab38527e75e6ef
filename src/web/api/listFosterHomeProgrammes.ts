import { apiRequest } from '@/web/api/client';
import type { Programforlop } from '@/web/api/programTypes';

/** `GET /api/foster-homes/:id/programmes`: the foster home's programme runs. */
export function listFosterHomeProgrammes(fosterhjemId: string): Promise<Programforlop[]> {
  return apiRequest<Programforlop[]>(`/api/foster-homes/${encodeURIComponent(fosterhjemId)}/programmes`);
}
