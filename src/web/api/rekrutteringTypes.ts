/** Types of the shared recruitment pipeline (`/api/recruitment/...`), as the server sends them. */

export type Tekst = { nb: string; nn: string };

export const LOP_FASER = [
  'henvendelse',
  'informasjonsmote',
  'opplaering',
  'utredning',
  'godkjenning',
  'tilgjengelig',
] as const;
export const AVSLUTTENDE_FASER = ['formidlet', 'trukket', 'avslatt', 'avsluttet'] as const;
export type RekrutteringFase = (typeof LOP_FASER)[number] | (typeof AVSLUTTENDE_FASER)[number];
export type Kilde =
  | 'kampanje'
  | 'arrangement'
  | 'nettside'
  | 'sosiale_medier'
  | 'jungeltelegraf'
  | 'fosterhjemstjenesten'
  | 'gjenrekruttering'
  | 'annet';
export type Hjemtype = 'ordinaer' | 'beredskap' | 'forsterket';
export const HJEMTYPER: Hjemtype[] = ['ordinaer', 'beredskap', 'forsterket'];
export type Avslutning = 'trukket' | 'avslatt' | 'avsluttet';

export interface Pipeline {
  faser: {
    id: RekrutteringFase;
    tittel: Tekst;
    veiledning: Tekst;
    punkter: { id: string; pakrevd: boolean; gjelder?: string; tittel: Tekst }[];
  }[];
  avsluttende: { id: RekrutteringFase; tittel: Tekst; veiledning: Tekst }[];
  kilder: { id: Kilde; tittel: Tekst }[];
  arsaker: Record<Avslutning, { id: string; tittel: Tekst }[]>;
}

export interface Organisasjon {
  id: string;
  navn: string;
}

/** `navn` is null for a person in another organisation: show the organisation instead. */
export interface Person {
  id: string;
  navn: string | null;
}

export interface SakListItem {
  id: string;
  navn: string;
  fase: RekrutteringFase;
  faseFra: string;
  kilde: Kilde;
  forsteKontakt: string;
  hjemtyper: Hjemtype[];
  ansvarlig: Person | null;
  eier: Organisasjon;
  egen: boolean;
  avsluttetArsak: string | null;
  version: number;
}

export interface SakListQuery {
  fase?: RekrutteringFase;
  kilde?: Kilde;
  ansvarligId?: string;
  eierskap?: 'egne' | 'delte';
}

export interface Voksen {
  fornavn: string;
  etternavn: string;
  fodselsdato: string | null;
  telefon: string | null;
  epost: string | null;
}

export interface SakDetail {
  id: string;
  navn: string;
  voksne: Voksen[];
  egneBarn: number;
  adresse: string | null;
  postnummer: string | null;
  poststed: string | null;
  kommunenummer: string | null;
  kilde: Kilde;
  kildeDetalj: string | null;
  hjemtyper: Hjemtype[];
  fase: RekrutteringFase;
  faseFra: string;
  forsteKontakt: string;
  samtykkeDato: string | null;
  avsluttetArsak: string | null;
  avsluttetDato: string | null;
  godkjenningType: 'generell' | 'bestemt_barn' | null;
  godkjentDato: string | null;
  fosterhjemId: string | null;
  ansvarlig: Person | null;
  eier: Organisasjon;
  egen: boolean;
  kanArbeide: boolean;
  historikk: {
    id: string;
    fase: RekrutteringFase;
    fra: string;
    til: string | null;
    endretAv: Person;
    endretAvOrganisasjon: Organisasjon;
    notat: string | null;
  }[];
  sjekkpunkter: {
    punktId: string;
    dato: string;
    notat: string | null;
    utfortAv: Person;
    utfortAvOrganisasjon: Organisasjon;
  }[];
  mangler: string[];
  delinger: { organisasjon: Organisasjon; samtykkeDato: string; opprettet: string }[];
  kanDelesMed: Organisasjon[];
  version: number;
}

export interface SakBody {
  navn: string;
  voksne: {
    fornavn: string;
    etternavn: string;
    fodselsdato: string | null;
    telefon: string | null;
    epost: string | null;
  }[];
  egneBarn: number;
  adresse: string | null;
  postnummer: string | null;
  poststed: string | null;
  kommunenummer: string | null;
  kilde: Kilde;
  kildeDetalj: string | null;
  hjemtyper: Hjemtype[];
  forsteKontakt: string;
  ansvarligId?: string | null;
}

/** The service's recruitment settings; version 0 when it has set none (12 months, kinship first on). */
export interface RekrutteringInnstilling {
  slettefristManeder: number;
  /** Kinship first: an ordinary (neutral) home needs a concluded family and network search. */
  kreverNettverkssok: boolean;
  version: number;
}

/** A change of one setting or both, with the version it was read at (what is left out is kept). */
export type RekrutteringInnstillingEndring = Partial<Omit<RekrutteringInnstilling, 'version'>> &
  Pick<RekrutteringInnstilling, 'version'>;

/** Query keys: everything under 'recruitment' refreshes together after a change. */
export const rekrutteringKeys = {
  all: ['recruitment'] as const,
  pipeline: ['recruitment', 'pipeline'] as const,
  recruiters: ['recruitment', 'recruiters'] as const,
  list: (query: SakListQuery) => ['recruitment', 'list', query] as const,
  sak: (id: string) => ['recruitment', 'case', id] as const,
  settings: ['recruitment-settings'] as const,
};
