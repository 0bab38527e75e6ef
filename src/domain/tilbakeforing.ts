/**
 * The reunification assessment (vurderingstrakt, seeds/003 §5.6.1) and the safe reunification
 * plan (Trygg gjenforening, §5.6.2). Pure: no clock, no I/O.
 *
 * The funnel follows the legal test in barnevernsloven § 5-7 (domain.md §1.2 [C], carried over
 * from § 4-21 [S]): the care order is lifted when it is more likely than not (overveiende
 * sannsynlig) that the parents can give the child proper care (forsvarlig omsorg), unless the
 * child has become so attached to people and surroundings where it lives that moving it could
 * lead to serious problems (alvorlige problemer). The service has an active duty to work for
 * reunification and follow developments continuously (HR-2020-661-S, domain.md §1.2 [C]).
 *
 * The texts of the steps live in content/tilbakeforing/vurderingstrakt.yaml; this file owns the
 * step ids, the answers each step takes, and which decisions the answers allow.
 */

/** The steps of the funnel, in order, and the answers each takes. */
export const TRAKT_STEG = {
  /** The parents' situation now and the change since the care order. */
  endring: ['nadd', 'naer', 'pa_vei', 'ikke_startet', 'for_tidlig'],
  /** Can the parents give proper care, and is it more likely than not? */
  omsorg: ['ja', 'nei', 'uavklart'],
  /** The child's attachment where it lives, and what a move would mean. */
  tilknytning: ['ingen_alvorlige', 'alvorlige', 'uavklart'],
  /** The child's own view (bvl. § 1-4). */
  barnets_syn: ['vil_hjem', 'vil_bli', 'delt', 'ikke_uttalt'],
  /** What it would take, and whether that is realistic within the child's time. */
  hva_skal_til: ['klar_overgang', 'mer_hjelp', 'ikke_realistisk'],
} as const;

export type StegId = keyof typeof TRAKT_STEG;
export const STEG_IDS = Object.keys(TRAKT_STEG) as StegId[];

export const BESLUTNINGER = ['fremme_sak', 'fortsette_prosess', 'avslutte_mal'] as const;
export type Beslutning = (typeof BESLUTNINGER)[number];

/** One step's answer and the evidence it rests on. */
export type StegSvar = { svar: string; grunnlag: string };
export type Svar = Partial<Record<string, StegSvar>>;

/** Why a decision is not open, one code per unmet condition. */
export type Sperre =
  | 'ufullstendig'
  | 'omsorg_ikke_sannsynlig'
  | 'tilknytning_ikke_avklart'
  | 'mangler_grunn_for_avslutning';

export type Vurdering = {
  /** Steps without an answer or without the evidence it rests on. */
  mangler: { steg: StegId; felt: 'svar' | 'grunnlag' }[];
  /** Every decision, with what (if anything) stands in its way. */
  beslutninger: Record<Beslutning, Sperre[]>;
  /** For giving up the goal: the reason the answers give. */
  avslutningsgrunn: 'tilknytning' | 'omsorg' | null;
  /** Continuing while the answers say the test is met: the reasons must say why. */
  vilkarOppfylt: boolean;
};

export const erGyldigSvar = (steg: string, svar: string): boolean =>
  steg in TRAKT_STEG && (TRAKT_STEG[steg as StegId] as readonly string[]).includes(svar);

/** What a step's answer is, when it is a valid one. */
const svarPa = (svar: Svar, steg: StegId): string | null => {
  const s = svar[steg]?.svar ?? '';
  return erGyldigSvar(steg, s) ? s : null;
};

/**
 * Which decisions the answers allow:
 * - `fremme_sak` (bring the case to the board for reunification) only when the care test is
 *   answered yes and the attachment exception does not apply;
 * - `avslutte_mal` (give up the reunification goal) only with a reason in the answers: the
 *   attachment exception applies, or the parents cannot give proper care and the change needed
 *   is not realistic — otherwise the active duty means the work continues;
 * - `fortsette_prosess` (continue process work towards reunification) is always open.
 * Every decision needs every step answered with its evidence.
 */
export function vurder(svar: Svar): Vurdering {
  const mangler: Vurdering['mangler'] = [];
  for (const steg of STEG_IDS) {
    if (!svarPa(svar, steg)) mangler.push({ steg, felt: 'svar' });
    if (!(svar[steg]?.grunnlag ?? '').trim()) mangler.push({ steg, felt: 'grunnlag' });
  }
  const omsorg = svarPa(svar, 'omsorg');
  const tilknytning = svarPa(svar, 'tilknytning');
  const realistisk = svarPa(svar, 'hva_skal_til');
  const ufullstendig: Sperre[] = mangler.length ? ['ufullstendig'] : [];

  const fremme: Sperre[] = [...ufullstendig];
  if (omsorg !== 'ja') fremme.push('omsorg_ikke_sannsynlig');
  if (tilknytning !== 'ingen_alvorlige') fremme.push('tilknytning_ikke_avklart');

  const avslutningsgrunn =
    tilknytning === 'alvorlige'
      ? 'tilknytning'
      : omsorg === 'nei' && realistisk === 'ikke_realistisk'
        ? 'omsorg'
        : null;
  const avslutte: Sperre[] = [...ufullstendig];
  if (!avslutningsgrunn) avslutte.push('mangler_grunn_for_avslutning');

  return {
    mangler,
    beslutninger: { fremme_sak: fremme, fortsette_prosess: [...ufullstendig], avslutte_mal: avslutte },
    avslutningsgrunn,
    vilkarOppfylt: omsorg === 'ja' && tilknytning === 'ingen_alvorlige',
  };
}

export const tillatt = (svar: Svar, beslutning: Beslutning): boolean =>
  vurder(svar).beslutninger[beslutning].length === 0;

// ---- Trygg gjenforening ----------------------------------------------------------------------

export const GJENFORENING_STATUS = ['planlagt', 'pagar', 'fullfort'] as const;
export type GjenforeningStegStatus = (typeof GJENFORENING_STATUS)[number];

/** SSB FlyttingTil code 6: the child moved to its parents (domain.md §7). */
export const FLYTTET_TIL_FORELDRE = '6';

/**
 * A safe reunification plan is made when the service has decided to bring the case for
 * reunification, or when a care order has been lifted (the child moved home from a care-order
 * placement).
 */
export function kanStarteGjenforening(fakta: {
  sisteBeslutning: Beslutning | null;
  plasseringer: { hjemmel: string; utflytting: string | null; flyttingTil: string | null }[];
}): boolean {
  if (fakta.sisteBeslutning === 'fremme_sak') return true;
  return fakta.plasseringer.some(
    (p) => p.hjemmel === 'bvl_5_1' && p.utflytting !== null && p.flyttingTil === FLYTTET_TIL_FORELDRE,
  );
}

/** Field problems in a plan's steps: a step cannot end before it starts. */
export function stegFeil(
  steg: { fra: string | null; til: string | null }[],
): { field: string; code: 'date_order' }[] {
  return steg.flatMap((s, i) =>
    s.fra && s.til && s.til < s.fra ? [{ field: `steg.${i}.til`, code: 'date_order' as const }] : [],
  );
}
