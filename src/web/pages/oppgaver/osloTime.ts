import { TIME_ZONE } from '@/web/i18n/locale';

/** An instant as the date ('YYYY-MM-DD') and time ('HH:mm') on a clock in Norway. */
export function osloLocalParts(instant: string): { dato: string; tid: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return { dato: `${get('year')}-${get('month')}-${get('day')}`, tid: `${get('hour')}:${get('minute')}` };
}
