import type { FamilieRelasjon } from '@/web/api/barnTypes';

/** Contact (samvær): the shapes of /api/children/:id/contact-plans and /contact-sessions. */
export type SamvaerPer = 'uke' | 'maned' | 'ar';
export type SamvaerTilsyn = 'uten' | 'stottet' | 'beskyttet';
export type SamvaerGrunnlag = 'nemnd' | 'domstol' | 'avtale';
export type SamvaerEndring = 'forste' | 'utvidet' | 'redusert' | 'uendret';
export type OktStatus = 'planlagt' | 'gjennomfort' | 'avlyst';
export type RapportStatus = 'ikke_aktuell' | 'venter' | 'ikke_gjennomgatt' | 'gjennomgatt';
export type AvlystArsak =
  | 'forelder_mott_ikke'
  | 'forelder_avlyste'
  | 'barnet_syk'
  | 'barnet_ville_ikke'
  | 'fosterhjemmet_avlyste'
  | 'tjenesten_avlyste'
  | 'annet';

export const AVLYST_ARSAKER: AvlystArsak[] = [
  'forelder_mott_ikke',
  'forelder_avlyste',
  'barnet_syk',
  'barnet_ville_ikke',
  'fosterhjemmet_avlyste',
  'tjenesten_avlyste',
  'annet',
];

export interface Samvaersplan {
  id: string;
  familiemedlemId: string;
  fra: string;
  til: string | null;
  antall: number;
  per: SamvaerPer;
  varighetTimer: number;
  sted: string | null;
  tilsyn: SamvaerTilsyn;
  grunnlag: SamvaerGrunnlag;
  begrunnelse: string | null;
  timerPerAr: number;
  endring: SamvaerEndring;
  registrertAv: { id: string; navn: string } | null;
  opprettet: string;
}

export interface SamvaerPerson {
  familiemedlemId: string;
  relasjon: FamilieRelasjon;
  fornavn: string;
  etternavn: string;
  gjeldende: Samvaersplan | null;
  historikk: Samvaersplan[];
}

export interface SamvaersplanList {
  forstePlassering: string | null;
  personer: SamvaerPerson[];
}

export interface Samvaer {
  id: string;
  familiemedlemId: string;
  dato: string;
  /** 'HH:MM', or null when only the day is set. */
  fraKl: string | null;
  tilKl: string | null;
  status: OktStatus;
  avlystArsak: AvlystArsak | null;
  avlystAv: string | null;
  rapportMottatt: string | null;
  rapportStatus: RapportStatus;
  gjennomgang: { id: string; status: string; tittel: string } | null;
  notat: string | null;
  sted: string | null;
  tilsyn: SamvaerTilsyn | null;
  varighetTimer: number | null;
  version: number;
}

export interface SamvaerList {
  items: Samvaer[];
  apne: { ikkeGjennomgatt: number; venterRapport: number; ikkeRegistrert: number };
}

export interface CreateSamvaersplanBody {
  familiemedlemId: string;
  fra: string;
  antall: number;
  per: SamvaerPer;
  varighetTimer: number;
  sted: string | null;
  tilsyn: SamvaerTilsyn;
  grunnlag: SamvaerGrunnlag;
  begrunnelse: string | null;
}

export interface UpdateSamvaerBody {
  dato: string;
  fraKl: string | null;
  tilKl: string | null;
  status: OktStatus;
  avlystArsak: AvlystArsak | null;
  rapportMottatt: string | null;
  notat: string | null;
  version: number;
}
