import { describe, expect, it } from 'vitest';
import {
  aktivtForvalg,
  forvalgPeriode,
  parsePeriode,
  periodeSearchParams,
} from '@/web/pages/innsikt/periodeParams';

const today = '2026-03-15';

describe('the insight period in the URL', () => {
  it('defaults to the last twelve months up to today, both ends included', () => {
    expect(parsePeriode(new URLSearchParams(), today)).toEqual({ fra: '2025-03-16', til: '2026-03-15' });
  });

  it('keeps a valid period and round-trips it', () => {
    const periode = { fra: '2024-01-01', til: '2024-06-30' };
    expect(parsePeriode(periodeSearchParams(periode), today)).toEqual(periode);
  });

  it('ignores a malformed or reversed period', () => {
    const fallback = forvalgPeriode('siste12', today);
    expect(parsePeriode(new URLSearchParams('fra=2024-13-01&til=2024-12-31'), today)).toEqual(fallback);
    expect(parsePeriode(new URLSearchParams('fra=2025-01-01&til=2024-12-31'), today)).toEqual(fallback);
    expect(parsePeriode(new URLSearchParams('fra=2025-01-01'), today)).toEqual(fallback);
  });

  it('gives this year and last year', () => {
    expect(forvalgPeriode('iAr', today)).toEqual({ fra: '2026-01-01', til: today });
    expect(forvalgPeriode('iFjor', today)).toEqual({ fra: '2025-01-01', til: '2025-12-31' });
  });

  it('knows which preset a period is', () => {
    expect(aktivtForvalg({ fra: '2025-01-01', til: '2025-12-31' }, today)).toBe('iFjor');
    expect(aktivtForvalg(parsePeriode(new URLSearchParams(), today), today)).toBe('siste12');
    expect(aktivtForvalg({ fra: '2025-02-01', til: '2025-12-31' }, today)).toBeNull();
  });

  it('handles the last twelve months from a leap day', () => {
    expect(forvalgPeriode('siste12', '2028-02-29')).toEqual({ fra: '2027-03-01', til: '2028-02-29' });
  });
});
