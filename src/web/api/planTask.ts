import type { PlanBody } from '@/web/api/arshjulTypes';
import { apiRequest } from '@/web/api/client';

/** `PUT /api/tasks/:id/plan`: when the task will be done (Norwegian local time), or null. */
export function planTask(id: string, body: PlanBody): Promise<void> {
  return apiRequest<void>(`/api/tasks/${encodeURIComponent(id)}/plan`, { method: 'PUT', body });
}
