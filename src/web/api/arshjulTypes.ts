/**
 * The årshjul API (`src/modules/arshjul/arshjul.schema.ts` is the contract; these types mirror it).
 * Codes stay as the API sends them; the pages translate them.
 */
import type { HendelseType, Innstillinger, RegelId } from '@/domain/arshjul';

export type { HendelseType, Innstillinger, RegelId };

/** `forfalt` overdue, `denne_uken` due within 7 days, `kommende` later, `fullfort` done. */
export type OppgaveStatus = 'fullfort' | 'forfalt' | 'denne_uken' | 'kommende';
/** Law or regulation, or the service's own practice (never presented as law). */
export type RegelArt = 'lovkrav' | 'lokal_praksis';
/** How the child took part in a visit (SSB BarnetsMedvirkningType). */
export type Medvirkning = '1.1' | '1.2' | '1.3' | '1.4' | '2.1' | '2.2';
export type Omfang = 'mine' | 'team';

export interface Oppgave {
  id: string;
  regel: RegelId;
  art: RegelArt;
  /** The legal or local source, as the engine states it (bokmål). */
  kilde: string;
  /** A plan type, an agreement id or a report event id, when one rule gives several tasks. */
  ref: string | null;
  vinduStart: string;
  frist: string;
  status: OppgaveStatus;
  fullfortDato: string | null;
  /** An instant (ISO 8601). */
  planlagt: string | null;
  avvik: { arsak: string; nyFrist: string } | null;
  barn: { id: string; navn: string };
  fosterhjem: { id: string; navn: string };
  ansvarlig: { id: string; navn: string } | null;
  version: number;
}

export interface OppgaveSummary {
  forfalt: number;
  denneUken: number;
  avvik: number;
}

export interface TeamPerson {
  id: string;
  navn: string;
  fullfort: number;
  forfalt: number;
  avvik: number;
  kommende: number;
  /** Share of tasks due in the last 12 months done on time, 0–100; null when none were due. */
  etterlevelse: number | null;
}

export interface TeamBarn {
  id: string;
  navn: string;
  kontaktperson: string | null;
  fullfort: number;
  forfalt: number;
  avvik: number;
  etterlevelse: number | null;
}

export interface TeamOversikt {
  personer: TeamPerson[];
  barn: TeamBarn[];
  avvik: Oppgave[];
  forfalt: Oppgave[];
}

export interface Arshjul {
  ar: number;
  maneder: { maned: number; oppgaver: Oppgave[] }[];
}

export type ArshjulInnstillinger = Innstillinger & { version: number };

export interface KalenderStatus {
  aktiv: boolean;
  opprettet: string | null;
}

// ---- request bodies ---------------------------------------------------------------------------

export interface HendelseBody {
  type: HendelseType;
  /** 'YYYY-MM-DD', not in the future. */
  dato: string;
  ref?: string | null;
  medvirkning?: Medvirkning | null;
  snakketAlene?: boolean | null;
  notat?: string | null;
}

export interface AvvikBody {
  arsak: string;
  nyFrist: string;
  version: number;
}

export interface PlanBody {
  /** Local time in Norway, 'YYYY-MM-DDTHH:mm', or null to remove the plan. */
  planlagt: string | null;
  version: number;
}

export interface HyppighetBody {
  type: 'oppfolging' | 'tilsyn';
  antall: 2 | 4;
  fra: string;
  begrunnelse: string;
}
