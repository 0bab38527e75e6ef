import { apiRequest } from '@/web/api/client';
import type { Gjenforeningsplan, UpdatePlanBody } from '@/web/api/tilbakeforingTypes';

/** `PUT /api/reunification-plans/:id`: the steps and the plan's status; 409 `conflict` on a stale version. */
export function updateReunificationPlan(id: string, body: UpdatePlanBody): Promise<Gjenforeningsplan> {
  return apiRequest<Gjenforeningsplan>(`/api/reunification-plans/${encodeURIComponent(id)}`, {
    method: 'PUT',
    body,
  });
}
