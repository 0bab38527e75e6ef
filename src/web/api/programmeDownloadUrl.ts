import type { Sprak } from '@/web/api/types';

/** `GET /api/programme-runs/:id/desk-calendar.pdf?lang=`: the printable desk calendar (bordkalender). */
export function deskCalendarUrl(id: string, lang: Sprak): string {
  return `/api/programme-runs/${encodeURIComponent(id)}/desk-calendar.pdf?lang=${lang}`;
}

/** `GET /api/programme-runs/:id/calendar.ics`: the planned sessions as an iCalendar file. */
export function programmeIcsUrl(id: string): string {
  return `/api/programme-runs/${encodeURIComponent(id)}/calendar.ics`;
}
