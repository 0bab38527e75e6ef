import { describe, expect, it } from 'vitest';
import { blankToNull, formatSprak, parseSprak } from '@/web/pages/barn/sprakListe';

describe('languages typed as a list', () => {
  it('splits on commas, trims and drops blanks and repeats', () => {
    expect(parseSprak(' norsk, tigrinja,, Norsk ;arabisk ')).toEqual(['norsk', 'tigrinja', 'arabisk']);
    expect(parseSprak('')).toEqual([]);
  });

  it('round-trips', () => {
    expect(parseSprak(formatSprak(['norsk', 'somali']))).toEqual(['norsk', 'somali']);
  });

  it('blank optional text becomes null', () => {
    expect(blankToNull('  ')).toBeNull();
    expect(blankToNull(' Kristen ')).toBe('Kristen');
  });
});
