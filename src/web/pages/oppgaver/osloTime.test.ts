import { describe, expect, it } from 'vitest';
import { osloLocalParts } from '@/web/pages/oppgaver/osloTime';

describe('a planned instant on a Norwegian clock', () => {
  it('winter time is UTC+1', () => {
    expect(osloLocalParts('2026-01-15T09:30:00.000Z')).toEqual({ dato: '2026-01-15', tid: '10:30' });
  });

  it('summer time is UTC+2, and the date follows the Norwegian day', () => {
    expect(osloLocalParts('2026-06-30T22:15:00.000Z')).toEqual({ dato: '2026-07-01', tid: '00:15' });
  });
});
