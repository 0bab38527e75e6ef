import { apiRequest } from '@/web/api/client';
import type { OktBody, ProgramOkt } from '@/web/api/programTypes';

/**
 * `PUT /api/programme-runs/:id/sessions/:nummer`: plan or move a session, register it as held
 * (date, participants, notes), cancel it, or link its document. 409 `conflict` on a stale version.
 */
export function updateProgrammeSession(id: string, nummer: number, body: OktBody): Promise<ProgramOkt> {
  return apiRequest<ProgramOkt>(`/api/programme-runs/${encodeURIComponent(id)}/sessions/${nummer}`, {
    method: 'PUT',
    body,
  });
}
