import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { listReunificationAssessments } from '@/web/api/listReunificationAssessments';
import { listReunificationPlans } from '@/web/api/listReunificationPlans';
import { queryKeys } from '@/web/api/queryKeys';
import type { Beslutning, Sperre } from '@/web/api/tilbakeforingTypes';
import type { MessageId } from '@/web/i18n/messages';
import { useT } from '@/web/i18n/useT';

export const assessmentsQuery = (barnId: string) =>
  queryOptions({
    queryKey: queryKeys.reunificationAssessments(barnId),
    queryFn: () => listReunificationAssessments(barnId),
  });

export const plansQuery = (barnId: string) =>
  queryOptions({
    queryKey: queryKeys.reunificationPlans(barnId),
    queryFn: () => listReunificationPlans(barnId),
  });

/** After a change: the child's assessments and plans, and the årshjul tasks a decision completes. */
export function useRefreshReunification(barnId: string) {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await queryClient.invalidateQueries({ queryKey: queryKeys.reunification(barnId) });
    queryClient.invalidateQueries({ queryKey: queryKeys.tasks });
  }, [queryClient, barnId]);
}

const BESLUTNING_NAVN: Record<Beslutning, MessageId> = {
  fremme_sak: 'tilbakeforing.beslutning.fremme_sak',
  fortsette_prosess: 'tilbakeforing.beslutning.fortsette_prosess',
  avslutte_mal: 'tilbakeforing.beslutning.avslutte_mal',
};

const SPERRE_NAVN: Record<Sperre, MessageId> = {
  ufullstendig: 'tilbakeforing.sperre.ufullstendig',
  omsorg_ikke_sannsynlig: 'tilbakeforing.sperre.omsorg_ikke_sannsynlig',
  tilknytning_ikke_avklart: 'tilbakeforing.sperre.tilknytning_ikke_avklart',
  mangler_grunn_for_avslutning: 'tilbakeforing.sperre.mangler_grunn_for_avslutning',
};

/** Short names for the decisions and what stands in their way. */
export function useTilbakeforingLabels() {
  const t = useT();
  return {
    beslutning: useCallback((b: Beslutning) => t(BESLUTNING_NAVN[b]), [t]),
    sperre: useCallback((s: Sperre) => t(SPERRE_NAVN[s]), [t]),
  };
}
