/**
 * Programmes: En god start and Veien videre (`src/modules/program/program.schema.ts` is the
 * contract; these types mirror it, and `programTypes.test.ts` fails to compile if they drift apart).
 * Texts in a definition arrive in the user's language; codes stay as the API sends them and
 * `src/web/pages/program/programLabels.ts` translates them.
 */

export type Malgruppe = 'fosterhjem' | 'foreldre';
export type VerktoyType = 'undervisning' | 'film' | 'refleksjon' | 'oppgave';
export type ForlopStatus = 'foreslatt' | 'akseptert' | 'avslatt' | 'fullfort' | 'avbrutt';
export type OktStatus = 'planlagt' | 'gjennomfort' | 'avlyst';

/** One link to the service's own material for a session. */
export interface Materiale {
  id: string;
  tittel: string;
  url: string;
}

export interface ProgramSamling {
  nummer: number;
  tema: string;
  mal: string;
  verktoy: { type: VerktoyType; tekst: string }[];
  tenkPaFor: string;
  veiledning: string;
  materiale: Materiale[];
}

/** `GET /api/programmes/:programId`: the programme as content/programmer has it, in one language. */
export interface ProgramDefinisjon {
  id: string;
  versjon: number;
  navn: string;
  malgruppe: Malgruppe;
  frivillig: boolean;
  kilde: string;
  beskrivelse: string;
  planlegging: {
    intervallMaaneder?: number;
    intervallUker?: number;
    forsteEtterDager: number;
    klokkeslett: string;
  };
  dokumentmal: string;
  samlinger: ProgramSamling[];
  avslutning: string;
}

export interface ProgramOkt {
  id: string;
  nummer: number;
  tema: string;
  /** The planned date and time (an instant; shown in Europe/Oslo). */
  planlagt: string;
  status: OktStatus;
  /** 'YYYY-MM-DD' when held. */
  gjennomfort: string | null;
  deltakere: string[];
  notat: string | null;
  dokumentId: string | null;
  /** The planned date has passed and the session is not held. */
  forsinket: boolean;
  version: number;
}

export interface Programforlop {
  id: string;
  programId: string;
  programNavn: string;
  programVersjon: number;
  barn: { id: string; navn: string };
  plasseringId: string | null;
  fosterhjem: { id: string; navn: string } | null;
  familiemedlem: { id: string; navn: string; relasjon: string } | null;
  status: ForlopStatus;
  /** 'YYYY-MM-DD' the programme was proposed. */
  foreslatt: string;
  svarDato: string | null;
  arsak: string | null;
  ansvarligId: string | null;
  okter: ProgramOkt[];
  gjennomfortAntall: number;
  version: number;
}

// ---- request bodies ---------------------------------------------------------------------------

export interface CreateForlopBody {
  programId: string;
  barnId: string;
  plasseringId?: string;
  fosterhjemId?: string;
  familiemedlemId?: string;
  /** 'YYYY-MM-DD': sessions are scheduled from this date. */
  start: string;
}

export interface SvarBody {
  svar: 'akseptert' | 'avslatt';
  dato: string;
  arsak?: string;
  version: number;
}

export interface AvsluttBody {
  status: 'fullfort' | 'avbrutt';
  arsak: string;
  version: number;
}

export interface OktBody {
  planlagt?: string;
  status?: OktStatus;
  gjennomfort?: string | null;
  deltakere?: string[];
  notat?: string | null;
  dokumentId?: string | null;
  version: number;
}

export interface MaterialeBody {
  tittel: string;
  url: string;
}
