import { apiRequest } from '@/web/api/client';
import type { Periode, ProgramTroskap } from '@/web/api/innsiktTypes';

/** `GET /api/programmes/fidelity` (innsikt:tjeneste): En god start and Veien videre, run by run. */
export function getProgrammeFidelity(periode: Periode): Promise<ProgramTroskap> {
  return apiRequest<ProgramTroskap>('/api/programmes/fidelity', { query: { ...periode } });
}
