import type { ForlopStatus, Programforlop, ProgramOkt } from '@/web/api/programTypes';

/** A run that can still change: proposed or accepted. */
export function erApent(status: ForlopStatus): boolean {
  return status === 'foreslatt' || status === 'akseptert';
}

/** How a session stands as the list shows it: late when its time has passed and it is not held. */
export type OktVisning = 'planlagt' | 'gjennomfort' | 'avlyst' | 'forsinket';

export function oktVisning(okt: ProgramOkt): OktVisning {
  if (okt.status === 'planlagt' && okt.forsinket) return 'forsinket';
  return okt.status;
}

/** The next session still to be held, in order of number. */
export function nesteOkt(run: Pick<Programforlop, 'okter'>): ProgramOkt | undefined {
  return [...run.okter].sort((a, b) => a.nummer - b.nummer).find((o) => o.status === 'planlagt');
}

/** Every session is held or cancelled: the run can be ended as completed. */
export function alleAvklart(run: Pick<Programforlop, 'okter'>): boolean {
  return run.okter.length > 0 && run.okter.every((o) => o.status !== 'planlagt');
}

/**
 * What the worker should do next with the run:
 * - `svar`: proposed, the offer is not answered yet;
 * - `forsinket`: a session's time has passed and it is not registered;
 * - `neste`: the next session is planned (`okt`);
 * - `avslutt`: every session is held or cancelled, the closing evaluation remains;
 * - `ingen`: the run is over (declined, completed or stopped).
 */
export type NesteSteg =
  | { type: 'svar' }
  | { type: 'forsinket'; okt: ProgramOkt }
  | { type: 'neste'; okt: ProgramOkt }
  | { type: 'avslutt' }
  | { type: 'ingen' };

export function nesteSteg(run: Pick<Programforlop, 'status' | 'okter'>): NesteSteg {
  if (run.status === 'foreslatt') return { type: 'svar' };
  if (run.status !== 'akseptert') return { type: 'ingen' };
  const okt = nesteOkt(run);
  if (!okt) return { type: 'avslutt' };
  return okt.forsinket ? { type: 'forsinket', okt } : { type: 'neste', okt };
}

/** Participants as typed (one a line, or separated by commas), trimmed, without empties or repeats. */
export function deltakereFraTekst(tekst: string): string[] {
  const navn = tekst
    .split(/[\n,;]/)
    .map((s) => s.trim())
    .filter(Boolean);
  return [...new Set(navn)];
}
