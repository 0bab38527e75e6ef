import { apiRequest } from '@/web/api/client';
import type { PlanListe } from '@/web/api/tilbakeforingTypes';

/** `GET /api/children/:id/reunification-plans`: the child's safe reunification plans and suggested steps. */
export function listReunificationPlans(barnId: string): Promise<PlanListe> {
  return apiRequest<PlanListe>(`/api/children/${encodeURIComponent(barnId)}/reunification-plans`);
}
