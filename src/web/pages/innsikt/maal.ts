import { useCallback, useMemo } from 'react';
import { useIntl } from 'react-intl';
import type { InnsiktType, Maal } from '@/web/api/innsiktTypes';
import type { MessageId } from '@/web/i18n/messages';
import { useT } from '@/web/i18n/useT';

/** The measures, in the order of the tables and the export (`src/modules/innsikt/eksport.ts`). */
export const MAAL_IDER = [
  'plasseringer',
  'barn',
  'plasseringsar',
  'avsluttet',
  'utilsiktet',
  'utilsiktetPer100Ar',
  'utilsiktetAndel',
  'forsteAr',
  'medianDager',
  'oppfolgingsbesok',
  'tilsynsbesok',
  'tilsynsrapporter',
] as const;
export type MaalId = (typeof MAAL_IDER)[number];

type Format = 'antall' | 'ar' | 'rate' | 'prosent' | 'dager';

interface MaalDefinisjon {
  navn: MessageId;
  /** The written definition shown beside the measure ("Slik regnes det ut"). */
  definisjon: MessageId;
  format: Format;
  verdi: (m: Maal) => number | null;
  /**
   * True when a missing value means there was nothing to compute (no ended placements, no
   * deadlines), rather than a number hidden because it is small.
   */
  tomtGrunnlag: (m: Maal) => boolean;
}

const aldri = () => false;

export const MAAL: Record<MaalId, MaalDefinisjon> = {
  plasseringer: {
    navn: 'innsikt.maal.plasseringer',
    definisjon: 'innsikt.definisjon.plasseringer',
    format: 'antall',
    verdi: (m) => m.flytting.plasseringer,
    tomtGrunnlag: aldri,
  },
  barn: {
    navn: 'innsikt.maal.barn',
    definisjon: 'innsikt.definisjon.barn',
    format: 'antall',
    verdi: (m) => m.flytting.barn,
    tomtGrunnlag: aldri,
  },
  plasseringsar: {
    navn: 'innsikt.maal.plasseringsar',
    definisjon: 'innsikt.definisjon.plasseringsar',
    format: 'ar',
    verdi: (m) => m.flytting.plasseringsar,
    tomtGrunnlag: aldri,
  },
  avsluttet: {
    navn: 'innsikt.maal.avsluttet',
    definisjon: 'innsikt.definisjon.avsluttet',
    format: 'antall',
    verdi: (m) => m.flytting.avsluttet,
    tomtGrunnlag: aldri,
  },
  utilsiktet: {
    navn: 'innsikt.maal.utilsiktet',
    definisjon: 'innsikt.definisjon.utilsiktet',
    format: 'antall',
    verdi: (m) => m.flytting.utilsiktet,
    tomtGrunnlag: aldri,
  },
  utilsiktetPer100Ar: {
    navn: 'innsikt.maal.utilsiktetPer100Ar',
    definisjon: 'innsikt.definisjon.utilsiktetPer100Ar',
    format: 'rate',
    verdi: (m) => m.flytting.utilsiktetPer100Ar,
    tomtGrunnlag: (m) => m.flytting.plasseringsar === 0,
  },
  utilsiktetAndel: {
    navn: 'innsikt.maal.utilsiktetAndel',
    definisjon: 'innsikt.definisjon.utilsiktetAndel',
    format: 'prosent',
    verdi: (m) => m.flytting.utilsiktetAndel,
    tomtGrunnlag: (m) => m.flytting.avsluttet === 0,
  },
  forsteAr: {
    navn: 'innsikt.maal.forsteAr',
    definisjon: 'innsikt.definisjon.forsteAr',
    format: 'prosent',
    verdi: (m) => m.flytting.forsteAr.andel,
    tomtGrunnlag: (m) => m.flytting.forsteAr.kohort === 0,
  },
  medianDager: {
    navn: 'innsikt.maal.medianDager',
    definisjon: 'innsikt.definisjon.medianDager',
    format: 'dager',
    verdi: (m) => m.medianDager,
    // Only a whole hidden column hides the median; otherwise it is not reached yet.
    tomtGrunnlag: (m) => !m.skjult,
  },
  oppfolgingsbesok: {
    navn: 'innsikt.maal.oppfolgingsbesok',
    definisjon: 'innsikt.definisjon.oppfolgingsbesok',
    format: 'prosent',
    verdi: (m) => m.etterlevelse.oppfolgingsbesok.andel,
    tomtGrunnlag: (m) => m.etterlevelse.oppfolgingsbesok.barn === 0,
  },
  tilsynsbesok: {
    navn: 'innsikt.maal.tilsynsbesok',
    definisjon: 'innsikt.definisjon.tilsynsbesok',
    format: 'prosent',
    verdi: (m) => m.etterlevelse.tilsynsbesok.andel,
    tomtGrunnlag: (m) => m.etterlevelse.tilsynsbesok.barn === 0,
  },
  tilsynsrapporter: {
    navn: 'innsikt.maal.tilsynsrapporter',
    definisjon: 'innsikt.definisjon.tilsynsrapporter',
    format: 'prosent',
    verdi: (m) => m.etterlevelse.tilsynsrapporter.andel,
    tomtGrunnlag: (m) => m.etterlevelse.tilsynsrapporter.antall === 0,
  },
};

/** Placement types in the split; `forsterket` is counted on top of the type it belongs to. */
export const INNSIKT_TYPER: readonly InnsiktType[] = [
  'slekt_nettverk',
  'ordinaer',
  'beredskap',
  'forsterket',
];

/** One month in the median: a year of 365.25 days divided by twelve. */
const DAGER_PER_MANED = 365.25 / 12;

/** Numbers as the insight pages show them: counts, one decimal for rates, years and percentages. */
export function useInnsiktFormat() {
  const intl = useIntl();
  const t = useT();
  const antall = useCallback((n: number) => intl.formatNumber(n), [intl]);
  const desimal = useCallback(
    (n: number) => intl.formatNumber(n, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    [intl],
  );
  const prosent = useCallback(
    (n: number) =>
      intl.formatNumber(n, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    [intl],
  );
  const maneder = useCallback((dager: number) => desimal(dager / DAGER_PER_MANED), [desimal]);
  const verdi = useCallback(
    (format: Format, n: number) => {
      switch (format) {
        case 'antall':
          return antall(n);
        case 'ar':
        case 'rate':
          return desimal(n);
        case 'prosent':
          return prosent(n);
        case 'dager':
          return t('innsikt.median.verdi', { maneder: maneder(n), antall: n });
      }
    },
    [antall, desimal, prosent, maneder, t],
  );
  return useMemo(
    () => ({ antall, desimal, prosent, maneder, verdi }),
    [antall, desimal, prosent, maneder, verdi],
  );
}
