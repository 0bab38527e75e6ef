import { apiRequest } from '@/web/api/client';
import type { RekrutteringFase } from '@/web/api/rekrutteringTypes';

/** `POST /api/recruitment/cases/:id/stage`: to the next stage, or back one with a note. */
export function moveRecruitmentStage(
  id: string,
  body: { retning: 'neste' | 'forrige'; dato?: string; notat?: string | null; version: number },
): Promise<{ fase: RekrutteringFase; version: number }> {
  return apiRequest(`/api/recruitment/cases/${encodeURIComponent(id)}/stage`, { method: 'POST', body });
}
