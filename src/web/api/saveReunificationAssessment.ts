import { apiRequest } from '@/web/api/client';
import type { SaveVurderingBody, Vurdering } from '@/web/api/tilbakeforingTypes';

/**
 * `PUT /api/reunification-assessments/:id`: saves the steps sent; 409 `conflict` when someone saved
 * in between, 409 `document_locked` once decided.
 */
export function saveReunificationAssessment(id: string, body: SaveVurderingBody): Promise<Vurdering> {
  return apiRequest<Vurdering>(`/api/reunification-assessments/${encodeURIComponent(id)}`, {
    method: 'PUT',
    body,
  });
}
