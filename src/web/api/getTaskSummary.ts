import type { OppgaveSummary } from '@/web/api/arshjulTypes';
import { apiRequest } from '@/web/api/client';

/** `GET /api/tasks/summary`: how many of my tasks are overdue, due this week, or deviated. */
export function getTaskSummary(): Promise<OppgaveSummary> {
  return apiRequest<OppgaveSummary>('/api/tasks/summary');
}
