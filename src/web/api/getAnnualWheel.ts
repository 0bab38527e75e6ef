import type { Arshjul } from '@/web/api/arshjulTypes';
import { apiRequest } from '@/web/api/client';

/** `GET /api/children/:id/annual-wheel?ar=`: the child's tasks month by month for one year. */
export function getAnnualWheel(barnId: string, ar: number): Promise<Arshjul> {
  return apiRequest<Arshjul>(`/api/children/${encodeURIComponent(barnId)}/annual-wheel`, { query: { ar } });
}
