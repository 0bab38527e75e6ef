import type { TeamOversikt } from '@/web/api/arshjulTypes';
import { apiRequest } from '@/web/api/client';

/** `GET /api/tasks/team` (arshjul:team): compliance per person and child, deviations apart from overdue. */
export function getTeamTasks(): Promise<TeamOversikt> {
  return apiRequest<TeamOversikt>('/api/tasks/team');
}
