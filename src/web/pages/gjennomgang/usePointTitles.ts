import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useManualLabels } from '@/web/pages/manual/manualLabels';
import { manualQuery } from '@/web/pages/manual/useManualQueries';

/**
 * A point of the child's course by its id, titled in the user's language. Reviews name the
 * points they agreed on by id only; the manual holds the titles (the service's wording included).
 */
export function usePointTitles() {
  const labels = useManualLabels();
  const manual = useQuery(manualQuery('barn'));
  return useCallback(
    (punktId: string) => {
      for (const fase of manual.data?.faser ?? []) {
        const punkt = fase.punkter.find((p) => p.id === punktId);
        if (punkt) return labels.tekst(punkt.tittel);
      }
      return punktId;
    },
    [manual.data, labels],
  );
}
