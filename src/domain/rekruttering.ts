import { addMonths } from '@/domain/plasseringsforlop';

/**
 * The recruitment pipeline for foster homes (Zip-team, seeds/003 §5.8.1; domain.md §2.4–2.6):
 * which stage follows which, what must be done before a stage can be passed, when a case may be
 * withdrawn, rejected or ended, and when a closed case is due for deletion. Pure rules, no I/O;
 * the stages and their checklist points come from content/rekruttering/pipeline.yaml.
 */

/** The stages a family passes through, in order. */
export const FASER_I_LOP = [
  'henvendelse',
  'informasjonsmote',
  'opplaering',
  'utredning',
  'godkjenning',
  'tilgjengelig',
] as const;
export type LopFase = (typeof FASER_I_LOP)[number];

/** Stages a case leaves the pipeline through. */
export const AVSLUTTENDE_FASER = ['formidlet', 'trukket', 'avslatt', 'avsluttet'] as const;
export type AvsluttendeFase = (typeof AVSLUTTENDE_FASER)[number];

export type RekrutteringFase = LopFase | AvsluttendeFase;

/** Closed cases that are deleted when the owner's retention period has run out. */
export const SLETTES_ETTER_FRIST = ['trukket', 'avslatt'] as const;

/** The retention period when a service has not set one ([U] in the issue: 12 months). */
export const STANDARD_SLETTEFRIST_MANEDER = 12;

export type Sjekkpunkt = { id: string; pakrevd: boolean; gjelder?: 'egne_barn' | undefined };
export type FaseDefinisjon = { id: string; punkter: Sjekkpunkt[] };

export const erLopFase = (fase: string): fase is LopFase => (FASER_I_LOP as readonly string[]).includes(fase);

/** The points that apply to this family: a point about the family's own children only when they have any. */
export function gjeldendePunkter(fase: FaseDefinisjon, egneBarn: number): Sjekkpunkt[] {
  return fase.punkter.filter((p) => p.gjelder !== 'egne_barn' || egneBarn > 0);
}

/** The required points of the stage not yet done, in the stage's order. */
export function manglendePunkter(
  fase: FaseDefinisjon,
  utforte: ReadonlySet<string>,
  egneBarn: number,
): string[] {
  return gjeldendePunkter(fase, egneBarn)
    .filter((p) => p.pakrevd && !utforte.has(p.id))
    .map((p) => p.id);
}

export type FaseSteg =
  | { ok: true; til: LopFase }
  | {
      ok: false;
      /**
       * `avsluttet`: the case has left the pipeline; `krever_vedtak`: the approval stage is left
       * only by the approval decision; `siste_fase`: nothing follows; `forste_fase`: nothing
       * before; `mangler_punkter`: required points are not done.
       */
      grunn: 'avsluttet' | 'krever_vedtak' | 'siste_fase' | 'forste_fase' | 'mangler_punkter';
      mangler?: string[];
    };

/**
 * The next stage, when every required point of the current one is done. The approval stage
 * (`godkjenning` → `tilgjengelig`) is passed only by registering the approval decision, never
 * by this step, so that no home becomes available without a decision.
 */
export function nesteFase(
  faser: readonly FaseDefinisjon[],
  fra: string,
  utforte: ReadonlySet<string>,
  egneBarn: number,
): FaseSteg {
  if (!erLopFase(fra)) return { ok: false, grunn: 'avsluttet' };
  if (fra === 'godkjenning') return { ok: false, grunn: 'krever_vedtak' };
  if (fra === 'tilgjengelig') return { ok: false, grunn: 'siste_fase' };
  const definisjon = faser.find((f) => f.id === fra);
  const mangler = definisjon ? manglendePunkter(definisjon, utforte, egneBarn) : [];
  if (mangler.length > 0) return { ok: false, grunn: 'mangler_punkter', mangler };
  return { ok: true, til: FASER_I_LOP[FASER_I_LOP.indexOf(fra) + 1] as LopFase };
}

/**
 * One stage back (with a note saying why), e.g. when the family needs more time before the
 * training. An available home is not moved back: that would undo an approval decision.
 */
export function forrigeFase(fra: string): FaseSteg {
  if (!erLopFase(fra)) return { ok: false, grunn: 'avsluttet' };
  if (fra === 'tilgjengelig') return { ok: false, grunn: 'krever_vedtak' };
  const i = FASER_I_LOP.indexOf(fra);
  if (i === 0) return { ok: false, grunn: 'forste_fase' };
  return { ok: true, til: FASER_I_LOP[i - 1] as LopFase };
}

/** How a case may leave the pipeline early. */
export type Avslutning = 'trukket' | 'avslatt' | 'avsluttet';

/**
 * Withdrawn (the family's choice) or rejected (the recruiter's assessment) while the family is
 * still on the way to approval; an approved, available home that leaves is `avsluttet`.
 */
export function kanAvsluttes(fase: string, utfall: Avslutning): boolean {
  if (!erLopFase(fase)) return false;
  if (utfall === 'avsluttet') return fase === 'tilgjengelig';
  return fase !== 'tilgjengelig';
}

/** The first day a withdrawn or rejected case may be deleted: the closing date plus the period. */
export function sletteDato(avsluttetDato: string, maneder: number): string {
  return addMonths(avsluttetDato, maneder);
}

/** Whether a closed case is due for deletion on `today`. Active, approved and linked cases never are. */
export function skalSlettes(
  sak: { fase: string; avsluttetDato: string | null },
  maneder: number,
  today: string,
): boolean {
  if (!(SLETTES_ETTER_FRIST as readonly string[]).includes(sak.fase) || !sak.avsluttetDato) return false;
  return today >= sletteDato(sak.avsluttetDato, maneder);
}
