import { useCallback } from 'react';
import type { Ansvar, Del, ForlopId, Niva, Tekst } from '@/web/api/manualTypes';
import type { MessageId } from '@/web/i18n/messages';
import { useLocale } from '@/web/i18n/useLocale';
import { useT } from '@/web/i18n/useT';

/** The six levels a point speaks to, in the order the checklist groups them. */
export const NIVAER: readonly Niva[] = [
  'barnet',
  'fosterforeldre',
  'foreldre',
  'egne_barn',
  'nettverk',
  'tjenesten',
];
/** Before, during and after a placement. */
export const DELER: readonly Del[] = ['for', 'under', 'etter'];
/** The roles a local point can make responsible. */
export const ANSVAR: readonly Ansvar[] = ['kontaktperson', 'teamleder', 'leder', 'veileder', 'rekrutterer'];
/** The phases of each course, in order (content/manual/README.md). */
export const FORLOP_FASER: Record<ForlopId, readonly string[]> = {
  barn: ['tildeling', 'formidling', 'innflytting', 'oppfolging', 'avslutning', 'ettervern'],
  fosterhjem: ['rekruttering', 'opplaering', 'oppdrag', 'oppfolging', 'avslutning', 'gjenrekruttering'],
};

const FASE_NAVN: Record<string, MessageId> = {
  tildeling: 'forlop.fase.tildeling',
  formidling: 'forlop.fase.formidling',
  innflytting: 'forlop.fase.innflytting',
  oppfolging: 'forlop.fase.oppfolging',
  avslutning: 'forlop.fase.avslutning',
  ettervern: 'forlop.fase.ettervern',
  rekruttering: 'forlop.fase.rekruttering',
  opplaering: 'forlop.fase.opplaering',
  oppdrag: 'forlop.fase.oppdrag',
  gjenrekruttering: 'forlop.fase.gjenrekruttering',
};

const NIVA_NAVN: Record<Niva, MessageId> = {
  barnet: 'manual.niva.barnet',
  fosterforeldre: 'manual.niva.fosterforeldre',
  foreldre: 'manual.niva.foreldre',
  egne_barn: 'manual.niva.egne_barn',
  nettverk: 'manual.niva.nettverk',
  tjenesten: 'manual.niva.tjenesten',
};

const DEL_NAVN: Record<Del, MessageId> = {
  for: 'forlop.del.for',
  under: 'forlop.del.under',
  etter: 'forlop.del.etter',
};

const PROGRAM_NAVN: Record<string, MessageId> = {
  en_god_start: 'manual.program.en-god-start',
  veien_videre: 'manual.program.veien-videre',
  egne_barn: 'manual.program.egne-barn',
  trygg_gjenforening: 'manual.program.trygg-gjenforening',
};

const FORLOP_NAVN: Record<ForlopId, MessageId> = {
  barn: 'manual.forlop.barn',
  fosterhjem: 'manual.forlop.fosterhjem',
};

/** Names for the manual's codes, and its texts in the user's written standard. */
export function useManualLabels() {
  const t = useT();
  const { locale } = useLocale();
  return {
    /** A text from the manual in bokmål or nynorsk, as the user reads. */
    tekst: useCallback((tekst: Tekst) => tekst[locale] || tekst.nb, [locale]),
    // An unknown code (a newer server) is shown as it is rather than hidden.
    fase: useCallback((id: string) => (FASE_NAVN[id] ? t(FASE_NAVN[id]) : id), [t]),
    niva: useCallback((niva: Niva) => t(NIVA_NAVN[niva]), [t]),
    del: useCallback((del: Del) => t(DEL_NAVN[del]), [t]),
    program: useCallback((id: string) => (PROGRAM_NAVN[id] ? t(PROGRAM_NAVN[id]) : id), [t]),
    forlop: useCallback((forlop: ForlopId) => t(FORLOP_NAVN[forlop]), [t]),
  };
}
