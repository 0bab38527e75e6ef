import { describe, expect, it } from 'vitest';
import { grupper } from '@/domain/grupper';

describe('grupper', () => {
  it('groups by key, keeping the given order within each group and the order keys first appear', () => {
    const m = grupper(
      [
        { barn: 'a', n: 1 },
        { barn: 'b', n: 2 },
        { barn: 'a', n: 3 },
      ],
      (x) => x.barn,
    );
    expect([...m.keys()]).toEqual(['a', 'b']);
    expect(m.get('a')?.map((x) => x.n)).toEqual([1, 3]);
    expect(m.get('b')?.map((x) => x.n)).toEqual([2]);
    expect(grupper([], (x) => x).size).toBe(0);
  });
});
