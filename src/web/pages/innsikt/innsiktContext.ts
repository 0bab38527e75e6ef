import { useOutletContext } from 'react-router';
import type { Periode } from '@/web/api/innsiktTypes';

export interface InnsiktContext {
  periode: Periode;
}

/** The chosen period, for the views under `/innsikt`. */
export function useInnsiktPeriode(): Periode {
  return useOutletContext<InnsiktContext>().periode;
}
