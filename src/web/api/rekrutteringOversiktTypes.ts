/**
 * The recruitment overview API (`src/modules/rekruttering/oversikt.schema.ts` is the contract;
 * these types mirror it). A count hidden because it is from 1 to 4 comes as `null`.
 */

export const TRAKT_FASER = [
  'henvendelse',
  'informasjonsmote',
  'opplaering',
  'utredning',
  'godkjenning',
  'tilgjengelig',
  'formidlet',
] as const;
export type TraktFase = (typeof TRAKT_FASER)[number];

export const UTFALL_FASER = ['trukket', 'avslatt', 'avsluttet'] as const;
export type UtfallFase = (typeof UTFALL_FASER)[number];

export type Hjemtype = 'ordinaer' | 'beredskap' | 'forsterket';

export type OversiktTabell = 'alle' | 'trakt' | 'konvertering' | 'tid' | 'utfall' | 'tilgjengelige';

type N = number | null;

export interface TraktRad {
  /** A source id, or null for every source together. */
  kilde: string | null;
  nadd: Record<TraktFase, N>;
  /** Share (0–1) of the families at the stage before; null for the first stage or when not computable. */
  konvertering: Record<TraktFase, N>;
}

export interface Varighet {
  antall: N;
  medianDager: N;
}

export interface Tilgjengelig {
  hjemtype: Hjemtype | null;
  antall: N;
  medianDager: N;
  lengsteDager: N;
}

export interface RekrutteringOversikt {
  periode: { fra: string; til: string };
  idag: string;
  skjult: boolean;
  trakt: { totalt: TraktRad; perKilde: TraktRad[] };
  tid: { fase: string; ferdige: Varighet; pagaende: Varighet }[];
  utfall: { godkjent: N; formidlet: N } & Record<UtfallFase, { antall: N; arsaker: Record<string, N> }>;
  tilgjengelige: { totalt: Tilgjengelig; perType: Tilgjengelig[] };
  etiketter: {
    faser: Record<string, string>;
    kilder: Record<string, string>;
    arsaker: Record<UtfallFase, Record<string, string>>;
  };
}
