import { useCallback } from 'react';
import type {
  HendelseType,
  Medvirkning,
  Oppgave,
  OppgaveStatus,
  RegelArt,
  RegelId,
} from '@/web/api/arshjulTypes';
import type { MessageId } from '@/web/i18n/messages';
import { useT } from '@/web/i18n/useT';

/** What each task is called. Plan evaluations are named by the plan (`ref`). */
const REGEL_NAVN: Record<RegelId, MessageId> = {
  oppfolgingsbesok: 'regel.oppfolgingsbesok',
  tilsynsbesok: 'regel.tilsynsbesok',
  tilsynsrapport: 'regel.tilsynsrapport',
  plan_evaluering: 'regel.plan_evaluering',
  ettervern: 'regel.ettervern',
  avtale_evaluering: 'regel.avtale_evaluering',
  foreldresamtale: 'regel.foreldresamtale',
  tilbakeforing: 'regel.tilbakeforing',
  arlig_evaluering: 'regel.arlig_evaluering',
  samtale_ovrige_barn: 'regel.samtale_ovrige_barn',
};

const PLAN_NAVN: Record<string, MessageId> = {
  omsorgsplan: 'regel.plan_evaluering.omsorgsplan',
  samvaersplan: 'regel.plan_evaluering.samvaersplan',
  tiltaksplan: 'regel.plan_evaluering.tiltaksplan',
  plan_fosterfamilien: 'regel.plan_evaluering.plan_fosterfamilien',
};

/**
 * The source of each rule in the user's language. The bokmål text is the engine's own
 * (`REGLER[…].kilde` in src/domain/arshjul.ts; a test keeps them equal), so a rule is never
 * described differently from how it is computed.
 */
export const REGEL_KILDE: Record<RegelId, MessageId> = {
  oppfolgingsbesok: 'regel.oppfolgingsbesok.kilde',
  tilsynsbesok: 'regel.tilsynsbesok.kilde',
  tilsynsrapport: 'regel.tilsynsrapport.kilde',
  plan_evaluering: 'regel.plan_evaluering.kilde',
  ettervern: 'regel.ettervern.kilde',
  avtale_evaluering: 'regel.avtale_evaluering.kilde',
  foreldresamtale: 'regel.foreldresamtale.kilde',
  tilbakeforing: 'regel.tilbakeforing.kilde',
  arlig_evaluering: 'regel.arlig_evaluering.kilde',
  samtale_ovrige_barn: 'regel.samtale_ovrige_barn.kilde',
};

/** The event that completes a task of each rule (mirrors `REGLER[…].fullfortAv`). */
export const FULLFORT_AV: Record<RegelId, HendelseType> = {
  oppfolgingsbesok: 'oppfolgingsbesok',
  tilsynsbesok: 'tilsynsbesok',
  tilsynsrapport: 'tilsynsrapport_gjennomgatt',
  plan_evaluering: 'plan_evaluert',
  ettervern: 'ettervern_vurdert',
  avtale_evaluering: 'avtale_evaluert',
  foreldresamtale: 'foreldresamtale',
  tilbakeforing: 'tilbakeforing_vurdert',
  arlig_evaluering: 'arlig_evaluering',
  samtale_ovrige_barn: 'samtale_ovrige_barn',
};

/** Visits record how the child took part (required by the API). */
export function erBesok(type: HendelseType): boolean {
  return type === 'oppfolgingsbesok' || type === 'tilsynsbesok';
}

/** SSB BarnetsMedvirkningType, in the order the form offers them. */
export const MEDVIRKNING: readonly Medvirkning[] = ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2'];

const MEDVIRKNING_NAVN: Record<Medvirkning, MessageId> = {
  '1.1': 'hendelse.medvirkning.1.1',
  '1.2': 'hendelse.medvirkning.1.2',
  '1.3': 'hendelse.medvirkning.1.3',
  '1.4': 'hendelse.medvirkning.1.4',
  '2.1': 'hendelse.medvirkning.2.1',
  '2.2': 'hendelse.medvirkning.2.2',
};

const HENDELSE_NAVN: Record<HendelseType, MessageId> = {
  oppfolgingsbesok: 'hendelse.type.oppfolgingsbesok',
  tilsynsbesok: 'hendelse.type.tilsynsbesok',
  tilsynsrapport_mottatt: 'hendelse.type.tilsynsrapport_mottatt',
  tilsynsrapport_gjennomgatt: 'hendelse.type.tilsynsrapport_gjennomgatt',
  plan_evaluert: 'hendelse.type.plan_evaluert',
  ettervern_vurdert: 'hendelse.type.ettervern_vurdert',
  avtale_evaluert: 'hendelse.type.avtale_evaluert',
  foreldresamtale: 'hendelse.type.foreldresamtale',
  tilbakeforing_vurdert: 'hendelse.type.tilbakeforing_vurdert',
  arlig_evaluering: 'hendelse.type.arlig_evaluering',
  samtale_ovrige_barn: 'hendelse.type.samtale_ovrige_barn',
};

const STATUS_NAVN: Record<OppgaveStatus, MessageId> = {
  forfalt: 'arshjul.status.forfalt',
  denne_uken: 'arshjul.status.denne_uken',
  kommende: 'arshjul.status.kommende',
  fullfort: 'arshjul.status.fullfort',
};

const ART_NAVN: Record<RegelArt, MessageId> = {
  lovkrav: 'regel.art.lovkrav',
  lokal_praksis: 'regel.art.lokal_praksis',
};

/** Translated names for the årshjul's codes: tasks, their status, sources and participation. */
export function useTaskLabels() {
  const t = useT();
  return {
    navn: useCallback(
      (o: Pick<Oppgave, 'regel' | 'ref'>) => {
        const plan = o.regel === 'plan_evaluering' && o.ref ? PLAN_NAVN[o.ref] : undefined;
        return t(plan ?? REGEL_NAVN[o.regel]);
      },
      [t],
    ),
    kilde: useCallback((regel: RegelId) => t(REGEL_KILDE[regel]), [t]),
    art: useCallback((art: RegelArt) => t(ART_NAVN[art]), [t]),
    status: useCallback((status: OppgaveStatus) => t(STATUS_NAVN[status]), [t]),
    medvirkning: useCallback((code: Medvirkning) => t(MEDVIRKNING_NAVN[code]), [t]),
    hendelse: useCallback((type: HendelseType) => t(HENDELSE_NAVN[type]), [t]),
  };
}
