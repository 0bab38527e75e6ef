import { useCallback } from 'react';
import type { DokumentStatus, FeltType, Gjelder, Kategori, Tekst } from '@/web/api/dokumentTypes';
import type { MessageId } from '@/web/i18n/messages';
import { useLocale } from '@/web/i18n/useLocale';
import { useT } from '@/web/i18n/useT';

/** The library's categories, in the order the library shows them. */
export const KATEGORIER: readonly Kategori[] = [
  'samtale',
  'plan',
  'vurdering',
  'rapport',
  'sjekkliste',
  'brev',
  'oversikt',
];

const KATEGORI_NAVN: Record<Kategori, MessageId> = {
  samtale: 'maler.kategori.samtale',
  plan: 'maler.kategori.plan',
  sjekkliste: 'maler.kategori.sjekkliste',
  vurdering: 'maler.kategori.vurdering',
  rapport: 'maler.kategori.rapport',
  brev: 'maler.kategori.brev',
  oversikt: 'maler.kategori.oversikt',
};

const GJELDER_NAVN: Record<Gjelder, MessageId> = {
  barn: 'maler.gjelder.barn',
  fosterhjem: 'maler.gjelder.fosterhjem',
  forelder: 'maler.gjelder.forelder',
};

const STATUS_NAVN: Record<DokumentStatus, MessageId> = {
  utkast: 'dokument.status.utkast',
  til_godkjenning: 'dokument.status.til_godkjenning',
  ferdig: 'dokument.status.ferdig',
  godkjent: 'dokument.status.godkjent',
};

const FELTTYPE_NAVN: Record<FeltType, MessageId> = {
  tekst: 'maler.felttype.tekst',
  langtekst: 'maler.felttype.langtekst',
  dato: 'maler.felttype.dato',
  valg: 'maler.felttype.valg',
  flervalg: 'maler.felttype.flervalg',
  sjekkliste: 'maler.felttype.sjekkliste',
  personer: 'maler.felttype.personer',
  barnets_stemme: 'maler.felttype.barnets_stemme',
};

/** Translated names for the template and document codes, and a template text in the user's language. */
export function useDokumentLabels() {
  const t = useT();
  const { locale } = useLocale();
  return {
    kategori: useCallback((k: Kategori) => t(KATEGORI_NAVN[k] ?? k), [t]),
    gjelder: useCallback((g: Gjelder) => t(GJELDER_NAVN[g] ?? g), [t]),
    status: useCallback((s: DokumentStatus) => t(STATUS_NAVN[s] ?? s), [t]),
    felttype: useCallback((f: FeltType) => t(FELTTYPE_NAVN[f] ?? f), [t]),
    /** A template text (title, guidance, label) in the language the user reads. */
    tekst: useCallback((tekst: Tekst) => tekst[locale] || tekst.nb, [locale]),
  };
}
