import { apiRequest } from '@/web/api/client';
import type { Gjenrekruttering } from '@/web/api/slektTypes';

/** `GET /api/foster-homes/:id/re-recruitment`: the home's re-recruitment history, newest first. */
export function getFosterHomeReRecruitment(id: string): Promise<{ items: Gjenrekruttering[] }> {
  return apiRequest<{ items: Gjenrekruttering[] }>(
    `/api/foster-homes/${encodeURIComponent(id)}/re-recruitment`,
  );
}
