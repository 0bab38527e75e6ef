import { describe, expect, it } from 'vitest';
import { isSynthetic, parseFodselsnummer, syntheticFodselsnummer } from '@/domain/fodselsnummer';
import { createRandom } from '@/seed/names';

// Test numbers are the published vectors from domain.md §8, synthetic numbers (month + 80), or
// numbers with a birth date after today, so that none of them can belong to a real person.

/** k2 for ten digits by the recipe in domain.md §8; null when it would be 10. */
function k2For(ten: string): number | null {
  const w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const k = 11 - ([...ten].reduce((sum, d, i) => sum + Number(d) * (w2[i] ?? 0), 0) % 11);
  return k === 11 ? 0 : k === 10 ? null : k;
}

describe('fødselsnummer: check digits (Skatteetaten nyttfnr2032.md)', () => {
  it('02013299997 is valid under both rules, so the classic (pre-2032) rule is reported', () => {
    expect(parseFodselsnummer('02013299997')).toEqual({
      ok: true,
      value: '02013299997',
      kind: 'fnr',
      dNummer: false,
      birthDate: '2032-01-02',
      rule: 'pre2032',
    });
  });

  it('30108299939 is valid only under the 2032 rule, and then the century cannot be derived', () => {
    expect(parseFodselsnummer('30108299939')).toMatchObject({
      ok: true,
      kind: 'fnr',
      birthDate: null,
      rule: '2032',
    });
  });

  it('rejects a wrong second check digit', () => {
    expect(parseFodselsnummer('02013299996')).toEqual({ ok: false, reason: 'kontrollsiffer' });
    expect(parseFodselsnummer('29822450074')).toEqual({ ok: false, reason: 'kontrollsiffer' });
  });

  it('rejects a wrong first check digit', () => {
    // 020132999 has S1 mod 11 = 2: only k1 ∈ {9, 0, 1} give (S1 + k1) mod 11 ∈ {0, 1, 2, 3}.
    expect(parseFodselsnummer('02013299957')).toEqual({ ok: false, reason: 'kontrollsiffer' });
  });

  it('from 2032, k1 may take any value with (S1 + k1) mod 11 ∈ {0, 1, 2, 3}; k2 is unchanged', () => {
    const nine = '020132999';
    for (let k1 = 0; k1 <= 9; k1++) {
      const k2 = k2For(`${nine}${k1}`);
      if (k2 === null) continue;
      const result = parseFodselsnummer(`${nine}${k1}${k2}`);
      if (k1 === 9) expect(result).toMatchObject({ ok: true, rule: 'pre2032' });
      else if (k1 === 0 || k1 === 1)
        expect(result).toMatchObject({ ok: true, rule: '2032', birthDate: null });
      else expect(result).toEqual({ ok: false, reason: 'kontrollsiffer' });
    }
  });
});

describe('fødselsnummer: format', () => {
  it('allows spaces and strips them', () => {
    expect(parseFodselsnummer(' 020132 99997 ')).toMatchObject({ ok: true, value: '02013299997' });
  });

  it.each(['', '0201329999', '020132999970', '0201329999x', '020132-99997'])('rejects "%s"', (input) => {
    expect(parseFodselsnummer(input)).toEqual({ ok: false, reason: 'format' });
  });
});

describe('fødselsnummer: the birth date must be a real calendar date', () => {
  it('rejects 31 February', () => {
    expect(parseFodselsnummer('31829000051')).toEqual({ ok: false, reason: 'dato' });
  });

  it('accepts 29 February 2024 (a leap year)', () => {
    expect(parseFodselsnummer('29822450073')).toMatchObject({ ok: true, birthDate: '2024-02-29' });
  });

  it('rejects 29 February 2023 (not a leap year), before looking at the check digits', () => {
    expect(parseFodselsnummer('29822350052')).toEqual({ ok: false, reason: 'dato' });
  });

  it.each([
    ['day 00', '00818000000'],
    ['day 32', '32818000000'],
    ['D-number day 72 (31 + 41)', '72818000000'],
    ['month 00', '01008000000'],
    ['month 13', '01138000000'],
    ['month 53 (13 + 40)', '01538000000'],
    ['month 93 (13 + 80)', '01938000000'],
  ])('rejects %s', (_label, input) => {
    expect(parseFodselsnummer(input)).toEqual({ ok: false, reason: 'dato' });
  });
});

describe('fødselsnummer: century from the individual number (pre-2032 table)', () => {
  it.each([
    ['500–749 with YY ≥ 54 → 1854–1899', '01818050034', '1880-01-01'],
    ['000–499 → 1900–1999', '01812500046', '1925-01-01'],
    ['900–999 with YY ≥ 40 → 1940–1999', '01815590186', '1955-01-01'],
    ['500–999 with YY ≤ 39 → 2000–2039', '01811050047', '2010-01-01'],
  ])('%s', (_label, input, birthDate) => {
    expect(parseFodselsnummer(input)).toMatchObject({ ok: true, rule: 'pre2032', birthDate });
  });

  it.each([
    ['750–899 with YY ≥ 40', '01815080048'],
    ['500–749 with YY 40–53', '01814560089'],
  ])('an individual number outside the table (%s) gives no birth date', (_label, input) => {
    expect(parseFodselsnummer(input)).toMatchObject({ ok: true, rule: 'pre2032', birthDate: null });
  });

  it('29.02.00 with individual number 000–499 (1900, not a leap year) has no pre-2032 birth date', () => {
    // Only a number issued under the 2032 rule (to someone born 29.02.2000) can look like this.
    expect(parseFodselsnummer('29820000100')).toMatchObject({ ok: true, birthDate: null });
  });
});

describe('D-nummer: day + 40 (SSB SsnValidationUtils.kt)', () => {
  it('reads day 42 as the 2nd and reports a D-number', () => {
    expect(parseFodselsnummer('42013250183')).toEqual({
      ok: true,
      value: '42013250183',
      kind: 'dnr',
      dNummer: true,
      birthDate: '2032-01-02',
      rule: 'pre2032',
    });
    expect(parseFodselsnummer('02013250009')).toMatchObject({
      ok: true,
      kind: 'fnr',
      birthDate: '2032-01-02',
    });
  });
});

describe('synthetic test numbers', () => {
  it('month + 80 is a Skatteetaten synthetic number (Digdir "ID-porten testbrukere")', () => {
    const result = parseFodselsnummer('29822450073');
    expect(result).toMatchObject({
      ok: true,
      kind: 'syntetisk_skatt',
      dNummer: false,
      birthDate: '2024-02-29',
    });
    expect(isSynthetic(result)).toBe(true);
  });

  it('month + 40 is a NAV/Dolly synthetic number: 15507600333', () => {
    const result = parseFodselsnummer('15507600333');
    expect(result).toMatchObject({
      ok: true,
      kind: 'syntetisk_nav',
      dNummer: false,
      birthDate: '1976-10-15',
    });
    expect(isSynthetic(result)).toBe(true);
  });

  it('55507608360 is its D-number form: still synthetic, with the D-number flag', () => {
    const result = parseFodselsnummer('55507608360');
    expect(result).toMatchObject({ ok: true, kind: 'syntetisk_nav', dNummer: true, birthDate: '1976-10-15' });
    expect(isSynthetic(result)).toBe(true);
  });

  it('ordinary numbers, D-numbers and invalid input are not synthetic', () => {
    expect(isSynthetic(parseFodselsnummer('02013299997'))).toBe(false);
    expect(isSynthetic(parseFodselsnummer('42013250183'))).toBe(false);
    expect(isSynthetic(parseFodselsnummer('29822350052'))).toBe(false);
  });
});

describe('syntheticFodselsnummer', () => {
  it('gives month + 80 and check digits under the classic rule', () => {
    const value = syntheticFodselsnummer('2024-02-29', () => 0);
    expect(value.slice(0, 6)).toBe('298224');
    expect(parseFodselsnummer(value)).toMatchObject({ ok: true, kind: 'syntetisk_skatt', rule: 'pre2032' });
  });

  it('500 generated numbers for dates 1950–2025 all parse back as syntetisk_skatt with the same date', () => {
    const random = createRandom(20321);
    const start = Date.UTC(1950, 0, 1);
    const span = Date.UTC(2025, 11, 31) - start;
    for (let i = 0; i < 500; i++) {
      const birthDate = new Date(start + Math.floor(random() * span)).toISOString().slice(0, 10);
      const value = syntheticFodselsnummer(birthDate, random);
      expect(parseFodselsnummer(value), `${birthDate} → ${value}`).toEqual({
        ok: true,
        value,
        kind: 'syntetisk_skatt',
        dNummer: false,
        birthDate,
        rule: 'pre2032',
      });
    }
  });

  it('covers the ends of the century table', () => {
    for (const birthDate of [
      '1854-01-01',
      '1899-12-31',
      '1900-01-01',
      '1939-12-31',
      '1940-01-01',
      '2039-12-31',
    ]) {
      expect(parseFodselsnummer(syntheticFodselsnummer(birthDate, Math.random))).toMatchObject({ birthDate });
    }
  });

  it('the same random source gives the same number', () => {
    expect(syntheticFodselsnummer('2015-06-15', createRandom(7))).toBe(
      syntheticFodselsnummer('2015-06-15', createRandom(7)),
    );
  });

  it('the 9th digit is odd for a man and even for a woman when asked for', () => {
    const random = createRandom(3);
    for (let i = 0; i < 50; i++) {
      expect(Number(syntheticFodselsnummer('1988-03-04', random, 'mann')[8]) % 2).toBe(1);
      expect(Number(syntheticFodselsnummer('1988-03-04', random, 'kvinne')[8]) % 2).toBe(0);
    }
  });

  it('refuses dates that do not exist or that the century table does not cover', () => {
    expect(() => syntheticFodselsnummer('2023-02-29', Math.random)).toThrow(RangeError);
    expect(() => syntheticFodselsnummer('15.06.2015', Math.random)).toThrow(RangeError);
    expect(() => syntheticFodselsnummer('1853-12-31', Math.random)).toThrow(RangeError);
    expect(() => syntheticFodselsnummer('2040-01-01', Math.random)).toThrow(RangeError);
  });
});
