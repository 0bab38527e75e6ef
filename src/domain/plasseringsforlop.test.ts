import { describe, expect, it } from 'vitest';
import { addMonths, aktivPlassering, alder, fase, overlapper } from '@/domain/plasseringsforlop';

const born = '2012-05-10';

describe('the phase in the placement course (seeds/004)', () => {
  it('is "before the move" while no placement has started', () => {
    expect(fase(born, [], '2026-01-01')).toBe('for_flytting');
    expect(fase(born, [{ innflytting: '2026-02-01', utflytting: null }], '2026-01-01')).toBe('for_flytting');
  });

  it('is "moving in" during the first, vulnerable year', () => {
    expect(fase(born, [{ innflytting: '2025-06-01', utflytting: null }], '2026-05-31')).toBe('innflytting');
  });

  it('is "follow-up" from one year after the move-in', () => {
    expect(fase(born, [{ innflytting: '2025-06-01', utflytting: null }], '2026-06-01')).toBe('oppfolging');
  });

  it('starts again at "moving in" after a move to a new home', () => {
    const p = [
      { innflytting: '2019-01-01', utflytting: '2026-01-15' },
      { innflytting: '2026-01-15', utflytting: null },
    ];
    expect(fase(born, p, '2026-03-01')).toBe('innflytting');
  });

  it('is "ending" when the child no longer lives in a foster home before 18', () => {
    expect(fase(born, [{ innflytting: '2019-01-01', utflytting: '2025-08-01' }], '2026-01-01')).toBe(
      'avslutning',
    );
  });

  it('is "aftercare" between 18 and 25 (bvl. § 1-2, § 3-6)', () => {
    const p = [{ innflytting: '2019-01-01', utflytting: '2030-05-10' }];
    expect(fase(born, p, '2030-06-01')).toBe('ettervern');
    expect(fase(born, p, '2037-05-10')).toBe('avslutning');
  });
});

describe('dates', () => {
  it('counts whole years of age', () => {
    expect(alder('2012-05-10', '2026-05-09')).toBe(13);
    expect(alder('2012-05-10', '2026-05-10')).toBe(14);
  });

  it('adds months without running past the end of a month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-03-15', -5)).toBe('2025-10-15');
  });

  it('treats the move-out day as the first day somewhere else', () => {
    const p = [{ innflytting: '2020-01-01', utflytting: '2026-01-15' }];
    expect(aktivPlassering(p, '2026-01-14')).toBeDefined();
    expect(aktivPlassering(p, '2026-01-15')).toBeUndefined();
  });

  it('finds overlapping placements, and lets one end where the next begins', () => {
    const a = { innflytting: '2020-01-01', utflytting: '2026-01-15' };
    expect(overlapper(a, { innflytting: '2026-01-15', utflytting: null })).toBe(false);
    expect(overlapper(a, { innflytting: '2026-01-14', utflytting: null })).toBe(true);
    expect(
      overlapper(
        { innflytting: '2020-01-01', utflytting: null },
        { innflytting: '2030-01-01', utflytting: null },
      ),
    ).toBe(true);
  });
});
