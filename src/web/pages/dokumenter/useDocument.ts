import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { getDocument } from '@/web/api/getDocument';
import { listTemplates } from '@/web/api/listTemplates';
import { queryKeys } from '@/web/api/queryKeys';

/**
 * One document. Never served from an old cache: the editor starts from what the server has now,
 * so its first save does not build on a revision someone (or this user's autosave) has passed.
 */
export const documentQuery = (id: string) =>
  queryOptions({
    queryKey: queryKeys.document(id),
    queryFn: () => getDocument(id),
    staleTime: 0,
    gcTime: 0,
  });

/** The template library changes only when content is deployed or a leader adapts a template. */
export const templatesQuery = queryOptions({
  queryKey: queryKeys.templates,
  queryFn: listTemplates,
  staleTime: 5 * 60_000,
});

/**
 * After a document changes state (created, finished, approved, returned, reopened): its page, the
 * case lists, the approval queue, and the tasks a finished document may have completed.
 */
export function useRefreshDocuments() {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await queryClient.invalidateQueries({ queryKey: queryKeys.documents });
    queryClient.invalidateQueries({ queryKey: queryKeys.tasks });
  }, [queryClient]);
}
