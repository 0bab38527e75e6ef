import { useCallback } from 'react';
import type { Tekst } from '@/web/api/dokumentTypes';
import type { AdopsjonStatus, StegStatus } from '@/web/api/katalogTypes';
import type { MessageId } from '@/web/i18n/messages';
import { useLocale } from '@/web/i18n/useLocale';
import { useT } from '@/web/i18n/useT';

const ADOPSJON: Record<AdopsjonStatus, MessageId> = {
  interessert: 'katalog.adopsjon.interessert',
  adoptert: 'katalog.adopsjon.adoptert',
  avsluttet: 'katalog.adopsjon.avsluttet',
};

const STEG: Record<StegStatus, MessageId> = {
  ikke_startet: 'katalog.steg.ikke_startet',
  pagar: 'katalog.steg.pagar',
  fullfort: 'katalog.steg.fullfort',
};

/** Texts of the treasure map in the user's language. */
export function useKatalogLabels() {
  const t = useT();
  const { locale } = useLocale();
  return {
    tekst: useCallback((x: Tekst | null | undefined) => (x ? x[locale] || x.nb : ''), [locale]),
    adopsjon: useCallback((s: AdopsjonStatus) => t(ADOPSJON[s]), [t]),
    steg: useCallback((s: StegStatus) => t(STEG[s]), [t]),
    program: useCallback(
      (id: string) =>
        id === 'en_god_start' || id === 'veien_videre' ? t(`katalog.program.${id}` as MessageId) : id,
      [t],
    ),
    regel: useCallback((id: string) => t(`regel.${id}` as MessageId), [t]),
    dato: useCallback(
      (d: string) =>
        new Intl.DateTimeFormat(locale === 'nn' ? 'nn-NO' : 'nb-NO', { dateStyle: 'medium' }).format(
          new Date(d.length === 10 ? `${d}T12:00:00Z` : d),
        ),
      [locale],
    ),
  };
}
