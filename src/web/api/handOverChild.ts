import type { Created, HandoverBody } from '@/web/api/barnTypes';
import { apiRequest } from '@/web/api/client';

/** `POST /api/children/:id/handovers`: a new contact person, with the handover summary. */
export function handOverChild(id: string, body: HandoverBody): Promise<Created> {
  return apiRequest<Created>(`/api/children/${encodeURIComponent(id)}/handovers`, { method: 'POST', body });
}
