/** The foster-family follow-up API (`src/modules/fosterhjem/fosterfamilie.schema.ts` is the contract). */
import type { Tekst } from '@/web/api/dokumentTypes';

export type Kurs = 'trygg_base' | 'tbo_f' | 'efst' | 'grunnopplaering' | 'annet';

export interface KursDeltakelse {
  id: string;
  medlemId: string;
  kurs: Kurs;
  tilbudt: string;
  gjennomfort: string | null;
  takketNei: boolean;
  notat: string | null;
  version: number;
}

export interface KursListe {
  items: KursDeltakelse[];
  ikkeTilbudt: { medlemId: string; kurs: Kurs[] }[];
  paminnelseMaaneder: number;
}

export interface OfferKursBody {
  medlemId: string;
  kurs: Kurs;
  tilbudt: string;
  gjennomfort?: string | null;
  takketNei?: boolean;
  notat?: string | null;
}

export interface UpdateKursBody {
  tilbudt: string;
  gjennomfort: string | null;
  takketNei: boolean;
  notat: string | null;
  version: number;
}

export interface Veiledning {
  id: string;
  dato: string;
  veileder: { id: string | null; navn: string };
  tema: string;
  notat: string | null;
  version: number;
}

export interface VeiledningListe {
  items: Veiledning[];
  veiledere: { id: string; navn: string }[];
}

export interface VeiledningInput {
  dato: string;
  veilederId: string | null;
  veilederNavn: string | null;
  tema: string;
  notat: string | null;
}

export interface FamilieOppfolging {
  egneBarn: {
    id: string;
    fornavn: string;
    etternavn: string;
    fodselsdato: string | null;
    alder: number | null;
  }[];
  samtale: { sist: string | null; nesteFrist: string | null };
  evaluering: { sist: string | null; nesteFrist: string | null };
  slektNettverk: {
    tittel: Tekst;
    ingress: Tekst;
    punkter: { id: string; tittel: Tekst; tekst: Tekst }[];
  } | null;
}
