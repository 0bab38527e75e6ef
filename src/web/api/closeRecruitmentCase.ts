import { apiRequest } from '@/web/api/client';
import type { Avslutning } from '@/web/api/rekrutteringTypes';

/** `POST /api/recruitment/cases/:id/close` → 204: withdrawn, rejected or ended, with a reason code. */
export function closeRecruitmentCase(
  id: string,
  body: { utfall: Avslutning; arsak: string; dato?: string; notat?: string | null; version: number },
): Promise<void> {
  return apiRequest<void>(`/api/recruitment/cases/${encodeURIComponent(id)}/close`, { method: 'POST', body });
}
