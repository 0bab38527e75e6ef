/**
 * Norwegian identity numbers: fødselsnummer, D-nummer and synthetic test numbers.
 * Pure functions, no I/O. Every rule cites its source as given in shared/domain.md §8.
 *
 * Layout `DDMMYY iii k1 k2` (11 digits): birth date, individual number (*individnummer*),
 * two check digits.
 * Source: Skatteetaten `folkeregisteret-api-dokumentasjon`, `src/om-tjenestene/nyttfnr2032.md`.
 */

/**
 * - `fnr`: ordinary fødselsnummer.
 * - `dnr`: D-nummer (day + 40), for people not (yet) resident.
 * - `syntetisk_skatt`: Skatteetaten/Tenor synthetic test number (month + 80).
 * - `syntetisk_nav`: NAV/Dolly synthetic test number (month + 40, the old H-nummer offset).
 */
export type FodselsnummerKind = 'fnr' | 'dnr' | 'syntetisk_skatt' | 'syntetisk_nav';

/** Which check-digit rule the number satisfies (see `parseFodselsnummer`). */
export type Kontrollregel = 'pre2032' | '2032';

export type GyldigFodselsnummer = {
  ok: true;
  /** The 11 digits, spaces removed. */
  value: string;
  /** Synthetic kinds win over `dnr`: a synthetic D-number is `syntetisk_*` with `dNummer: true`. */
  kind: FodselsnummerKind;
  /** Day + 40 (D-number form), also for synthetic numbers. */
  dNummer: boolean;
  /**
   * The birth date as `YYYY-MM-DD`, when the century can be derived from the individual number.
   * Null when only the 2032 rule holds, or when the individual number is outside the pre-2032 table.
   */
  birthDate: string | null;
  rule: Kontrollregel;
};

export type UgyldigFodselsnummer = {
  ok: false;
  /** format: not 11 digits; dato: no such day/month; kontrollsiffer: check digits do not match. */
  reason: 'format' | 'dato' | 'kontrollsiffer';
};

export type FodselsnummerResult = GyldigFodselsnummer | UgyldigFodselsnummer;

/**
 * Weights for the first check digit over digits 1–9, and for the second over digits 1–10.
 * Source: Skatteetaten `folkeregisteret-api-dokumentasjon` `nyttfnr2032.md`. SSB's validator uses the
 * same weights with weight 1 on the check digit itself, so that a valid number sums to 0 mod 11
 * (`statisticsnorway/kostra-kontrollprogram` `SsnValidationUtils.kt`: CONTROL_SUM_DIGITS_1 =
 * 3,7,6,1,8,9,4,5,2,1 and CONTROL_SUM_DIGITS_2 = 5,4,3,2,7,6,5,4,3,2,1).
 */
const W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2, 1] as const;
const W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1] as const;

function weightedSum(digits: readonly number[], weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (digits[i] ?? 0) * (weights[i] ?? 0);
  return sum;
}

type CheckDigits = { classic: boolean; rule2032: boolean };

/**
 * Checks k1 and k2 on the digits as written (not normalised).
 *
 * Classic rule (numbers issued before 2032): (S1 + k1) mod 11 == 0 and (S2 + k2) mod 11 == 0,
 * i.e. k = 11 − (S mod 11), 11 → 0, 10 → no valid number.
 * Source: Skatteetaten `folkeregisteret-api-dokumentasjon` `nyttfnr2032.md`;
 * SSB `kostra-kontrollprogram` `SsnValidationUtils.kt` (weight 1 on the check digit, sum mod 11 == 0).
 *
 * 2032 rule (numbers issued from 1 Jan 2032, also to people born earlier): k1 may be
 * {11,12,13,14} − (S1 mod 11), i.e. (S1 + k1) mod 11 ∈ {0,1,2,3}; k2 unchanged. Systems must
 * accept both rules in parallel. Source: Skatteetaten `nyttfnr2032.md`.
 */
function checkDigits(digits: readonly number[]): CheckDigits {
  const k2ok = weightedSum(digits, W2) % 11 === 0;
  const r1 = weightedSum(digits, W1) % 11;
  return { classic: k2ok && r1 === 0, rule2032: k2ok && r1 <= 3 };
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * The century of the birth year from the individual number and the two-digit year (pre-2032 rule):
 * 000–499 → 1900–1999; 500–749 with YY ≥ 54 → 1854–1899; 500–999 with YY ≤ 39 → 2000–2039;
 * 900–999 with YY ≥ 40 → 1940–1999. Other combinations were never issued before 2032: null.
 * Source: Skatteetaten rules as quoted in `aslakhol/fodselsnummer` README and
 * `pi3k14/NorskeForhold` `Fødselsnummer.cs` (domain.md §8). From 2032 the century can no longer
 * be derived; read it from the population register (Skatteetaten `nyttfnr2032.md`).
 */
function centuryFor(individnummer: number, yy: number): 1800 | 1900 | 2000 | null {
  if (individnummer <= 499) return 1900;
  if (individnummer <= 749 && yy >= 54) return 1800;
  if (yy <= 39) return 2000;
  if (individnummer >= 900) return 1900;
  return null;
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const isoDate = (year: number, month: number, day: number) => `${year}-${pad2(month)}-${pad2(day)}`;

/**
 * Parses and validates a fødselsnummer, D-nummer or synthetic test number.
 *
 * Recipe (domain.md §8): strip spaces; require 11 digits; normalise day −40 (D-nummer) and month
 * −80 (Skatteetaten synthetic) or −40 (NAV/Dolly synthetic); validate the date; validate the check
 * digits on the original digits under the classic rule or the 2032 rule.
 *
 * `rule` is `pre2032` when the classic rule holds, else `2032`. The birth date's century is derived
 * from the individual number only under the classic rule; when only the 2032 rule holds it cannot
 * be derived and `birthDate` is null. The date is then only required to exist in some century
 * (29 February needs a year divisible by four).
 *
 * Synthetic numbers are reported, not rejected: rejecting them in production is the caller's job.
 */
export function parseFodselsnummer(input: string): FodselsnummerResult {
  const value = input.replace(/\s/g, '');
  if (!/^\d{11}$/.test(value)) return { ok: false, reason: 'format' };
  const digits = [...value].map(Number);
  const num = (from: number, to: number) => Number(value.slice(from, to));

  let day = num(0, 2);
  let month = num(2, 4);
  const yy = num(4, 6);
  const individnummer = num(6, 9);

  // D-nummer: the first digit + 4, i.e. day + 40. Source: SSB `kostra-kontrollprogram`
  // `SsnValidationUtils.kt` (`convertDNumber`).
  const dNummer = day > 40;
  if (dNummer) day -= 40;

  // Synthetic test numbers. Skatteetaten/Tenor: month + 80 ("syntetiske testbrukere har en
  // personidentifikator der man som hovedregel har plusset på 80 på fødselsmåneden og
  // kontrollsifferene er regnet ut i fra det"). Source: Digdir docs "ID-porten testbrukere",
  // "KRR testbrukere". NAV/Dolly: month + 40 ("Nav/Dolly har +40 på måned"). Source: navikt test code.
  let kind: FodselsnummerKind = dNummer ? 'dnr' : 'fnr';
  if (month > 80) {
    month -= 80;
    kind = 'syntetisk_skatt';
  } else if (month > 40) {
    month -= 40;
    kind = 'syntetisk_nav';
  }

  const check = checkDigits(digits);
  const century = check.classic ? centuryFor(individnummer, yy) : null;
  const derivedYear = century === null ? null : century + yy;

  let birthDate: string | null = null;
  if (derivedYear !== null && isCalendarDate(derivedYear, month, day)) {
    birthDate = isoDate(derivedYear, month, day);
  } else {
    // Century unknown (or the derived one has no such day, which only a number issued under the
    // 2032 rule can produce): the day must exist in at least one century.
    const exists = [1800, 1900, 2000].some((c) => isCalendarDate(c + yy, month, day));
    if (!exists) return { ok: false, reason: 'dato' };
  }

  if (!check.rule2032) return { ok: false, reason: 'kontrollsiffer' };
  return { ok: true, value, kind, dNummer, birthDate, rule: check.classic ? 'pre2032' : '2032' };
}

/** True for Skatteetaten (+80) and NAV/Dolly (+40) synthetic test numbers. */
export function isSynthetic(result: FodselsnummerResult): boolean {
  return result.ok && (result.kind === 'syntetisk_skatt' || result.kind === 'syntetisk_nav');
}

/**
 * Individual-number ranges that give each birth year under the pre-2032 century table
 * (see `centuryFor`; source: `aslakhol/fodselsnummer` README, `pi3k14/NorskeForhold`).
 */
function individnummerRanges(year: number): [number, number][] {
  if (year >= 1854 && year <= 1899) return [[500, 749]];
  if (year >= 1900 && year <= 1939) return [[0, 499]];
  if (year >= 1940 && year <= 1999)
    return [
      [0, 499],
      [900, 999],
    ];
  if (year >= 2000 && year <= 2039) return [[500, 999]];
  throw new RangeError(`Birth year ${year} is outside 1854–2039, which the pre-2032 table covers`);
}

/**
 * Check digit k = 11 − (S mod 11), 11 → 0; null when it would be 10 (no valid number).
 * Source: Skatteetaten `folkeregisteret-api-dokumentasjon` `nyttfnr2032.md`.
 */
function classicCheckDigit(digits: readonly number[], weights: readonly number[]): number | null {
  const k = 11 - (weightedSum(digits, weights.slice(0, -1)) % 11);
  if (k === 11) return 0;
  return k === 10 ? null : k;
}

/**
 * A Skatteetaten-style synthetic test number (month + 80) for `birthDate` (`YYYY-MM-DD`), with
 * check digits computed on the synthetic digits under the classic rule, and an individual number
 * consistent with the century table, so that `parseFodselsnummer` gives back the same birth date.
 * No real person can hold such a number (Digdir "ID-porten testbrukere": month + 80).
 *
 * `kjonn` picks the parity of the individual number's last digit (the 9th digit): odd = male,
 * even = female (pre-2032 rule, domain.md §8).
 *
 * Individual numbers whose k1 or k2 would be 10 are skipped; `random` (in [0, 1)) picks among the rest.
 */
export function syntheticFodselsnummer(
  birthDate: string,
  random: () => number,
  kjonn?: 'kvinne' | 'mann',
): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  if (!match) throw new RangeError(`Expected a date as YYYY-MM-DD, got "${birthDate}"`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isCalendarDate(year, month, day)) throw new RangeError(`No such date: ${birthDate}`);

  const prefix = `${pad2(day)}${pad2(month + 80)}${pad2(year % 100)}`;
  const candidates: string[] = [];
  for (const [from, to] of individnummerRanges(year)) {
    for (let i = from; i <= to; i++) {
      if (kjonn && (i % 2 === 1) !== (kjonn === 'mann')) continue;
      const nine = [...`${prefix}${String(i).padStart(3, '0')}`].map(Number);
      const k1 = classicCheckDigit(nine, W1);
      if (k1 === null) continue;
      const k2 = classicCheckDigit([...nine, k1], W2);
      if (k2 === null) continue;
      candidates.push(`${nine.join('')}${k1}${k2}`);
    }
  }
  const index = Math.min(candidates.length - 1, Math.max(0, Math.floor(random() * candidates.length)));
  const chosen = candidates[index];
  if (chosen === undefined) throw new RangeError(`No valid individual number for ${birthDate}`);
  return chosen;
}
