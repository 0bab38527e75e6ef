/** Kinship first (the documented search in family and close network) and re-recruitment. */

export type Fremgangsmate = 'familieradslag' | 'nettverksmote' | 'samtaler' | 'annet';
export type KandidatRelasjon =
  | 'besteforelder'
  | 'tante_onkel'
  | 'voksent_sosken'
  | 'annen_slekt'
  | 'familievenn'
  | 'naer_voksen'
  | 'annet';
export type KandidatVurdering =
  | 'ikke_vurdert'
  | 'egnet'
  | 'ikke_egnet'
  | 'onsker_ikke'
  | 'ikke_aktuelt_barnets_beste';
export type NettverkssokUtfall = 'slekt_funnet' | 'ingen_egnet';

export interface Kandidat {
  id: string;
  navn: string;
  relasjon: KandidatRelasjon;
  vurdering: KandidatVurdering;
  begrunnelse: string | null;
}

export interface Nettverkssok {
  id: string;
  startet: string;
  fremgangsmater: Fremgangsmate[];
  kandidater: Kandidat[];
  utfall: NettverkssokUtfall | null;
  konklusjon: string | null;
  avsluttetDato: string | null;
  avsluttetAv: string | null;
  registrertAv: string;
  version: number;
}

export interface NettverkssokList {
  kreverNettverkssok: boolean;
  items: Nettverkssok[];
}

export interface KandidatInput {
  id?: string;
  navn: string;
  relasjon: KandidatRelasjon;
  vurdering: KandidatVurdering;
  begrunnelse?: string | null;
}

export type GjenrekrutteringSvar = 'klar' | 'pause' | 'nei';
export type GjenrekrutteringArsak =
  | 'egen_livssituasjon'
  | 'alder_helse'
  | 'belastning'
  | 'misfornoyd_oppfolging'
  | 'vil_bare_ett_barn'
  | 'flyttet'
  | 'annet';
export type GjenrekrutteringTilstand = 'apen' | 'forfalt' | 'pause' | 'pause_utlopt' | 'avsluttet';

export interface Gjenrekruttering {
  id: string;
  fosterhjemId: string;
  fosterhjemNavn: string;
  opprettet: string;
  frist: string;
  tilstand: GjenrekrutteringTilstand;
  samtaleDato: string | null;
  svar: GjenrekrutteringSvar | null;
  pauseTil: string | null;
  arsak: GjenrekrutteringArsak | null;
  sakId: string | null;
  avsluttet: string | null;
  version: number;
}

/** A row of the service's list (GET /api/re-recruitment). */
export interface GjenrekrutteringRad extends Gjenrekruttering {
  /** This user may record the answer (a tie to the home that allows changes). */
  kanSvare: boolean;
  /** The home's own contact person, who normally asks; null when the home has none. */
  kontaktpersonNavn: string | null;
}

export interface GjenrekrutteringList {
  items: GjenrekrutteringRad[];
  pause: GjenrekrutteringRad[];
}

export interface AnswerGjenrekrutteringBody {
  version: number;
  samtaleDato: string;
  svar: GjenrekrutteringSvar;
  pauseTil?: string | null;
  arsak?: GjenrekrutteringArsak | null;
  notat?: string | null;
  delMedSamarbeid?: boolean;
  samtykkeDato?: string | null;
}

export const slektKeys = {
  networkSearches: (barnId: string) => ['child', barnId, 'network-searches'] as const,
  reRecruitment: ['re-recruitment'] as const,
  fosterHomeReRecruitment: (id: string) => ['foster-home', id, 're-recruitment'] as const,
};
