import type { Created } from '@/web/api/barnTypes';
import { apiRequest } from '@/web/api/client';
import type { PlanStegInput } from '@/web/api/tilbakeforingTypes';

/** `POST /api/children/:id/reunification-plans` → 201 `{id}`: a safe reunification plan. */
export function createReunificationPlan(barnId: string, steg: PlanStegInput[]): Promise<Created> {
  return apiRequest<Created>(`/api/children/${encodeURIComponent(barnId)}/reunification-plans`, {
    method: 'POST',
    body: { steg },
  });
}
