import { addMonths } from '@/domain/plasseringsforlop';

/**
 * Follow-up of the foster family beyond the first-year programme: the courses every foster parent
 * is offered, and the reminder when they have not been. Pure: no clock, no I/O.
 */

export const KURS = ['trygg_base', 'tbo_f', 'efst', 'grunnopplaering', 'annet'] as const;
export type Kurs = (typeof KURS)[number];

/**
 * Every foster parent is offered Trygg Base, TBO-F and EFST (seeds/001: "Alle fosterforeldre
 * tilbys …"). When the reminder starts is local practice [U]: `kursPaminnelseMaaneder`.
 */
export const ANBEFALTE_KURS: readonly Kurs[] = ['trygg_base', 'tbo_f', 'efst'];

export type KursFakta = {
  /** Move-in dates of the placements in the home (any, current or ended). */
  innflyttinger: string[];
  /** The home's foster parents. */
  fosterforeldre: { id: string }[];
  /** Courses offered (taken, declined or not yet answered). */
  tilbud: { medlemId: string; kurs: Kurs }[];
};

export type KursMangel = { medlemId: string; kurs: Kurs[] };

/**
 * The recommended courses not yet offered, per foster parent, once the home's first placement
 * began more than `maaneder` months before `today`; empty before that or when nothing is missing.
 * A course counts as offered whatever the answer: taken, declined or not yet answered.
 */
export function kursIkkeTilbudt(fakta: KursFakta, today: string, maaneder: number): KursMangel[] {
  const forste = fakta.innflyttinger.filter((d) => d <= today).sort()[0];
  if (!forste || addMonths(forste, maaneder) > today) return [];
  return fakta.fosterforeldre
    .map((f) => ({
      medlemId: f.id,
      kurs: ANBEFALTE_KURS.filter((k) => !fakta.tilbud.some((t) => t.medlemId === f.id && t.kurs === k)),
    }))
    .filter((m) => m.kurs.length > 0);
}

/** Whole years of age on `today` for a birth date, or null without one. */
export function alder(fodselsdato: string | null, today: string): number | null {
  if (!fodselsdato) return null;
  let years = Number(today.slice(0, 4)) - Number(fodselsdato.slice(0, 4));
  if (today.slice(5) < fodselsdato.slice(5)) years -= 1;
  return years < 0 ? null : years;
}
