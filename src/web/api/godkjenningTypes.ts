/**
 * Approval of recruited homes, available homes and linking one to a child
 * (`src/modules/rekruttering/godkjenning.schema.ts` is the contract; these types mirror it).
 */
import type { DokumentStatus } from '@/web/api/dokumentTypes';
import type { Hjemtype } from '@/web/api/rekrutteringTypes';

export type GodkjenningType = 'generell' | 'bestemt_barn';

export interface GodkjenningView {
  sakId: string;
  fase: string;
  version: number;
  rapporter: { id: string; tittel: string; status: DokumentStatus; endret: string }[];
  vedtak: {
    type: GodkjenningType;
    barn: { id: string; navn: string } | null;
    annenTjenestesBarn: boolean;
    dato: string;
    godkjentAv: string | null;
    rapportDokumentId: string | null;
    hjemtyper: Hjemtype[];
  } | null;
  mangler: { field: string; code: string }[];
  hjemtyper: Hjemtype[];
  kanGodkjenne: boolean;
  kanSkriveRapport: boolean;
}

export interface GodkjenningBody {
  version: number;
  godkjenningType: GodkjenningType;
  godkjentForBarnId: string | null;
  godkjentDato: string;
  godkjentAv: string;
  rapportDokumentId: string;
  hjemtyper: Hjemtype[];
}

export interface TilgjengeligHjem {
  id: string;
  navn: string;
  eier: string;
  egenSak: boolean;
  kommunenummer: string | null;
  kommune: string | null;
  poststed: string | null;
  hjemtyper: Hjemtype[];
  antallVoksne: number;
  egneBarn: number;
  godkjentFor: 'generell' | 'eget_barn' | 'annet_barn';
  barn: { id: string; navn: string } | null;
  godkjentDato: string | null;
  dagerTilgjengelig: number;
  version: number;
}

export interface FormidleBody {
  version: number;
  barnId: string;
  innflytting: string;
  plasseringstype: 'ordinaer' | 'beredskap';
  forsterket: boolean;
  hjemmel: 'bvl_5_1' | 'bvl_6_3' | 'bvl_kap3' | 'akutt';
  avtaleSlutt: string | null;
  /** The new foster home's contact person; none: the caseworker linking it, if a contact person. */
  kontaktpersonId?: string | null;
}

export interface RekrutteringHistorikk {
  sak: {
    eier: string;
    kilde: string;
    kildeTittel: string;
    forsteKontakt: string;
    godkjenningType: GodkjenningType | null;
    godkjentDato: string | null;
    hjemtyper: Hjemtype[];
    faser: { fase: string; tittel: string; fra: string; til: string | null; organisasjon: string }[];
  } | null;
}

/** Under 'recruitment', so they refresh with the pipeline after any change. */
export const godkjenningKeys = {
  godkjenning: (sakId: string) => ['recruitment', 'approval', sakId] as const,
  tilgjengelige: ['recruitment', 'available'] as const,
  historikk: (fosterhjemId: string) => ['recruitment', 'foster-home', fosterhjemId] as const,
};
