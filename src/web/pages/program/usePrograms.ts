import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { getProgramme } from '@/web/api/getProgramme';
import { getProgrammeRun } from '@/web/api/getProgrammeRun';
import { listChildProgrammes } from '@/web/api/listChildProgrammes';
import { listFosterHomeProgrammes } from '@/web/api/listFosterHomeProgrammes';
import { listProgrammes } from '@/web/api/listProgrammes';
import { queryKeys } from '@/web/api/queryKeys';

/** The programme definitions change only when content is deployed or a leader adds material. */
export const programmesQuery = queryOptions({
  queryKey: queryKeys.programmes,
  queryFn: listProgrammes,
  staleTime: 5 * 60_000,
});

export const programmeQuery = (programId: string) =>
  queryOptions({
    queryKey: queryKeys.programme(programId),
    queryFn: () => getProgramme(programId),
    staleTime: 5 * 60_000,
  });

export const programmeRunQuery = (id: string) =>
  queryOptions({ queryKey: queryKeys.programmeRun(id), queryFn: () => getProgrammeRun(id) });

export const childProgrammesQuery = (barnId: string) =>
  queryOptions({ queryKey: queryKeys.childProgrammes(barnId), queryFn: () => listChildProgrammes(barnId) });

export const fosterHomeProgrammesQuery = (fosterhjemId: string) =>
  queryOptions({
    queryKey: queryKeys.fosterHomeProgrammes(fosterhjemId),
    queryFn: () => listFosterHomeProgrammes(fosterhjemId),
  });

/** After any change to a run: the run page and the lists on the child and foster-home pages. */
export function useRefreshRuns() {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await queryClient.invalidateQueries({ queryKey: queryKeys.programmeRuns });
  }, [queryClient]);
}

/** After a leader adds or removes material: the library and the run pages' guidance. */
export function useRefreshProgrammes() {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await queryClient.invalidateQueries({ queryKey: queryKeys.programmes });
  }, [queryClient]);
}
