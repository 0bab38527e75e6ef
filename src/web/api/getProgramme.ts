import { apiRequest } from '@/web/api/client';
import type { ProgramDefinisjon } from '@/web/api/programTypes';

/** `GET /api/programmes/:programId`; 404 for an unknown programme. */
export function getProgramme(programId: string): Promise<ProgramDefinisjon> {
  return apiRequest<ProgramDefinisjon>(`/api/programmes/${encodeURIComponent(programId)}`);
}
