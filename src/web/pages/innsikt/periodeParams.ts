import { addMonths } from '@/domain/plasseringsforlop';
import type { Periode } from '@/web/api/innsiktTypes';
import { isIsoDate } from '@/web/i18n/dates';

/** The period's presets: the last twelve months up to today (the default), this year, last year. */
export const FORVALG = ['siste12', 'iAr', 'iFjor'] as const;
export type Forvalg = (typeof FORVALG)[number];

const dagEtter = (d: string) =>
  new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** A preset as dates, both ends included ('YYYY-MM-DD', today in Europe/Oslo). */
export function forvalgPeriode(forvalg: Forvalg, today: string): Periode {
  const ar = Number(today.slice(0, 4));
  switch (forvalg) {
    case 'iAr':
      return { fra: `${ar}-01-01`, til: today };
    case 'iFjor':
      return { fra: `${ar - 1}-01-01`, til: `${ar - 1}-12-31` };
    default:
      // Twelve months exactly: from the day after the same date a year ago, to today.
      return { fra: dagEtter(addMonths(today, -12)), til: today };
  }
}

/** The preset a period matches, if any (shown as chosen). */
export function aktivtForvalg(periode: Periode, today: string): Forvalg | null {
  return (
    FORVALG.find((f) => {
      const p = forvalgPeriode(f, today);
      return p.fra === periode.fra && p.til === periode.til;
    }) ?? null
  );
}

/**
 * The period in the query string (`?fra=…&til=…`). Dates only, so they may live in the URL. A
 * missing, malformed or reversed period (an old or hand-edited link) gives the default.
 */
export function parsePeriode(params: URLSearchParams, today: string): Periode {
  const fra = params.get('fra') ?? '';
  const til = params.get('til') ?? '';
  if (isIsoDate(fra) && isIsoDate(til) && fra <= til) return { fra, til };
  return forvalgPeriode('siste12', today);
}

export function periodeSearchParams(periode: Periode): URLSearchParams {
  return new URLSearchParams({ fra: periode.fra, til: periode.til });
}
