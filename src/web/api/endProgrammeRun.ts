import { apiRequest } from '@/web/api/client';
import type { AvsluttBody, Programforlop } from '@/web/api/programTypes';

/** `POST /api/programme-runs/:id/end`: completed (all sessions held or cancelled) or stopped early. */
export function endProgrammeRun(id: string, body: AvsluttBody): Promise<Programforlop> {
  return apiRequest<Programforlop>(`/api/programme-runs/${encodeURIComponent(id)}/end`, {
    method: 'POST',
    body,
  });
}
