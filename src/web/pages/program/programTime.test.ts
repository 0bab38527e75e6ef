import { describe, expect, it } from 'vitest';
import { osloLocalParts } from '@/web/pages/oppgaver/osloTime';
import { osloInstant } from '@/web/pages/program/programTime';

describe('osloInstant: a time on a Norwegian clock as an instant', () => {
  it('winter time is UTC+1, summer time UTC+2', () => {
    expect(osloInstant('2026-01-15', '18:00')).toBe('2026-01-15T17:00:00.000Z');
    expect(osloInstant('2026-06-15', '18:00')).toBe('2026-06-15T16:00:00.000Z');
  });

  it('is right on the days the clocks change', () => {
    // 29 March 2026: 02:00 → 03:00. 25 October 2026: 03:00 → 02:00.
    expect(osloInstant('2026-03-29', '18:00')).toBe('2026-03-29T16:00:00.000Z');
    expect(osloInstant('2026-03-28', '18:00')).toBe('2026-03-28T17:00:00.000Z');
    expect(osloInstant('2026-10-25', '18:00')).toBe('2026-10-25T17:00:00.000Z');
    expect(osloInstant('2026-10-24', '18:00')).toBe('2026-10-24T16:00:00.000Z');
  });

  it('round-trips through the clock shown on the page', () => {
    for (const [dato, tid] of [
      ['2026-03-29', '09:30'],
      ['2026-10-25', '23:15'],
      ['2026-12-31', '00:05'],
    ] as const) {
      expect(osloLocalParts(osloInstant(dato, tid))).toEqual({ dato, tid });
    }
  });
});
