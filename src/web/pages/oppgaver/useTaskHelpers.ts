import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import type { Oppgave } from '@/web/api/arshjulTypes';
import { queryKeys } from '@/web/api/queryKeys';
import { civilDateValue } from '@/web/i18n/dates';
import { TIME_ZONE } from '@/web/i18n/locale';

/** A civil date ('YYYY-MM-DD') as text for a message, e.g. "02.03.2026", in Europe/Oslo. */
export function useFormatCivilDate() {
  const intl = useIntl();
  return useCallback(
    (date: string) => intl.formatDate(civilDateValue(date), { dateStyle: 'short', timeZone: TIME_ZONE }),
    [intl],
  );
}

/**
 * After any task action: my tasks, the team's, the counts in the notice and the annual wheels
 * all refresh (they share the 'tasks' key).
 */
export function useRefreshTasks() {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: queryKeys.tasks }), [queryClient]);
}

/** The freshest copy of a task in any loaded list (after a version conflict and a refetch). */
export function useLatestTask() {
  const queryClient = useQueryClient();
  return useCallback(
    (id: string): Oppgave | undefined => {
      for (const [, data] of queryClient.getQueriesData<unknown>({ queryKey: queryKeys.tasks })) {
        for (const item of tasksIn(data)) if (item.id === id) return item;
      }
      return undefined;
    },
    [queryClient],
  );
}

function tasksIn(data: unknown): Oppgave[] {
  if (!data || typeof data !== 'object') return [];
  if ('items' in data) return (data as { items: Oppgave[] }).items;
  if ('maneder' in data)
    return (data as { maneder: { oppgaver: Oppgave[] }[] }).maneder.flatMap((m) => m.oppgaver);
  if ('avvik' in data && 'forfalt' in data && Array.isArray((data as { avvik: unknown }).avvik)) {
    const team = data as { avvik: Oppgave[]; forfalt: Oppgave[] };
    return [...team.avvik, ...team.forfalt];
  }
  return [];
}
