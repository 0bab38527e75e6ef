import { apiRequest } from '@/web/api/client';
import type { RekrutteringHistorikk } from '@/web/api/godkjenningTypes';

/** `GET /api/foster-homes/:id/recruitment`: where the foster home came from, stage by stage. */
export function getFosterHomeRecruitment(fosterhjemId: string): Promise<RekrutteringHistorikk> {
  return apiRequest<RekrutteringHistorikk>(
    `/api/foster-homes/${encodeURIComponent(fosterhjemId)}/recruitment`,
  );
}
