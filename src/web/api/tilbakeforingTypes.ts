/**
 * The reunification assessment and the safe reunification plan
 * (`src/modules/tilbakeforing/tilbakeforing.schema.ts` is the contract; these types mirror it).
 * Codes stay as the API sends them; the pages translate them.
 */
import type { Beslutning, GjenforeningStegStatus, Sperre, StegId } from '@/domain/tilbakeforing';
import type { PersonRef, Tekst } from '@/web/api/dokumentTypes';

export type { Beslutning, GjenforeningStegStatus, Sperre, StegId };

export interface TraktSteg {
  id: StegId;
  hjemmel?: string;
  tittel: Tekst;
  sporsmal: Tekst;
  veiledning: Tekst;
  valg: { verdi: string; etikett: Tekst }[];
  grunnlag: Tekst;
}

/** The funnel's texts (content/tilbakeforing/vurderingstrakt.yaml). */
export interface Trakt {
  kilde: string;
  mal: string;
  tittel: Tekst;
  formal: Tekst;
  steg: TraktSteg[];
  beslutninger: { verdi: Beslutning; etikett: Tekst; beskrivelse: Tekst }[];
}

export interface StegSvar {
  /** '' while unanswered. */
  svar: string;
  grunnlag: string;
}

export interface Vurdering {
  id: string;
  barnId: string;
  steg: Partial<Record<string, StegSvar>>;
  status: 'utkast' | 'besluttet';
  beslutning: Beslutning | null;
  begrunnelse: string | null;
  besluttetDato: string | null;
  besluttetAv: PersonRef | null;
  opprettetAv: PersonRef | null;
  opprettet: string;
  version: number;
  regler: {
    mangler: { steg: StegId; felt: 'svar' | 'grunnlag' }[];
    beslutninger: Record<Beslutning, Sperre[]>;
    avslutningsgrunn: 'tilknytning' | 'omsorg' | null;
    vilkarOppfylt: boolean;
  };
  kanEndre: boolean;
}

/** `GET /api/children/:id/reunification-assessments`. */
export interface VurderingListe {
  trakt: Trakt;
  items: Vurdering[];
  omsorgsovertakelse: boolean;
  kanEndre: boolean;
}

export interface PlanSteg {
  id: string;
  beskrivelse: string;
  ansvar: string;
  fra: string | null;
  til: string | null;
  status: GjenforeningStegStatus;
  erfaring: string | null;
}

export type PlanStatus = 'aktiv' | 'fullfort' | 'avbrutt';

export interface Gjenforeningsplan {
  id: string;
  barnId: string;
  status: PlanStatus;
  steg: PlanSteg[];
  opprettetAv: PersonRef | null;
  opprettet: string;
  version: number;
  kanEndre: boolean;
}

/** `GET /api/children/:id/reunification-plans`. */
export interface PlanListe {
  tittel: Tekst;
  formal: Tekst;
  forslag: { id: string; beskrivelse: Tekst; ansvar: Tekst }[];
  items: Gjenforeningsplan[];
  kanStarte: boolean;
  kanEndre: boolean;
}

// ---- request bodies ---------------------------------------------------------------------------

export interface SaveVurderingBody {
  steg: Partial<Record<StegId, StegSvar>>;
  version: number;
}

export interface BeslutningBody {
  beslutning: Beslutning;
  begrunnelse: string;
  version: number;
}

export type PlanStegInput = Omit<PlanSteg, 'id'> & { id?: string };

export interface UpdatePlanBody {
  steg: PlanStegInput[];
  status: PlanStatus;
  version: number;
}
