import type { Created, RammefortellingInput } from '@/web/api/barnTypes';
import { apiRequest } from '@/web/api/client';

/** `POST /api/children/:id/life-story-parts`: a new part of the child's life story. */
export function addLifeStoryPart(barnId: string, body: RammefortellingInput): Promise<Created> {
  return apiRequest<Created>(`/api/children/${encodeURIComponent(barnId)}/life-story-parts`, {
    method: 'POST',
    body,
  });
}
