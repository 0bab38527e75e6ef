/**
 * Kinship first (slekt og nettverk først) and re-recruitment (gjenrekruttering). Pure rules, no I/O.
 *
 * Kinship first: «det alltid først skal søkes etter fosterhjem i barnets slekt og nære nettverk»
 * (seeds/002). The choice rules always require family and close network to be considered [C]
 * (domain.md §2.4, Prop. 169 L ch. 8.1); a duty to DOCUMENT that assessment was proposed in 2020,
 * in force [U]. That is why Landsby enforces the documented search as a service setting
 * (`rekruttering_innstilling.krever_nettverkssok`), on by default, not as law: before an ordinary
 * (neutral) foster home is chosen, the child must have a concluded search. Kinship placements and
 * emergency homes (beredskap) are never blocked: an urgent move must not wait for paperwork, and
 * a move to kin IS the search's result. For an urgent move to kin the temporary kinship placement
 * checklist (content/maler/midlertidig_plassering_slekt.yaml, seeds/003 §5.9.1 nr. 10) applies.
 *
 * Re-recruitment: when a foster home's last placement ends, the home is asked whether it can take
 * a new child, returns to the pool of available homes, pauses, or leaves with a reason
 * (seeds/003 §5.8: a national crisis in recruiting neutral foster homes; keeping the ones we have
 * is the cheapest recruitment).
 */

export const PLASSERINGSTYPER = ['slekt_nettverk', 'ordinaer', 'beredskap'] as const;
export type Plasseringstype = (typeof PLASSERINGSTYPER)[number];

/** Ways the family and close network were asked. */
export const FREMGANGSMATER = ['familieradslag', 'nettverksmote', 'samtaler', 'annet'] as const;
export type Fremgangsmate = (typeof FREMGANGSMATER)[number];

/** How a person considered is related to the child (no names of others in codes). */
export const KANDIDAT_RELASJONER = [
  'besteforelder',
  'tante_onkel',
  'voksent_sosken',
  'annen_slekt',
  'familievenn',
  'naer_voksen',
  'annet',
] as const;
export type KandidatRelasjon = (typeof KANDIDAT_RELASJONER)[number];

export const KANDIDAT_VURDERINGER = [
  'ikke_vurdert',
  'egnet',
  'ikke_egnet',
  'onsker_ikke',
  'ikke_aktuelt_barnets_beste',
] as const;
export type KandidatVurdering = (typeof KANDIDAT_VURDERINGER)[number];

export const NETTVERKSSOK_UTFALL = ['slekt_funnet', 'ingen_egnet'] as const;
export type NettverkssokUtfall = (typeof NETTVERKSSOK_UTFALL)[number];

/**
 * Whether a placement must wait for a concluded family and network search: only an ordinary
 * (neutral) home, only when the service requires it, and only until a search is concluded.
 */
export function manglerNettverkssok(
  type: Plasseringstype,
  kreverNettverkssok: boolean,
  harAvsluttetSok: boolean,
): boolean {
  return type === 'ordinaer' && kreverNettverkssok && !harAvsluttetSok;
}

/** An urgent move to kin: point to the temporary kinship placement checklist. */
export const trengerMidlertidigSlektSjekkliste = (type: Plasseringstype, hjemmel: string) =>
  type === 'slekt_nettverk' && hjemmel === 'akutt';

export type SokForAvslutning = {
  kandidater: { vurdering: KandidatVurdering }[];
  fremgangsmater: readonly Fremgangsmate[];
};

/**
 * Why a search cannot be concluded with this outcome, as a field error code, or null when it can:
 * every person named must have been assessed; «kin found» needs someone assessed as suitable;
 * «nobody suitable» needs someone considered or at least a documented way the network was asked
 * (a child without known family still gets a network meeting or conversations).
 */
export function kanAvslutte(
  sok: SokForAvslutning,
  utfall: NettverkssokUtfall,
): { field: string; code: string } | null {
  if (sok.kandidater.some((k) => k.vurdering === 'ikke_vurdert')) {
    return { field: 'utfall', code: 'network_candidate_unassessed' };
  }
  if (utfall === 'slekt_funnet' && !sok.kandidater.some((k) => k.vurdering === 'egnet')) {
    return { field: 'utfall', code: 'network_no_suitable_candidate' };
  }
  if (sok.kandidater.length === 0 && sok.fremgangsmater.length === 0) {
    return { field: 'utfall', code: 'network_search_empty' };
  }
  return null;
}

/** The way(s) the network was asked, stored as comma-separated codes in `nettverkssok.fremgangsmate`. */
export function lesFremgangsmater(stored: string | null): Fremgangsmate[] {
  if (!stored) return [];
  return stored
    .split(',')
    .filter((s): s is Fremgangsmate => (FREMGANGSMATER as readonly string[]).includes(s));
}

export const skrivFremgangsmater = (koder: readonly Fremgangsmate[]): string | null =>
  koder.length ? [...new Set(koder)].join(',') : null;

// ---- re-recruitment ---------------------------------------------------------------------------

/**
 * Days after the move-out by which the home should have been asked about a new assignment.
 * [U] practice, not law: a month gives the family time to say goodbye and rest before the
 * question, while the home is still fresh and motivated. No setting: one constant, here.
 */
export const GJENREKRUTTERING_FRIST_DAGER = 30;

export const GJENREKRUTTERING_SVAR = ['klar', 'pause', 'nei'] as const;
export type GjenrekrutteringSvar = (typeof GJENREKRUTTERING_SVAR)[number];

/** Why a home leaves after the conversation (codes only; labels in the catalogs). */
export const GJENREKRUTTERING_ARSAKER = [
  'egen_livssituasjon',
  'alder_helse',
  'belastning',
  'misfornoyd_oppfolging',
  'vil_bare_ett_barn',
  'flyttet',
  'annet',
] as const;
export type GjenrekrutteringArsak = (typeof GJENREKRUTTERING_ARSAKER)[number];

export type GjenrekrutteringTilstand = 'apen' | 'forfalt' | 'pause' | 'pause_utlopt' | 'avsluttet';

/**
 * Where a re-recruitment stands on `today`: open (to ask before the deadline), overdue, paused
 * until a date, pause over (ask again), or closed (answered yes or no, or closed by hand).
 */
export function gjenrekrutteringTilstand(
  row: {
    frist: string;
    svar: GjenrekrutteringSvar | null;
    pauseTil: string | null;
    avsluttet: string | null;
  },
  today: string,
): GjenrekrutteringTilstand {
  if (row.avsluttet) return 'avsluttet';
  if (row.svar === 'pause' && row.pauseTil) return row.pauseTil > today ? 'pause' : 'pause_utlopt';
  return row.frist < today ? 'forfalt' : 'apen';
}

/** Whether the row belongs in the list of homes to ask now. */
export const skalSporres = (t: GjenrekrutteringTilstand) =>
  t === 'apen' || t === 'forfalt' || t === 'pause_utlopt';

/** The fields an answer needs, as a field error, or null. */
export function validerSvar(
  svar: GjenrekrutteringSvar,
  samtaleDato: string,
  pauseTil: string | null,
  arsak: string | null,
): { field: string; code: string } | null {
  if (svar === 'pause') {
    if (!pauseTil) return { field: 'pauseTil', code: 'required' };
    if (pauseTil <= samtaleDato) return { field: 'pauseTil', code: 'date_order' };
  }
  if (svar === 'nei' && !arsak) return { field: 'arsak', code: 'required' };
  return null;
}
