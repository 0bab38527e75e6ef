import { useCallback, useMemo } from 'react';
import type { ForlopStatus, Malgruppe, VerktoyType } from '@/web/api/programTypes';
import type { MessageId } from '@/web/i18n/messages';
import { useT } from '@/web/i18n/useT';
import type { OktVisning } from '@/web/pages/program/programState';

const FORLOP_STATUS: Record<ForlopStatus, MessageId> = {
  foreslatt: 'program.status.foreslatt',
  akseptert: 'program.status.akseptert',
  avslatt: 'program.status.avslatt',
  fullfort: 'program.status.fullfort',
  avbrutt: 'program.status.avbrutt',
};

/** Designsystemet colours for a run's status tag. */
export const FORLOP_FARGE: Record<ForlopStatus, 'info' | 'success' | 'neutral' | 'warning'> = {
  foreslatt: 'info',
  akseptert: 'success',
  avslatt: 'neutral',
  fullfort: 'success',
  avbrutt: 'neutral',
};

const OKT_STATUS: Record<OktVisning, MessageId> = {
  planlagt: 'program.okt.status.planlagt',
  gjennomfort: 'program.okt.status.gjennomfort',
  avlyst: 'program.okt.status.avlyst',
  forsinket: 'program.okt.status.forsinket',
};

export const OKT_FARGE: Record<OktVisning, 'info' | 'success' | 'neutral' | 'warning'> = {
  planlagt: 'info',
  gjennomfort: 'success',
  avlyst: 'neutral',
  forsinket: 'warning',
};

const VERKTOY: Record<VerktoyType, MessageId> = {
  undervisning: 'program.verktoy.undervisning',
  film: 'program.verktoy.film',
  refleksjon: 'program.verktoy.refleksjon',
  oppgave: 'program.verktoy.oppgave',
};

/**
 * The words for one session differ by programme: En god start has *samlinger* (sessions with the
 * foster family), Veien videre *samtaler* (conversations with a parent).
 */
const ORD: Record<Malgruppe, { en: MessageId; den: MessageId; flere: MessageId }> = {
  fosterhjem: { en: 'program.ord.samling', den: 'program.ord.samlingen', flere: 'program.ord.samlinger' },
  foreldre: { en: 'program.ord.samtale', den: 'program.ord.samtalen', flere: 'program.ord.samtaler' },
};

/** Labels for the programme codes the API sends, in the user's language. */
export function useProgramLabels() {
  const t = useT();
  const status = useCallback((s: ForlopStatus) => t(FORLOP_STATUS[s]), [t]);
  const okt = useCallback((s: OktVisning) => t(OKT_STATUS[s]), [t]);
  const verktoy = useCallback((v: VerktoyType) => (VERKTOY[v] ? t(VERKTOY[v]) : v), [t]);
  const ord = useCallback(
    (malgruppe: Malgruppe) => {
      const o = ORD[malgruppe] ?? ORD.fosterhjem;
      return { en: t(o.en), den: t(o.den), flere: t(o.flere) };
    },
    [t],
  );
  return useMemo(() => ({ status, okt, verktoy, ord }), [status, okt, verktoy, ord]);
}

/** En god start is for the foster home; Veien videre for a parent. */
export function malgruppeFor(programId: string): Malgruppe {
  return programId === 'veien_videre' ? 'foreldre' : 'fosterhjem';
}
