import { describe, expect, it } from 'vitest';
import { alderFra, civilDateValue, daysBetween, isIsoDate, osloToday } from '@/web/i18n/dates';

describe('civil dates', () => {
  it('keep their calendar day when formatted in Europe/Oslo', () => {
    const format = (d: string) =>
      new Intl.DateTimeFormat('nb', { timeZone: 'Europe/Oslo', dateStyle: 'short' }).format(
        civilDateValue(d),
      );
    expect(format('2026-01-01')).toBe('01.01.2026');
    expect(format('2026-03-29')).toBe('29.03.2026'); // the day summer time starts
    expect(format('2026-10-25')).toBe('25.10.2026'); // the day it ends
  });

  it('today is the date in Oslo, not in UTC', () => {
    expect(osloToday(new Date('2026-05-31T22:30:00Z'))).toBe('2026-06-01');
    expect(osloToday(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
  });

  it('counts days between dates across summer time', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-06-10', '2026-06-01')).toBe(-9);
  });

  it('recognises ISO dates only', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('28.02.2026')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });
});

describe('age', () => {
  it('counts whole years, the birthday included', () => {
    expect(alderFra('2012-06-15', '2026-06-14')).toBe(13);
    expect(alderFra('2012-06-15', '2026-06-15')).toBe(14);
  });
});
