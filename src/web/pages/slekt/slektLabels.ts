import type {
  Fremgangsmate,
  GjenrekrutteringArsak,
  GjenrekrutteringSvar,
  GjenrekrutteringTilstand,
  KandidatRelasjon,
  KandidatVurdering,
  NettverkssokUtfall,
} from '@/web/api/slektTypes';
import type { MessageId } from '@/web/i18n/messages';

export const FREMGANGSMATER: Record<Fremgangsmate, MessageId> = {
  familieradslag: 'slekt.fremgangsmate.familieradslag',
  nettverksmote: 'slekt.fremgangsmate.nettverksmote',
  samtaler: 'slekt.fremgangsmate.samtaler',
  annet: 'slekt.fremgangsmate.annet',
};

export const RELASJONER: Record<KandidatRelasjon, MessageId> = {
  besteforelder: 'slekt.relasjon.besteforelder',
  tante_onkel: 'slekt.relasjon.tante_onkel',
  voksent_sosken: 'slekt.relasjon.voksent_sosken',
  annen_slekt: 'slekt.relasjon.annen_slekt',
  familievenn: 'slekt.relasjon.familievenn',
  naer_voksen: 'slekt.relasjon.naer_voksen',
  annet: 'slekt.relasjon.annet',
};

export const VURDERINGER: Record<KandidatVurdering, MessageId> = {
  ikke_vurdert: 'slekt.vurdering.ikke_vurdert',
  egnet: 'slekt.vurdering.egnet',
  ikke_egnet: 'slekt.vurdering.ikke_egnet',
  onsker_ikke: 'slekt.vurdering.onsker_ikke',
  ikke_aktuelt_barnets_beste: 'slekt.vurdering.ikke_aktuelt_barnets_beste',
};

export const UTFALL: Record<NettverkssokUtfall, MessageId> = {
  slekt_funnet: 'slekt.utfall.slekt_funnet',
  ingen_egnet: 'slekt.utfall.ingen_egnet',
};

export const SVAR: Record<GjenrekrutteringSvar, MessageId> = {
  klar: 'gjenrekruttering.svar.klar',
  pause: 'gjenrekruttering.svar.pause',
  nei: 'gjenrekruttering.svar.nei',
};

export const ARSAKER: Record<GjenrekrutteringArsak, MessageId> = {
  egen_livssituasjon: 'gjenrekruttering.arsak.egen_livssituasjon',
  alder_helse: 'gjenrekruttering.arsak.alder_helse',
  belastning: 'gjenrekruttering.arsak.belastning',
  misfornoyd_oppfolging: 'gjenrekruttering.arsak.misfornoyd_oppfolging',
  vil_bare_ett_barn: 'gjenrekruttering.arsak.vil_bare_ett_barn',
  flyttet: 'gjenrekruttering.arsak.flyttet',
  annet: 'gjenrekruttering.arsak.annet',
};

export const TILSTANDER: Record<GjenrekrutteringTilstand, { label: MessageId; color: string }> = {
  apen: { label: 'gjenrekruttering.tilstand.apen', color: 'info' },
  forfalt: { label: 'gjenrekruttering.tilstand.forfalt', color: 'danger' },
  pause: { label: 'gjenrekruttering.tilstand.pause', color: 'neutral' },
  pause_utlopt: { label: 'gjenrekruttering.tilstand.pause_utlopt', color: 'warning' },
  avsluttet: { label: 'gjenrekruttering.tilstand.avsluttet', color: 'success' },
};

export const keys = <T extends string>(record: Record<T, unknown>) => Object.keys(record) as T[];
