import { apiRequest } from '@/web/api/client';
import type { BeslutningBody, Vurdering } from '@/web/api/tilbakeforingTypes';

/**
 * `POST /api/reunification-assessments/:id/decision`: the decision with its reasons; completes the
 * child's årshjul task for the reunification assessment.
 */
export function decideReunificationAssessment(id: string, body: BeslutningBody): Promise<Vurdering> {
  return apiRequest<Vurdering>(`/api/reunification-assessments/${encodeURIComponent(id)}/decision`, {
    method: 'POST',
    body,
  });
}
