import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { getCourse } from '@/web/api/getCourse';
import { getManual } from '@/web/api/getManual';
import { getManualPoint } from '@/web/api/getManualPoint';
import type { ForlopId } from '@/web/api/manualTypes';
import { queryKeys } from '@/web/api/queryKeys';

/**
 * The case course. Fetched again each time it is shown: a document finished or a visit
 * recorded elsewhere marks points done, and the page should say so at once.
 */
export const courseQuery = (forlop: ForlopId, id: string) =>
  queryOptions({
    queryKey: queryKeys.course(forlop, id),
    queryFn: () => getCourse(forlop, id),
    staleTime: 0,
  });

export const manualQuery = (forlop: ForlopId) =>
  queryOptions({ queryKey: queryKeys.manual(forlop), queryFn: () => getManual(forlop) });

export const manualPointQuery = (forlop: ForlopId, punktId: string) =>
  queryOptions({
    queryKey: queryKeys.manualPoint(forlop, punktId),
    queryFn: () => getManualPoint(forlop, punktId),
    staleTime: 0,
  });

/** After a change to a case's course: the course, and the reviews that count its open points. */
export function useRefreshCourse(forlop: ForlopId, id: string) {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await queryClient.invalidateQueries({ queryKey: queryKeys.course(forlop, id) });
    queryClient.invalidateQueries({ queryKey: queryKeys.reviews });
  }, [queryClient, forlop, id]);
}

/** After a change to the manual: the manual, every case course (they show its texts) and the reviews. */
export function useRefreshManual(forlop: ForlopId) {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await queryClient.invalidateQueries({ queryKey: queryKeys.manual(forlop) });
    queryClient.invalidateQueries({ queryKey: ['course'] });
    queryClient.invalidateQueries({ queryKey: queryKeys.reviews });
  }, [queryClient, forlop]);
}
