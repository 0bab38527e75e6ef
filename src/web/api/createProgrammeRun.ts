import { apiRequest } from '@/web/api/client';
import type { CreateForlopBody, Programforlop } from '@/web/api/programTypes';

/**
 * `POST /api/programme-runs` → 201: the programme is proposed and its sessions scheduled from
 * `start`. 409 `duplicate` when an open run of the programme exists for the same home or parent.
 */
export function createProgrammeRun(body: CreateForlopBody): Promise<Programforlop> {
  return apiRequest<Programforlop>('/api/programme-runs', { method: 'POST', body });
}
