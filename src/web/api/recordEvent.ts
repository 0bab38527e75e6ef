import type { HendelseBody } from '@/web/api/arshjulTypes';
import type { Created } from '@/web/api/barnTypes';
import { apiRequest } from '@/web/api/client';

/** `POST /api/children/:id/events`: what was done; the task it fulfils is then completed. */
export function recordEvent(barnId: string, body: HendelseBody): Promise<Created> {
  return apiRequest<Created>(`/api/children/${encodeURIComponent(barnId)}/events`, { method: 'POST', body });
}
