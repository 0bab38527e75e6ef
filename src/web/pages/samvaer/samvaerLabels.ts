import { useCallback } from 'react';
import type { FamilieRelasjon } from '@/web/api/barnTypes';
import type {
  AvlystArsak,
  OktStatus,
  RapportStatus,
  SamvaerEndring,
  SamvaerGrunnlag,
  SamvaerPer,
  SamvaerTilsyn,
} from '@/web/api/samvaerTypes';
import { useLabels } from '@/web/i18n/labels';
import type { MessageId } from '@/web/i18n/messages';
import { useT } from '@/web/i18n/useT';

/** Words for the codes of contact plans and sessions, in the user's language. */
export function useSamvaerLabels() {
  const t = useT();
  const labels = useLabels();
  const per = useCallback((p: SamvaerPer) => t(`samvaer.per.${p}` as MessageId), [t]);
  const hyppighet = useCallback(
    (antall: number, p: SamvaerPer) => t(`samvaer.hyppighet.${p}` as MessageId, { antall }),
    [t],
  );
  const varighet = useCallback((timer: number) => t('samvaer.varighet', { antall: timer }), [t]);
  return {
    per,
    hyppighet,
    varighet,
    tilsyn: (v: SamvaerTilsyn) => t(`samvaer.tilsyn.${v}` as MessageId),
    grunnlag: (v: SamvaerGrunnlag | string) => t(`samvaer.grunnlag.${v}` as MessageId),
    endring: (v: SamvaerEndring) => t(`samvaer.endring.${v}` as MessageId),
    status: (v: OktStatus) => t(`samvaer.status.${v}` as MessageId),
    rapport: (v: RapportStatus) => t(`samvaer.rapport.${v}` as MessageId),
    arsak: (v: AvlystArsak) => t(`samvaer.arsak.${v}` as MessageId),
    avlystAv: (v: string) => t(`samvaer.avlystAv.${v}` as MessageId),
    /** "14:00–16:00", "kl. 14:00" with only a start, or null when only the day is set. */
    klokkeslett: (s: { fraKl: string | null; tilKl: string | null }) =>
      s.fraKl ? (s.tilKl ? `${s.fraKl}–${s.tilKl}` : t('samvaer.klokkeslett.fra', { kl: s.fraKl })) : null,
    person: (p: { relasjon: FamilieRelasjon; fornavn: string; etternavn: string }) =>
      `${labels.relasjon(p.relasjon)}: ${p.fornavn} ${p.etternavn}`,
  };
}
