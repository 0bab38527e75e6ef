import { apiRequest } from '@/web/api/client';
import type { Materiale, MaterialeBody } from '@/web/api/programTypes';

/** `POST /api/programmes/:programId/sessions/:nummer/material` (head of service): a link to own material. */
export function addProgrammeMaterial(
  programId: string,
  nummer: number,
  body: MaterialeBody,
): Promise<Materiale> {
  return apiRequest<Materiale>(
    `/api/programmes/${encodeURIComponent(programId)}/sessions/${nummer}/material`,
    { method: 'POST', body },
  );
}
