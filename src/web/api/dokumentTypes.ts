/**
 * Templates and documents (`src/modules/maler/maler.schema.ts` and `malFormat.ts` are the
 * contract; these types mirror them). Codes stay as the API sends them; the pages translate them.
 */
import type { BarnetsStemme, Person, Sjekkpunkt } from '@/domain/dokumentInnhold';

export type { BarnetsStemme, Person, Sjekkpunkt };

/** A text in both written standards. */
export interface Tekst {
  nb: string;
  nn: string;
}

export type FeltType =
  | 'tekst'
  | 'langtekst'
  | 'dato'
  | 'valg'
  | 'flervalg'
  | 'sjekkliste'
  | 'personer'
  | 'barnets_stemme';

export type Kategori = 'samtale' | 'plan' | 'sjekkliste' | 'vurdering' | 'rapport' | 'brev' | 'oversikt';
export type Gjelder = 'barn' | 'fosterhjem' | 'forelder';
export type DokumentStatus = 'utkast' | 'til_godkjenning' | 'ferdig' | 'godkjent';

export interface Valg {
  verdi: string;
  etikett: Tekst;
}

export interface Felt {
  id: string;
  type: FeltType;
  etikett: Tekst;
  veiledning?: Tekst;
  pakrevd: boolean;
  valg?: Valg[];
  standardtekst?: Tekst;
}

export interface Seksjon {
  id: string;
  tittel: Tekst;
  veiledning: Tekst;
  hjemmel?: string;
  /** A working section left out of the exported document. */
  intern: boolean;
  felter: Felt[];
}

export interface Mal {
  id: string;
  versjon: number;
  kategori: Kategori;
  gjelder: Gjelder;
  godkjenning: boolean;
  oppgaveRegel?: string;
  kilde: string;
  tittel: Tekst;
  formal: Tekst;
  hjemmel: string[];
  seksjoner: Seksjon[];
}

/** `GET /api/templates`: one row of the library. */
export interface MalListeItem {
  id: string;
  versjon: number;
  kategori: Kategori;
  gjelder: Gjelder;
  godkjenning: boolean;
  oppgaveRegel: string | null;
  tittel: Tekst;
  formal: Tekst;
  tilpasset: boolean;
  basisEndret: boolean;
  /** Offered for new documents (treasure map: outside the catalogue, or a product is adopted). */
  aktiv: boolean;
  /** The treasure-map products that provide the template. */
  produkter: string[];
}

/** A service's adaptation: its own guidance per section, and extra sections at the end. */
export interface Tilpasning {
  veiledning: Record<string, Tekst>;
  ekstraSeksjoner: Seksjon[];
}

/** `GET /api/templates/:id`: the template as the service has it, the base, and the adaptation. */
export interface MalView {
  mal: Mal;
  base: Mal;
  tilpasning: Tilpasning | null;
  tilpasningVersion: number;
  basisEndret: boolean;
}

export interface PersonRef {
  id: string;
  navn: string;
}

/** The value of every field, by field id (src/domain/dokumentInnhold.ts). */
export type Innhold = Record<string, unknown>;

/** `GET /api/documents/:id`. */
export interface DokumentView {
  id: string;
  tittel: string;
  malId: string;
  malVersjon: number;
  /** The template as it was when the document was started. */
  mal: Mal;
  sprak: 'nb' | 'nn';
  innhold: Innhold;
  status: DokumentStatus;
  versjon: number;
  revisjon: number;
  barnId: string | null;
  fosterhjemId: string | null;
  familiemedlemId: string | null;
  rekrutteringssakId: string | null;
  oppgaveId: string | null;
  forfatter: PersonRef | null;
  ferdigstilt: string | null;
  ferdigstiltAv: PersonRef | null;
  godkjent: string | null;
  godkjentAv: PersonRef | null;
  returKommentar: string | null;
  opprettet: string;
  endret: string;
  kanEndre: boolean;
  kanGodkjenne: boolean;
}

/** One row of `GET /api/documents` and `POST /api/documents/search`. */
export interface DokumentListeItem {
  id: string;
  tittel: string;
  malId: string;
  status: DokumentStatus;
  versjon: number;
  forfatter: string;
  endret: string;
  barnId: string | null;
  fosterhjemId: string | null;
}

export interface Revisjon {
  id: string;
  versjon: number;
  revisjon: number;
  status: DokumentStatus;
  lagret: string;
  lagretAv: string;
}

export type DiffDelType = 'lik' | 'lagt_til' | 'fjernet';

export interface FeltDiff {
  feltId: string;
  etikett: string;
  endret: boolean;
  deler: { type: DiffDelType; tekst: string }[];
}

// ---- request bodies ---------------------------------------------------------------------------

export interface CreateDokumentBody {
  malId: string;
  barnId?: string | null;
  fosterhjemId?: string | null;
  familiemedlemId?: string | null;
  /** A home-study report for a family in recruitment. */
  rekrutteringssakId?: string | null;
  oppgaveId?: string | null;
}

export interface TilpasningBody extends Tilpasning {
  version: number;
}
