/**
 * The rules of the structured programmes (En god start, Veien videre): when sessions fall,
 * when a session is late, and how faithfully a service runs a programme (fidelity). Pure
 * functions; civil dates are 'YYYY-MM-DD' strings, times of day 'HH:MM' in Norway.
 */
import { addDays, addMonths } from '@/domain/plasseringsforlop';

export type Planlegging = {
  intervallMaaneder?: number;
  intervallUker?: number;
  forsteEtterDager: number;
  klokkeslett: string;
};

export const OSLO = 'Europe/Oslo';

const osloParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: OSLO,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** The civil date and time in Norway of an instant: ['YYYY-MM-DD', 'HH:MM']. */
export function iOslo(instant: Date): { dato: string; klokkeslett: string } {
  const p = Object.fromEntries(osloParts.formatToParts(instant).map((x) => [x.type, x.value]));
  return { dato: `${p.year}-${p.month}-${p.day}`, klokkeslett: `${p.hour}:${p.minute}` };
}

/** Minutes Norway is ahead of UTC at an instant (60 in winter, 120 in summer). */
function osloOffsetMinutter(instant: Date): number {
  const { dato, klokkeslett } = iOslo(instant);
  const asUtc = Date.parse(`${dato}T${klokkeslett}:00Z`);
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/**
 * The UTC instant of a civil date and time in Norway, right on both sides of a daylight-saving
 * change. A time that does not exist (the skipped hour in March) moves forward an hour.
 */
export function osloTilUtc(dato: string, klokkeslett: string): Date {
  const naive = Date.parse(`${dato}T${klokkeslett}:00Z`);
  let guess = naive - osloOffsetMinutter(new Date(naive)) * 60_000;
  guess = naive - osloOffsetMinutter(new Date(guess)) * 60_000;
  return new Date(guess);
}

/**
 * The civil dates of a programme's sessions from its start date: the first `forsteEtterDager`
 * days after the start, then every `intervallMaaneder` months on the same day of the month
 * (clamped to the month's last day, counted from the first session so a short month does not
 * pull the later ones earlier) or every `intervallUker` weeks.
 */
export function oktDatoer(start: string, p: Planlegging, antall: number): string[] {
  const forste = addDays(start, p.forsteEtterDager);
  return Array.from({ length: antall }, (_, i) => {
    if (p.intervallMaaneder) return addMonths(forste, i * p.intervallMaaneder);
    return addDays(forste, i * 7 * (p.intervallUker ?? 4));
  });
}

/** The sessions' planned instants: each civil date at the programme's time of day in Norway. */
export function planleggOkter(start: string, p: Planlegging, antall: number): Date[] {
  return oktDatoer(start, p, antall).map((d) => osloTilUtc(d, p.klokkeslett));
}

/**
 * Moves a session's planned instant to another date, keeping its time of day in Norway, or
 * to another time of day on the same date.
 */
export function flyttOkt(planlagt: Date, nyDato: string | null, nyttKlokkeslett: string | null): Date {
  const { dato, klokkeslett } = iOslo(planlagt);
  return osloTilUtc(nyDato ?? dato, nyttKlokkeslett ?? klokkeslett);
}

export type OktStatus = 'planlagt' | 'gjennomfort' | 'avlyst';
export type ForlopStatus = 'foreslatt' | 'akseptert' | 'avslatt' | 'fullfort' | 'avbrutt';

/** A session is late when its planned date in Norway has passed and it is neither held nor cancelled. */
export function forsinket(okt: { status: OktStatus; planlagt: Date }, today: string): boolean {
  return okt.status === 'planlagt' && iOslo(okt.planlagt).dato < today;
}

/** A run is open while it is proposed or accepted; only then may it change. */
export const apent = (status: ForlopStatus) => status === 'foreslatt' || status === 'akseptert';

/** A run is complete when no session is still waiting to be held. */
export const kanFullfores = (okter: { status: OktStatus }[]) =>
  okter.length > 0 && okter.every((o) => o.status !== 'planlagt');

/** A session is held on time when held no more than this many days after its original date. */
export const I_TIDE_DAGER = 45;

export const iTide = (opprinneligDato: string, gjennomfort: string) =>
  gjennomfort <= addDays(opprinneligDato, I_TIDE_DAGER);

export type ForlopFakta = {
  status: ForlopStatus;
  /** The start date the schedule was first made from. */
  start: string;
  svarDato: string | null;
  okter: { nummer: number; status: OktStatus; gjennomfort: string | null }[];
};

export type Troskap = {
  startet: number;
  akseptert: number;
  avslatt: number;
  avbrutt: number;
  alleGjennomfort: number;
  alleITide: number;
};

/**
 * Fidelity for runs of one programme started in a period:
 * - startet: runs whose start date falls in the period;
 * - akseptert: the family or parent said yes (also when the run later ended);
 * - avslatt: declined; avbrutt: ended before all sessions were held;
 * - alleGjennomfort: every session held;
 * - alleITide: every session held, each within 45 days after the date the programme's own
 *   schedule gave it when the run started (re-planning does not move that date).
 */
export function troskap(
  forlop: ForlopFakta[],
  periode: { fra: string; til: string },
  planlegging: Planlegging,
  antallOkter: number,
): Troskap {
  const i = forlop.filter((f) => f.start >= periode.fra && f.start <= periode.til);
  const alleHoldt = (f: ForlopFakta) =>
    f.okter.length === antallOkter && f.okter.every((o) => o.status === 'gjennomfort' && o.gjennomfort);
  return {
    startet: i.length,
    akseptert: i.filter((f) => f.svarDato !== null && f.status !== 'avslatt').length,
    avslatt: i.filter((f) => f.status === 'avslatt').length,
    avbrutt: i.filter((f) => f.status === 'avbrutt').length,
    alleGjennomfort: i.filter(alleHoldt).length,
    alleITide: i.filter((f) => {
      if (!alleHoldt(f)) return false;
      const opprinnelig = oktDatoer(f.start, planlegging, antallOkter);
      return f.okter.every((o) => iTide(opprinnelig[o.nummer - 1] ?? f.start, o.gjennomfort as string));
    }).length,
  };
}
