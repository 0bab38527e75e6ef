/** The foster-home API (`src/modules/fosterhjem/fosterhjem.schema.ts` is the contract). */
import type { Avslutning, HusstandRolle, PersonRef, Plasseringstype, Tilknytning } from '@/web/api/barnTypes';

export interface FosterhjemListItem {
  id: string;
  navn: string;
  kommunenummer: string | null;
  poststed: string | null;
  godkjentDato: string | null;
  antallPlassertNa: number;
  /** The next agreement end date that has not passed. */
  avtaleUtloper: string | null;
  /** A foster parent has not been offered Trygg Base, TBO-F and EFST (after the reminder time). */
  kursIkkeTilbudt: boolean;
}

export interface FosterhjemMedlem {
  id: string;
  rolle: HusstandRolle;
  fornavn: string;
  etternavn: string;
  fodselsdato: string | null;
  telefon: string | null;
  epost: string | null;
}

export interface FosterhjemPlassering {
  id: string;
  barn: PersonRef;
  innflytting: string;
  utflytting: string | null;
  plasseringstype: Plasseringstype;
  forsterket: boolean;
  avslutning: Avslutning | null;
  /** The child lives there today. */
  na: boolean;
}

export interface Fosterhjemsavtale {
  id: string;
  startDato: string;
  sluttDato: string | null;
  barn: PersonRef | null;
  /** Days until the agreement ends; negative when it has ended. */
  dagerIgjen: number | null;
}

export interface FosterhjemView {
  id: string;
  navn: string;
  adresse: string | null;
  postnummer: string | null;
  poststed: string | null;
  kommunenummer: string | null;
  godkjentDato: string | null;
  kontaktperson: PersonRef | null;
  tilknytning: Tilknytning;
  kanEndre: boolean;
  version: number;
  medlemmer: FosterhjemMedlem[];
  plasseringer: FosterhjemPlassering[];
  avtaler: Fosterhjemsavtale[];
}

export interface MedlemInput {
  rolle: HusstandRolle;
  fornavn: string;
  etternavn: string;
  fodselsdato?: string | null;
  telefon?: string | null;
  epost?: string | null;
}

export interface FosterhjemInput {
  navn: string;
  adresse?: string | null;
  postnummer?: string | null;
  poststed?: string | null;
  kommunenummer?: string | null;
  godkjentDato?: string | null;
}

export interface CreateFosterhjemBody extends FosterhjemInput {
  medlemmer: MedlemInput[];
  /** The home's contact person; left out (or null) the server picks the user if they are one. */
  kontaktpersonId?: string | null;
}

export interface UpdateFosterhjemBody extends FosterhjemInput {
  version: number;
}

export interface AvtaleInput {
  startDato: string;
  sluttDato?: string | null;
  plasseringId?: string | null;
}
