import { apiRequest } from '@/web/api/client';
import type { ProgramDefinisjon } from '@/web/api/programTypes';

/** `GET /api/programmes`: the programme library, in the user's language. */
export function listProgrammes(): Promise<ProgramDefinisjon[]> {
  return apiRequest<ProgramDefinisjon[]>('/api/programmes');
}
