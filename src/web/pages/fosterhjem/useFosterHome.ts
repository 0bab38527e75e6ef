import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { getFosterHome } from '@/web/api/getFosterHome';
import { queryKeys } from '@/web/api/queryKeys';

export const fosterHomeQuery = (id: string) =>
  queryOptions({ queryKey: queryKeys.fosterHome(id), queryFn: () => getFosterHome(id) });

/** After a change: fetch the foster home again, and let the list and children refresh when shown. */
export function useRefreshFosterHome(id: string) {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await queryClient.invalidateQueries({ queryKey: queryKeys.fosterHome(id) });
    queryClient.invalidateQueries({ queryKey: queryKeys.fosterHomes });
    queryClient.invalidateQueries({ queryKey: ['child'] });
  }, [queryClient, id]);
}
