import { describe, expect, it } from 'vitest';
import {
  dagerIPerioden,
  etterlevelse,
  flyttemal,
  medianVarighet,
  type PlasseringFakta,
  skjul,
} from '@/domain/innsikt';

const periode = { fra: '2025-01-01', til: '2025-12-31' };
const p = (x: Partial<PlasseringFakta> & Pick<PlasseringFakta, 'id' | 'innflytting'>): PlasseringFakta => ({
  barnId: x.id,
  utflytting: null,
  plasseringstype: 'ordinaer',
  forsterket: false,
  avslutning: null,
  initiativ: null,
  arsakKode: null,
  ...x,
});

describe('placement-days in a period', () => {
  it('counts only the part inside the period when a placement spans its start', () => {
    expect(dagerIPerioden({ innflytting: '2024-06-01', utflytting: '2025-01-11' }, periode)).toBe(10);
  });
  it('counts a whole year for a placement ongoing throughout', () => {
    expect(dagerIPerioden({ innflytting: '2020-01-01', utflytting: null }, periode)).toBe(365);
  });
  it('does not count the move-out day, and a move on the last day leaves 364 days', () => {
    expect(dagerIPerioden({ innflytting: '2020-01-01', utflytting: '2025-12-31' }, periode)).toBe(364);
  });
});

describe('unintended moves (hand-computed)', () => {
  // Child a: several moves — an emergency home, an unintended breakdown in the first year, then a kin home.
  // Child b: ongoing since before the period. Child c: planned move on the last day of the period.
  const data = [
    p({
      id: 'a1',
      barnId: 'a',
      innflytting: '2024-11-01',
      utflytting: '2025-01-15',
      plasseringstype: 'beredskap',
      avslutning: 'planlagt',
      arsakKode: '1.1.1',
    }),
    p({
      id: 'a2',
      barnId: 'a',
      innflytting: '2025-01-15',
      utflytting: '2025-07-15',
      avslutning: 'utilsiktet',
      initiativ: 'fosterforeldre',
      arsakKode: '1.2.1',
    }),
    p({ id: 'a3', barnId: 'a', innflytting: '2025-07-15', plasseringstype: 'slekt_nettverk' }),
    p({ id: 'b1', barnId: 'b', innflytting: '2019-03-01', forsterket: true }),
    p({
      id: 'c1',
      barnId: 'c',
      innflytting: '2022-02-01',
      utflytting: '2025-12-31',
      avslutning: 'planlagt',
      arsakKode: '1.1.2',
    }),
    p({
      id: 'd1',
      barnId: 'd',
      innflytting: '2015-01-01',
      utflytting: '2020-01-01',
      avslutning: 'utilsiktet',
    }),
  ];
  const m = flyttemal(data, periode);

  it('counts the placements and children of the period, not those ended before it', () => {
    expect(m.plasseringer).toBe(5);
    expect(m.barn).toBe(3);
  });

  it('gives unintended moves per 100 placement-years and as a share of ended placements', () => {
    // Days: a1 14, a2 181, a3 170, b1 365, c1 364 = 1094 days = 2.995 years; 1 unintended.
    expect(m.plasseringsar).toBe(3);
    expect(m.utilsiktetPer100Ar).toBe(33.4);
    expect(m.avsluttet).toBe(3);
    expect(m.utilsiktet).toBe(1);
    expect(m.utilsiktetAndel).toBeCloseTo(1 / 3);
  });

  it('gives the share ending unintentionally in the first year', () => {
    // Cohort: a2 (broke down before its first anniversary, in the period) and a1 is not (ended before a year,
    // but planned, and its anniversary 2025-11-01 came after its move-out). No other first year ends in 2025.
    expect(m.forsteAr).toEqual({ kohort: 1, utilsiktet: 1, andel: 1 });
  });

  it('splits by placement type, initiative and reason', () => {
    expect(m.etterType.ordinaer).toEqual({ avsluttet: 2, utilsiktet: 1 });
    expect(m.etterType.beredskap).toEqual({ avsluttet: 1, utilsiktet: 0 });
    expect(m.etterInitiativ).toEqual({ fosterforeldre: 1 });
    expect(m.etterArsak).toEqual({ '1.2.1': 1 });
  });
});

describe('median placement length (Kaplan–Meier)', () => {
  it('treats ongoing placements as censored, not ended', () => {
    const data = [
      { innflytting: '2025-01-01', utflytting: '2025-01-11' }, // 10 days, ended
      { innflytting: '2025-01-01', utflytting: '2025-01-21' }, // 20 days, ended
      { innflytting: '2020-01-01', utflytting: null }, // long, ongoing
      { innflytting: '2019-01-01', utflytting: null }, // long, ongoing
    ];
    // S(10) = 3/4, S(20) = 3/4 · 2/3 = 1/2 → median 20 days. A naive median of the ended ones would say 15.
    expect(medianVarighet(data, '2025-12-31')).toBe(20);
  });

  it('is unknown while fewer than half have ended', () => {
    expect(medianVarighet([{ innflytting: '2025-01-01', utflytting: null }], '2025-12-31')).toBeNull();
  });
});

describe('statutory compliance over the last twelve months', () => {
  it('counts a child as compliant only when every visit that fell due was done by its deadline', () => {
    const o = (barnId: string, frist: string, fullfortDato: string | null, regel = 'oppfolgingsbesok') => ({
      barnId,
      regel,
      frist,
      fullfortDato,
      avvikNyFrist: null,
    });
    const e = etterlevelse(
      [
        o('a', '2025-03-01', '2025-02-10'),
        o('a', '2025-06-01', '2025-05-30'),
        o('b', '2025-03-01', '2025-03-05'), // late
        o('b', '2025-06-01', '2025-06-01'),
        o('c', '2024-06-01', null), // outside the twelve months
        o('a', '2025-04-01', '2025-04-10', 'tilsynsrapport'),
        o('b', '2025-04-01', '2025-03-25', 'tilsynsrapport'),
      ],
      '2025-12-31',
    );
    expect(e.oppfolgingsbesok).toEqual({ barn: 2, oppfylt: 1, andel: 0.5 });
    expect(e.tilsynsrapporter).toEqual({ antall: 2, iTide: 1, andel: 0.5 });
  });
});

describe('small numbers', () => {
  it('hides counts from 1 to 4', () => {
    expect([0, 1, 4, 5, 12].map(skjul)).toEqual([0, null, null, 5, 12]);
  });
});
