/**
 * The insights API (`src/modules/innsikt/innsikt.schema.ts` is the contract; these types mirror
 * it). In the collaboration view a suppressed number (fewer than five) comes as `null`.
 */

/** A period, both ends included ('YYYY-MM-DD'). */
export interface Periode {
  fra: string;
  til: string;
}

/** Placement types, with `forsterket` counted on top of the type it belongs to. */
export type InnsiktType = 'slekt_nettverk' | 'ordinaer' | 'beredskap' | 'forsterket';

export interface Andel {
  barn: number | null;
  oppfylt: number | null;
  andel: number | null;
}

export interface Maal {
  flytting: {
    plasseringer: number | null;
    barn: number | null;
    plasseringsar: number;
    avsluttet: number | null;
    utilsiktet: number | null;
    /** Unintended moves per 100 placement-years. */
    utilsiktetPer100Ar: number | null;
    /** Unintended as a share of ended placements, 0–1. */
    utilsiktetAndel: number | null;
    forsteAr: { kohort: number | null; utilsiktet: number | null; andel: number | null };
    etterType: Record<string, { avsluttet: number | null; utilsiktet: number | null }>;
    /** Unintended moves by who took the initiative ('ukjent' when not recorded). */
    etterInitiativ: Record<string, number | null>;
    /** Unintended moves by SSB reason code ('ukjent' when not recorded). */
    etterArsak: Record<string, number | null>;
  };
  /** Kaplan–Meier median placement length; null until half have ended. */
  medianDager: number | null;
  etterlevelse: {
    oppfolgingsbesok: Andel;
    tilsynsbesok: Andel;
    tilsynsrapporter: { antall: number | null; iTide: number | null; andel: number | null };
  };
  /** Collaboration view: the whole column is hidden (fewer than five children). */
  skjult?: boolean;
}

export interface TrendKvartal {
  fra: string;
  til: string;
  utilsiktet: number;
  utilsiktetPer100Ar: number | null;
}

export interface TjenesteInnsikt {
  periode: Periode;
  /** `maal` is null for a team leader, who sees only their own team. */
  tjeneste: { id: string; navn: string; maal: Maal | null };
  team: { id: string; navn: string; maal: Maal }[];
  /** Eight quarters up to the period's end. */
  trend: TrendKvartal[];
}

export interface SamarbeidInnsikt {
  periode: Periode;
  samarbeid: {
    id: string;
    navn: string;
    samlet: Maal;
    tjenester: {
      id: string;
      navn: string;
      maal: Maal;
      /** Programme fidelity, counts from 1 to 4 hidden (null). */
      program: {
        programId: string;
        programNavn: string;
        startet: number | null;
        akseptert: number | null;
        alleGjennomfort: number | null;
        alleITide: number | null;
      }[];
      produkter: { adoptert: number; iBruk: number };
    }[];
  }[];
}

export type InnsiktNiva = 'tjeneste' | 'samarbeid';
export type EksportFormat = 'csv' | 'xlsx';

/** `GET /api/programmes/fidelity`: per programme, runs started in the period and how they went. */
export interface ProgramTroskap {
  fra: string;
  til: string;
  definisjon: { nb: string; nn: string };
  programmer: {
    programId: string;
    programNavn: string;
    antallOkter: number;
    startet: number | null;
    akseptert: number | null;
    avslatt: number | null;
    avbrutt: number | null;
    alleGjennomfort: number | null;
    alleITide: number | null;
    andelAkseptert: number | null;
    andelAlleGjennomfort: number | null;
    andelAlleITide: number | null;
  }[];
}

/** `GET /api/insights/products`: adopted products and their use in the period. */
export interface ProduktBruk {
  periode: Periode;
  definisjon: string;
  produkter: {
    produktId: string;
    tittel: string;
    status: 'adoptert' | 'avsluttet';
    adoptertDato: string | null;
    dokumenter: number;
    ferdigeDokumenter: number;
    samlinger: number;
    harMalerEllerProgram: boolean;
  }[];
}
