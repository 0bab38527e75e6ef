import { apiRequest } from '@/web/api/client';
import type { MalView } from '@/web/api/dokumentTypes';

/** `GET /api/templates/:id`: the template resolved for the service, its base and the adaptation. */
export function getTemplate(id: string): Promise<MalView> {
  return apiRequest<MalView>(`/api/templates/${encodeURIComponent(id)}`);
}
