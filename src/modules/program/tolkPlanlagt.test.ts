import { describe, expect, it } from 'vitest';
import { Planlagt } from '@/modules/program/program.schema';
import { tolkPlanlagt } from '@/modules/program/updateSession';

const gjeldende = new Date('2026-03-20T17:00:00Z'); // 18:00 in Norway, winter time

describe('a session’s new planned time', () => {
  it('an instant with an offset or Z is taken as it is', () => {
    expect(tolkPlanlagt('2026-03-24T17:00:00Z', gjeldende).toISOString()).toBe('2026-03-24T17:00:00.000Z');
    expect(tolkPlanlagt('2026-04-24T18:00:00+02:00', gjeldende).toISOString()).toBe(
      '2026-04-24T16:00:00.000Z',
    );
  });
  it('a time without offset, as a datetime-local field sends it, is Norwegian time', () => {
    expect(tolkPlanlagt('2026-03-24T18:00', gjeldende).toISOString()).toBe('2026-03-24T17:00:00.000Z');
    expect(tolkPlanlagt('2026-04-24T18:00', gjeldende).toISOString()).toBe('2026-04-24T16:00:00.000Z');
  });
  it('a date alone keeps the session’s time of day, also after the change to summer time', () => {
    expect(tolkPlanlagt('2026-04-02', gjeldende).toISOString()).toBe('2026-04-02T16:00:00.000Z');
  });
  it('anything else is refused by the schema', () => {
    for (const v of ['i morgen', '24.03.2026', '2026-13-01', '2026-03-24T25:00'])
      expect(Planlagt.safeParse(v).success).toBe(false);
  });
});
