/**
 * The children API (`src/modules/barn/barn.schema.ts` is the contract; these types mirror it).
 * Codes stay as the API sends them; `src/web/i18n/labels.ts` translates them.
 */
import type { ArsakKode } from '@/domain/plasseringsforlop';

export type Fase = 'for_flytting' | 'innflytting' | 'oppfolging' | 'avslutning' | 'ettervern';
export type Plasseringstype = 'slekt_nettverk' | 'ordinaer' | 'beredskap';
export type Hjemmel = 'bvl_5_1' | 'bvl_6_3' | 'bvl_kap3' | 'akutt';
export type Avslutning = 'planlagt' | 'utilsiktet';
export type Initiativ = 'fosterforeldre' | 'tjenesten' | 'barnet' | 'foreldrene' | 'annet';
export type FlyttingTil = '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9';
export type FamilieRelasjon =
  | 'mor'
  | 'far'
  | 'forelder'
  | 'sosken'
  | 'halvsosken'
  | 'besteforelder'
  | 'tante_onkel'
  | 'annen';
export type LandsbyKategori =
  | 'familie'
  | 'fosterfamilie'
  | 'skole_barnehage'
  | 'helse'
  | 'fritid'
  | 'hjelpere'
  | 'annet';
export type HusstandRolle = 'fosterforelder' | 'eget_barn' | 'annet_husstandsmedlem';
/** How the user is tied to a case: own, team, whole service, or a purpose-stated read. */
export type Tilknytning = 'egen' | 'team' | 'tjeneste' | 'formal';
export type Omfang = 'mine' | 'team' | 'tjeneste';
export type TidslinjeType =
  | 'innflytting'
  | 'utflytting'
  | 'tildeling'
  | 'rammefortelling'
  | 'landsby_mal'
  | 'avtale_slutt';

export interface PersonRef {
  id: string;
  navn: string;
}

export interface CaseloadItem {
  id: string;
  navn: string;
  fodselsdato: string;
  alder: number;
  fase: Fase;
  fosterhjem: { id: string; navn: string; kommunenummer: string | null } | null;
  fosterforeldre: string[];
  siden: string | null;
  plasseringstype: Plasseringstype | null;
  forsterket: boolean | null;
  kontaktperson: PersonRef | null;
  team: PersonRef | null;
}

export interface CaseloadQuery {
  omfang: Omfang;
  fase?: Fase;
  plasseringstype?: Plasseringstype;
}

export interface SearchHit {
  id: string;
  navn: string;
  fodselsar: number;
  /** True: the user may open the record directly; false: a purpose must be stated first. */
  tilgang: boolean;
}

export interface Plassering {
  id: string;
  fosterhjem: PersonRef;
  innflytting: string;
  utflytting: string | null;
  plasseringstype: Plasseringstype;
  forsterket: boolean;
  hjemmel: Hjemmel;
  avslutning: Avslutning | null;
  initiativ: string | null;
  arsakKode: string | null;
  flyttingTil: string | null;
  avslutningNotat: string | null;
  avtaleSlutt: string | null;
  version: number;
}

export interface Familiemedlem {
  id: string;
  relasjon: FamilieRelasjon;
  fornavn: string;
  etternavn: string;
  fodselsdato: string | null;
  telefon: string | null;
  epost: string | null;
  adresse: string | null;
  foreldreansvar: boolean;
  version: number;
}

export interface Husstandsmedlem {
  id: string;
  rolle: HusstandRolle;
  navn: string;
  fodselsdato: string | null;
  telefon: string | null;
}

export interface Landsbymedlem {
  id: string;
  kategori: LandsbyKategori;
  navn: string;
  rolle: string;
  kontakt: string | null;
  version: number;
}

export interface LandsbyMal {
  id: string;
  tekst: string;
  avtaltDato: string;
}

export interface RammefortellingDel {
  id: string;
  tittel: string;
  periode: string | null;
  tekst: string;
  forfatter: PersonRef;
  opprettet: string;
  endret: string;
  version: number;
}

export interface Overlevering {
  dato: string;
  fra: PersonRef | null;
  til: PersonRef;
  planlagt: string | null;
  utestaende: string | null;
  viktigForBarnet: string | null;
}

export interface Tidslinjehendelse {
  dato: string;
  type: TidslinjeType;
  tittel: string;
  utilsiktet?: boolean;
}

/** `GET /api/children/:id`: everything the child page shows. */
export interface BarnView {
  id: string;
  fornavn: string;
  etternavn: string;
  /** Birth date digits and five stars; the full number is a separate, audited read. */
  fodselsnummerMaskert: string | null;
  fodselsdato: string;
  alder: number;
  sprak: string[];
  kultur: string | null;
  religion: string | null;
  fase: Fase;
  kontaktperson: PersonRef | null;
  team: PersonRef | null;
  tilknytning: Tilknytning;
  kanEndre: boolean;
  version: number;
  plasseringer: Plassering[];
  familie: Familiemedlem[];
  fosterhjem: {
    id: string;
    navn: string;
    adresse: string | null;
    kommunenummer: string | null;
    medlemmer: Husstandsmedlem[];
  } | null;
  landsby: { medlemmer: Landsbymedlem[]; mal: LandsbyMal[] };
  rammefortelling: RammefortellingDel[];
  overlevering: Overlevering | null;
  tidslinje: Tidslinjehendelse[];
}

export interface RammefortellingVersjon {
  version: number;
  tittel: string;
  periode: string | null;
  tekst: string;
  forfatter: PersonRef;
  lagret: string;
}

export interface Created {
  id: string;
}

// ---- request bodies ---------------------------------------------------------------------------

export interface BarnInput {
  fornavn: string;
  etternavn: string;
  fodselsnummer?: string | null;
  fodselsdato?: string | null;
  sprak: string[];
  kultur?: string | null;
  religion?: string | null;
}

export interface CreateBarnBody extends BarnInput {
  kontaktpersonId?: string | null;
}

export interface UpdateBarnBody extends BarnInput {
  version: number;
}

export interface FamiliemedlemInput {
  relasjon: FamilieRelasjon;
  fornavn: string;
  etternavn: string;
  fodselsdato?: string | null;
  telefon?: string | null;
  epost?: string | null;
  adresse?: string | null;
  foreldreansvar: boolean;
}

export interface CreatePlasseringBody {
  fosterhjemId: string;
  innflytting: string;
  plasseringstype: Plasseringstype;
  forsterket: boolean;
  hjemmel: Hjemmel;
  avtaleSlutt?: string | null;
}

export interface EndPlasseringBody {
  version: number;
  utflytting: string;
  avslutning: Avslutning;
  initiativ: Initiativ;
  arsakKode: ArsakKode;
  flyttingTil: FlyttingTil;
  notat?: string | null;
}

export interface LandsbymedlemInput {
  kategori: LandsbyKategori;
  navn: string;
  rolle: string;
  kontakt?: string | null;
}

export interface LandsbyMalInput {
  tekst: string;
  avtaltDato: string;
}

export interface RammefortellingInput {
  tittel: string;
  periode?: string | null;
  tekst: string;
}

export interface HandoverBody {
  tilBrukerId: string;
  planlagt?: string | null;
  utestaende?: string | null;
  viktigForBarnet?: string | null;
}

/** A colleague in the service (`GET /api/users`). */
export interface Kollega {
  id: string;
  navn: string;
  rolle: string;
  team: PersonRef | null;
}
