import { TIME_ZONE } from '@/web/i18n/locale';

/** Minutes Europe/Oslo is ahead of UTC at this instant (60 in winter, 120 in summer). */
function osloOffsetMinutes(at: number): number {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(at));
  const n = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'));
  return Math.round((asUtc - at) / 60_000);
}

/**
 * A date ('YYYY-MM-DD') and a time ('HH:mm') on a clock in Norway, as an ISO instant in UTC.
 * Right on both sides of a daylight-saving change (the offset is read at the instant itself).
 */
export function osloInstant(dato: string, tid: string): string {
  const [y, m, d] = dato.split('-').map(Number) as [number, number, number];
  const [hh, mm] = tid.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  let instant = wall - osloOffsetMinutes(wall) * 60_000;
  instant = wall - osloOffsetMinutes(instant) * 60_000;
  return new Date(instant).toISOString();
}
