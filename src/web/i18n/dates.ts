import { TIME_ZONE } from '@/web/i18n/locale';

/**
 * Civil dates ('YYYY-MM-DD': birth dates, move-in, agreement ends) are days, not instants.
 * To format one with Intl in Europe/Oslo without it slipping a day, it is read as noon UTC,
 * which is the same calendar day in Oslo all year.
 */
export function civilDateValue(date: string): Date {
  return new Date(`${date.slice(0, 10)}T12:00:00Z`);
}

/** Today's date in Europe/Oslo as 'YYYY-MM-DD' (the server's "today" too). */
export function osloToday(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

/** Whole years from a birth date to `today` (Oslo). */
export function alderFra(fodselsdato: string, today: string = osloToday()): number {
  const [by, bm, bd] = fodselsdato.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}
