import type { RammefortellingVersjon } from '@/web/api/barnTypes';
import { apiRequest } from '@/web/api/client';

/** `GET /api/life-story-parts/:id/versions`: every saved version, newest first. */
export function listLifeStoryVersions(id: string): Promise<{ items: RammefortellingVersjon[] }> {
  return apiRequest<{ items: RammefortellingVersjon[] }>(
    `/api/life-story-parts/${encodeURIComponent(id)}/versions`,
  );
}
