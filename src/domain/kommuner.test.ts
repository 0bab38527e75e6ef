import { describe, expect, it } from 'vitest';
import { KOMMUNER_2024, kommunenavn } from '@/domain/kommuner';

describe('the municipalities', () => {
  it('has the 357 municipalities of 2024, 43 of them in Vestland', () => {
    expect(Object.keys(KOMMUNER_2024)).toHaveLength(357);
    expect(Object.keys(KOMMUNER_2024).filter((n) => n.startsWith('46'))).toHaveLength(43);
  });

  it('names a municipality by number, in Vestland and elsewhere', () => {
    expect(kommunenavn('4601')).toBe('Bergen');
    expect(kommunenavn('4626')).toBe('Øygarden');
    expect(kommunenavn('0301')).toBe('Oslo');
    expect(kommunenavn('9999')).toBeNull();
    expect(kommunenavn(null)).toBeNull();
    expect(kommunenavn('')).toBeNull();
  });
});
