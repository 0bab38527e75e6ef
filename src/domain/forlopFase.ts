import {
  addMonths,
  aktivPlassering,
  type PlasseringPeriode,
  fase as plasseringsfase,
} from '@/domain/plasseringsforlop';

/**
 * The phase of the manual's course a child or foster home is in (seeds/004), derived from the
 * facts where possible. A worker can set it by hand where the facts cannot tell (e.g. when a
 * match is being sought before any placement is recorded). Pure: no clock, no I/O.
 */
export type BarnFase = 'tildeling' | 'formidling' | 'innflytting' | 'oppfolging' | 'avslutning' | 'ettervern';
export type FosterhjemFase =
  | 'rekruttering'
  | 'opplaering'
  | 'oppdrag'
  | 'oppfolging'
  | 'avslutning'
  | 'gjenrekruttering';

/** How long after the last assignment ended a foster home counts as ready for re-recruitment. */
export const GJENREKRUTTERING_MANEDER = 6;

/** The phase and the date it began. */
export type FaseMedStart<F> = { fase: F; fra: string };

export function barnFase(
  b: { fodselsdato: string; registrert: string },
  plasseringer: PlasseringPeriode[],
  today: string,
): FaseMedStart<BarnFase> {
  const f = plasseringsfase(b.fodselsdato, plasseringer, today);
  const aktiv = aktivPlassering(plasseringer, today);
  const sisteUt = plasseringer
    .map((p) => p.utflytting)
    .filter((d): d is string => d !== null && d <= today)
    .sort()
    .at(-1);
  switch (f) {
    case 'for_flytting': {
      const planlagt = plasseringer.find((p) => p.innflytting > today);
      return planlagt ? { fase: 'formidling', fra: b.registrert } : { fase: 'tildeling', fra: b.registrert };
    }
    case 'innflytting':
      return { fase: 'innflytting', fra: aktiv?.innflytting ?? today };
    case 'oppfolging':
      return { fase: 'oppfolging', fra: addMonths(aktiv?.innflytting ?? today, 12) };
    case 'ettervern': {
      const atten = addMonths(b.fodselsdato, 12 * 18);
      return { fase: 'ettervern', fra: sisteUt && sisteUt > atten ? sisteUt : atten };
    }
    default:
      return { fase: 'avslutning', fra: sisteUt ?? today };
  }
}

export function fosterhjemFase(
  h: { godkjentDato: string | null; registrert: string },
  plasseringer: PlasseringPeriode[],
  today: string,
): FaseMedStart<FosterhjemFase> {
  const started = plasseringer.filter((p) => p.innflytting <= today);
  const aktive = started.filter((p) => p.utflytting === null || p.utflytting > today);
  if (aktive.length) {
    const forste = aktive.map((p) => p.innflytting).sort()[0] as string;
    const ettAr = addMonths(forste, 12);
    return ettAr > today ? { fase: 'oppdrag', fra: forste } : { fase: 'oppfolging', fra: ettAr };
  }
  if (started.length) {
    const sisteUt = started
      .map((p) => p.utflytting as string)
      .sort()
      .at(-1) as string;
    const gjen = addMonths(sisteUt, GJENREKRUTTERING_MANEDER);
    return gjen > today ? { fase: 'avslutning', fra: sisteUt } : { fase: 'gjenrekruttering', fra: gjen };
  }
  return h.godkjentDato
    ? { fase: 'opplaering', fra: h.godkjentDato }
    : { fase: 'rekruttering', fra: h.registrert };
}
