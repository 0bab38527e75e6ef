import { apiRequest } from '@/web/api/client';
import type { VurderingListe } from '@/web/api/tilbakeforingTypes';

/** `GET /api/children/:id/reunification-assessments`: the funnel's texts and the child's assessments. */
export function listReunificationAssessments(barnId: string): Promise<VurderingListe> {
  return apiRequest<VurderingListe>(`/api/children/${encodeURIComponent(barnId)}/reunification-assessments`);
}
