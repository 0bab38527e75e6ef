/**
 * Where a child stands in the placement course (seeds/004: before, during and after a move).
 * Pure functions over civil dates as 'YYYY-MM-DD' strings, which sort as dates.
 */

export type Fase = 'for_flytting' | 'innflytting' | 'oppfolging' | 'avslutning' | 'ettervern';

export type PlasseringPeriode = { innflytting: string; utflytting: string | null };

/** The first year after a move-in is the most vulnerable (seeds/004, "Innflytting"). */
export const INNFLYTTING_MANEDER = 12;

/** Aftercare may continue until 25 (bvl. § 1-2, § 3-6; domain.md §1.4). */
export const ETTERVERN_ALDER = 25;

const DAGER_I_MANED = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A civil date moved by whole months, to the last day of a shorter month (31 Jan + 1 = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  // The årshjul engine calls this a few million times over the national data set: for a
  // plain 'YYYY-MM-DD' from year 100 on, month lengths are worked out without a Date.
  if (date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45) {
    const y = Number(date.slice(0, 4));
    const total = y * 12 + (Number(date.slice(5, 7)) - 1) + months;
    const year = Math.floor(total / 12);
    const month = (total % 12) + 1;
    if (year >= 100 && month >= 1 && Number.isInteger(total)) {
      const d = Number(date.slice(8, 10));
      const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
      const last = month === 2 ? (leap ? 29 : 28) : DAGER_I_MANED[month - 1];
      return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${String(Math.min(d, last as number)).padStart(2, '0')}`;
    }
  }
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** A civil date moved by whole days (negative for earlier). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole years between the birth date and `today`. */
export function alder(fodselsdato: string, today: string): number {
  const [by, bm, bd] = fodselsdato.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/** The placement the child lives in on `today`, if any (move-out day counts as moved out). */
export function aktivPlassering<T extends PlasseringPeriode>(
  plasseringer: T[],
  today: string,
): T | undefined {
  return plasseringer.find((p) => p.innflytting <= today && (p.utflytting === null || p.utflytting > today));
}

/**
 * - før flytting: no placement has started yet (being assigned and matched);
 * - innflytting: in the first year of the current placement;
 * - oppfølging: living in the foster home for a year or more;
 * - avslutning: no longer placed, under 18;
 * - ettervern: no longer placed, 18 to 25.
 */
export function fase(fodselsdato: string, plasseringer: PlasseringPeriode[], today: string): Fase {
  const aktiv = aktivPlassering(plasseringer, today);
  if (aktiv) return addMonths(aktiv.innflytting, INNFLYTTING_MANEDER) > today ? 'innflytting' : 'oppfolging';
  const started = plasseringer.some((p) => p.innflytting <= today);
  if (!started) return 'for_flytting';
  const age = alder(fodselsdato, today);
  return age >= 18 && age < ETTERVERN_ALDER ? 'ettervern' : 'avslutning';
}

/**
 * A child lives in one place at a time: a new or changed period must not overlap another.
 * Periods are half-open [innflytting, utflytting), so a move-out and the next move-in may
 * share a date.
 */
export function overlapper(a: PlasseringPeriode, b: PlasseringPeriode): boolean {
  const aEnd = a.utflytting ?? '9999-12-31';
  const bEnd = b.utflytting ?? '9999-12-31';
  return a.innflytting < bEnd && b.innflytting < aEnd;
}

/**
 * SSB's reasons for a move from a foster home (ArsakFraType; domain.md §7) [C], with the
 * suggested classification as planned or unintended. The suggestion is Landsby's own
 * definition [U] (1.1.3, 1.1.4 and 1.2.x unintended), so the worker always decides.
 */
export const ARSAK_KODER = {
  '1.1.1': 'planlagt',
  '1.1.2': 'planlagt',
  '1.1.3': 'utilsiktet',
  '1.1.4': 'utilsiktet',
  '1.1.5': null,
  '1.2.1': 'utilsiktet',
  '1.2.2': 'utilsiktet',
  '1.2.3': 'utilsiktet',
  '1.3': 'planlagt',
} as const satisfies Record<string, 'planlagt' | 'utilsiktet' | null>;
export type ArsakKode = keyof typeof ARSAK_KODER;

/** SSB destination codes for a move (FlyttingTil; domain.md §7) [C]. */
export const FLYTTING_TIL = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;
