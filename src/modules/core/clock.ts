const osloDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's civil date in Norway as 'YYYY-MM-DD' (the server may run in UTC). */
export function osloToday(now = new Date()): string {
  return osloDate.format(now);
}
