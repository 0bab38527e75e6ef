import type { Tekst } from '@/web/api/dokumentTypes';

/** The treasure map (skattekart): the catalogue, a service's adoption, the network. */

export type Oy =
  | 'barnets_behov'
  | 'oppfolging_barnet'
  | 'oppfolging_foreldre'
  | 'oppfolging_fosterfamilien'
  | 'samvaer'
  | 'tilbakeforing'
  | 'samarbeid'
  | 'rekruttering';
export type ProduktStatus = 'gull' | 'solv';
export type Ressurs = 'liten' | 'moderat' | 'hoy';
export type AdopsjonStatus = 'interessert' | 'adoptert' | 'avsluttet';
export type StegStatus = 'ikke_startet' | 'pagar' | 'fullfort';

export interface Steg {
  id: string;
  tekst: string;
  ansvarlig: string | null;
  frist: string | null;
  status: StegStatus;
}

export interface Produkt {
  id: string;
  oy: Oy;
  kilde: string;
  prosjekter: string[];
  status: ProduktStatus;
  anbefaling: number;
  ressurs: Ressurs | null;
  ressursMerknad: Tekst | null;
  tittel: Tekst;
  beskrivelse: Tekst;
  vurdering: Tekst;
  kontakt: { navn: string; organisasjon: string }[];
  iLandsby: Tekst | null;
  maler: { id: string; tittel: Tekst }[];
  programmer: string[];
  regler: string[];
  sistEndret: string | null;
  nytt: boolean;
  adopsjon: {
    status: AdopsjonStatus;
    adoptertDato: string | null;
    version: number;
    fremdrift: { fullfort: number; totalt: number; forfalt: number };
  } | null;
}

export interface Ramme {
  oyer: { id: Oy; nummer: number; navn: Tekst }[];
  status: Record<ProduktStatus, { navn: Tekst; betydning: Tekst }>;
  anbefalinger: Record<string, { kort: Tekst; betydning: Tekst }>;
  ressurser: Record<string, { navn: Tekst; betydning: Tekst }>;
  prosjekter: { id: string; nummer: string; navn: string; kommuner: string[] }[];
}

export interface KatalogListe {
  ramme: Ramme;
  items: Produkt[];
}

export interface KatalogQuery {
  oy?: Oy;
  status?: ProduktStatus;
  anbefaling?: number;
  ressurs?: Ressurs | 'ukjent';
}

export interface ProduktDetalj {
  produkt: Produkt;
  ramme: Ramme;
  adopsjon: {
    status: AdopsjonStatus;
    adoptertDato: string | null;
    plan: Steg[];
    version: number;
    updatedAt: string;
  } | null;
  bruk: {
    dokumenter: number;
    ferdigeDokumenter: number;
    dokumenterSidenAdopsjon: number;
    perMal: { malId: string; antall: number }[];
    okterGjennomfort: number;
    forlop: number;
  } | null;
  samarbeid: { id: string; navn: string }[];
}

export interface AdopsjonSvar {
  status: AdopsjonStatus;
  version: number;
  plan: Steg[];
}

export interface Nettverk {
  samarbeid: {
    id: string;
    navn: string;
    tjenester: { id: string; navn: string }[];
    produkter: { produktId: string; interessert: string[]; adoptert: string[]; avsluttet: string[] }[];
  }[];
}

export interface KatalogEndringFelter {
  oy?: Oy;
  status?: ProduktStatus;
  anbefaling?: number;
  ressurs?: Ressurs | null;
  tittel?: Tekst;
  beskrivelse?: Tekst;
  vurdering?: Tekst;
  kontakt?: { navn: string; organisasjon: string }[];
  prosjekter?: string[];
}

export interface KatalogHistorikk {
  items: {
    id: string;
    samarbeid: { id: string; navn: string };
    endring: Record<string, unknown>;
    begrunnelse: string;
    endretAv: string | null;
    tidspunkt: string;
  }[];
}
