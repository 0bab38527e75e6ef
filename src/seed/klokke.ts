/** A timestamp in working hours on a civil date (UTC, so the seed is the same on every machine). */
export const kl = (date: string, hour = 9) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00Z`);
