import { addMonths } from '@/domain/plasseringsforlop';

/** The list highlights agreements running out within this many days. */
export const AVTALE_VARSEL_DAGER = 180;

/**
 * Local practice (Vestland learning network): the placement is evaluated at the latest five months
 * before the foster-home agreement ends, so that there is time to renew or plan a move.
 */
export const EVALUERING_MANEDER_FOR_UTLOP = 5;

export type AvtaleStatus = 'utlopt' | 'evaluer' | 'ok' | 'lopende';

/** How an agreement stands on `today`: ended, inside the evaluation window, or fine. */
export function avtaleStatus(sluttDato: string | null, today: string): AvtaleStatus {
  if (!sluttDato) return 'lopende';
  if (sluttDato < today) return 'utlopt';
  if (sluttDato <= addMonths(today, EVALUERING_MANEDER_FOR_UTLOP)) return 'evaluer';
  return 'ok';
}
