import { apiRequest } from '@/web/api/client';
import type { ForlopId, PunktDetalj } from '@/web/api/manualTypes';

/** `GET /api/manual/:forlop/points/:punktId`: the shared text, the adaptation's version and its history. */
export function getManualPoint(forlop: ForlopId, punktId: string): Promise<PunktDetalj> {
  return apiRequest<PunktDetalj>(`/api/manual/${forlop}/points/${encodeURIComponent(punktId)}`);
}
