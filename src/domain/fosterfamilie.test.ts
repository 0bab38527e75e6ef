import { describe, expect, it } from 'vitest';
import { alder, kursIkkeTilbudt } from '@/domain/fosterfamilie';

const fakta = {
  innflyttinger: ['2026-01-10'],
  fosterforeldre: [{ id: 'm1' }, { id: 'm2' }],
  tilbud: [
    { medlemId: 'm1', kurs: 'trygg_base' as const },
    { medlemId: 'm1', kurs: 'tbo_f' as const },
    { medlemId: 'm1', kurs: 'efst' as const },
    { medlemId: 'm2', kurs: 'grunnopplaering' as const },
    { medlemId: 'm2', kurs: 'tbo_f' as const },
  ],
};

describe('courses offered to every foster parent (seeds/001)', () => {
  it('is quiet until the first placement began more than the set number of months ago', () => {
    expect(kursIkkeTilbudt(fakta, '2026-07-09', 6)).toEqual([]);
    expect(kursIkkeTilbudt(fakta, '2026-07-10', 6)).toEqual([
      { medlemId: 'm2', kurs: ['trygg_base', 'efst'] },
    ]);
    expect(kursIkkeTilbudt(fakta, '2026-04-10', 3)).toHaveLength(1);
  });

  it('counts the earliest move-in, and nothing without a placement', () => {
    expect(
      kursIkkeTilbudt({ ...fakta, innflyttinger: ['2026-06-01', '2025-01-01'] }, '2026-03-01', 6),
    ).toHaveLength(1);
    expect(kursIkkeTilbudt({ ...fakta, innflyttinger: [] }, '2030-01-01', 6)).toEqual([]);
    // A planned move-in in the future does not start the clock.
    expect(kursIkkeTilbudt({ ...fakta, innflyttinger: ['2031-01-01'] }, '2030-01-01', 6)).toEqual([]);
  });

  it('an offer counts whether it was taken, declined or not yet answered; other courses do not count', () => {
    const alle = {
      ...fakta,
      tilbud: [...fakta.tilbud, { medlemId: 'm2', kurs: 'annet' as const }],
    };
    expect(kursIkkeTilbudt(alle, '2027-01-01', 6)[0]?.kurs).toEqual(['trygg_base', 'efst']);
    const ferdig = {
      ...fakta,
      tilbud: [
        ...fakta.tilbud,
        { medlemId: 'm2', kurs: 'trygg_base' as const },
        { medlemId: 'm2', kurs: 'efst' as const },
      ],
    };
    expect(kursIkkeTilbudt(ferdig, '2027-01-01', 6)).toEqual([]);
  });
});

describe('age', () => {
  it('counts whole years, turning on the birthday', () => {
    expect(alder('2015-03-10', '2026-03-09')).toBe(10);
    expect(alder('2015-03-10', '2026-03-10')).toBe(11);
    expect(alder(null, '2026-03-10')).toBeNull();
  });
});
