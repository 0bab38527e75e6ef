import { apiRequest } from '@/web/api/client';
import type { Programforlop } from '@/web/api/programTypes';

/** `GET /api/programme-runs/:id`: one run with its sessions (the read is audit-logged). */
export function getProgrammeRun(id: string): Promise<Programforlop> {
  return apiRequest<Programforlop>(`/api/programme-runs/${encodeURIComponent(id)}`);
}
