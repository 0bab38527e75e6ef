import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useOutletContext } from 'react-router';
import type { BarnView } from '@/web/api/barnTypes';
import { getChild } from '@/web/api/getChild';
import { queryKeys } from '@/web/api/queryKeys';

export const childQuery = (id: string) =>
  queryOptions({ queryKey: queryKeys.child(id), queryFn: () => getChild(id) });

/** What the child page hands to each of its sections. */
export interface ChildContext {
  barn: BarnView;
}

/** The child shown on this page (inside `/barn/:id`). */
export function useChild(): BarnView {
  return useOutletContext<ChildContext>().barn;
}

/**
 * After a change: fetch the child again (every section reads from it), and let the caseload lists
 * and foster homes refresh next time they are shown.
 */
export function useRefreshChild(id: string) {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await queryClient.invalidateQueries({ queryKey: queryKeys.child(id) });
    queryClient.invalidateQueries({ queryKey: queryKeys.caseloads });
    queryClient.invalidateQueries({ queryKey: queryKeys.fosterHomes });
    queryClient.invalidateQueries({ queryKey: ['foster-home'] });
  }, [queryClient, id]);
}
