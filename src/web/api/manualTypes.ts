/**
 * The user manual, the case course and the team leader's reviews
 * (`src/modules/manual/manual.schema.ts` is the contract; these types mirror it).
 * Codes stay as the API sends them; the pages translate them.
 */
import type { HendelseType } from '@/web/api/arshjulTypes';

/** A text in both written standards. */
export interface Tekst {
  nb: string;
  nn: string;
}

/** The two courses: the child's, and the foster home's. */
export type ForlopId = 'barn' | 'fosterhjem';
/** Before, during and after a placement. */
export type Del = 'for' | 'under' | 'etter';
/** The six levels a point speaks to. */
export type Niva = 'barnet' | 'fosterforeldre' | 'foreldre' | 'egne_barn' | 'nettverk' | 'tjenesten';
/** The roles a point can make responsible. */
export type Ansvar = 'kontaktperson' | 'teamleder' | 'leder' | 'veileder' | 'rekrutterer';

export interface Bevis {
  dato: string;
  /** The name of who did it. */
  av: string | null;
  kilde: 'dokument' | 'hendelse' | 'manuell';
  /** The document, the event, or the hand tick (which can be taken back). */
  id: string;
  notat: string | null;
}

export interface Forlopspunkt {
  id: string;
  niva: Niva;
  tittel: Tekst;
  hva: Tekst;
  hvorfor: Tekst;
  hjemmel: string | null;
  ansvar: string;
  maler: { id: string; tittel: Tekst }[];
  hendelser: HendelseType[];
  programmer: string[];
  lokal: boolean;
  tilpasset: boolean;
  status: 'utfort' | 'apen' | 'kommende';
  sist: Bevis | null;
}

export interface Forlopsfase {
  id: string;
  del: Del;
  tittel: Tekst;
  beskrivelse: Tekst;
  status: 'tidligere' | 'na' | 'kommende';
  punkter: Forlopspunkt[];
}

/** `GET /api/course/:forlop/:id`: where the case stands, and the manual as its checklist. */
export interface ForlopView {
  forlop: ForlopId;
  entitetId: string;
  fase: {
    id: string;
    fra: string;
    kilde: 'beregnet' | 'manuell';
    begrunnelse: string | null;
    /** The phase the facts give, also when it is set by hand. */
    beregnet: string;
  };
  faser: Forlopsfase[];
}

export interface FaseBody {
  /** null: follow the facts again. */
  fase: string | null;
  begrunnelse?: string | null;
}

export interface MarkBody {
  utfort: string;
  notat?: string | null;
}

export interface ManualPunkt {
  id: string;
  versjon: number;
  niva: Niva;
  tittel: Tekst;
  hva: Tekst;
  hvorfor: Tekst;
  hjemmel?: string;
  ansvar: string;
  maler: string[];
  hendelser: HendelseType[];
  programmer: string[];
  /** The service's own point. */
  lokal: boolean;
  /** The service's own wording (or its own point). */
  tilpasset: boolean;
  /** The shared point has changed since the service adapted it. */
  basisEndret: boolean;
}

export interface ManualFase {
  id: string;
  del: Del;
  tittel: Tekst;
  beskrivelse: Tekst;
  punkter: ManualPunkt[];
}

/** `GET /api/manual/:forlop`: the manual as the service has it. */
export interface ManualView {
  forlop: ForlopId;
  versjon: number;
  tittel: Tekst;
  innledning: Tekst;
  faser: ManualFase[];
}

/** The service's wording of a shared point: any of the texts, in both written standards. */
export interface PunktTekst {
  tittel?: Tekst;
  hva?: Tekst;
  hvorfor?: Tekst;
}

/** `GET /api/manual/:forlop/points/:punktId`: the shared text, the adaptation's version, the history. */
export interface PunktDetalj {
  base: { tittel: Tekst; hva: Tekst; hvorfor: Tekst; versjon: number } | null;
  version: number;
  historikk: { data: unknown; basisVersjon: number; endret: string; endretAv: string }[];
}

export interface AdaptBody extends PunktTekst {
  version: number;
}

export interface LokaltPunktBody {
  fase: string;
  niva: Niva;
  ansvar: Ansvar;
  tittel: Tekst;
  hva: Tekst;
  hvorfor: Tekst;
}

export interface PersonRef {
  id: string;
  navn: string;
}

/** `GET /api/reviews/overview` (team leaders and the head of service). */
export interface ReviewOverview {
  intervallUker: number;
  items: {
    kontaktperson: PersonRef;
    sistGjennomgang: string | null;
    nesteGjennomgang: string;
    forfalt: boolean;
    antallBarn: number;
    apnePunkter: number;
  }[];
}

/** `GET /api/reviews/prepare/:kontaktpersonId`. */
export interface ReviewPrepare {
  kontaktperson: PersonRef;
  barn: {
    barn: PersonRef;
    fase: string;
    apne: { id: string; tittel: Tekst; ansvar: string }[];
  }[];
  forrige: {
    dato: string;
    oppsummering: string | null;
    avtaler: { entitetId: string; punktId: string; avtale: string; frist: string | null }[];
  } | null;
}

export interface ReviewBody {
  kontaktpersonId: string;
  dato: string;
  oppsummering?: string | null;
  avtaler: { barnId: string; punktId: string; avtale: string; frist?: string | null }[];
}

/** `GET /api/reviews?kontaktpersonId=`: newest first. */
export interface ReviewList {
  items: {
    id: string;
    dato: string;
    teamleder: string;
    oppsummering: string | null;
    avtaler: { barn: PersonRef; punktId: string; avtale: string; frist: string | null }[];
  }[];
}
