import type { Omfang, Oppgave } from '@/web/api/arshjulTypes';
import { apiRequest } from '@/web/api/client';

/** `GET /api/tasks?omfang=mine|team`: open tasks due within three months, and all overdue ones. */
export function listTasks(omfang: Omfang): Promise<{ items: Oppgave[] }> {
  return apiRequest<{ items: Oppgave[] }>('/api/tasks', { query: { omfang } });
}
