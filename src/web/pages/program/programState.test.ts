import { describe, expect, it } from 'vitest';
import type { ProgramOkt } from '@/web/api/programTypes';
import { alleAvklart, deltakereFraTekst, nesteSteg, oktVisning } from '@/web/pages/program/programState';

const okt = (nummer: number, over: Partial<ProgramOkt> = {}): ProgramOkt => ({
  id: `o${nummer}`,
  nummer,
  tema: `Tema ${nummer}`,
  planlagt: `2026-0${nummer}-10T17:00:00.000Z`,
  status: 'planlagt',
  gjennomfort: null,
  deltakere: [],
  notat: null,
  dokumentId: null,
  forsinket: false,
  version: 1,
  ...over,
});

describe('the next step for a programme run', () => {
  it('a proposed run waits for the answer', () => {
    expect(nesteSteg({ status: 'foreslatt', okter: [okt(1)] })).toEqual({ type: 'svar' });
  });

  it('an accepted run points at the first session not held, late or not', () => {
    const held = okt(1, { status: 'gjennomfort', gjennomfort: '2026-01-10' });
    expect(nesteSteg({ status: 'akseptert', okter: [okt(3), held, okt(2)] })).toMatchObject({
      type: 'neste',
      okt: { nummer: 2 },
    });
    expect(nesteSteg({ status: 'akseptert', okter: [held, okt(2, { forsinket: true })] })).toMatchObject({
      type: 'forsinket',
      okt: { nummer: 2 },
    });
  });

  it('with every session held or cancelled, the run is to be ended', () => {
    const okter = [okt(1, { status: 'gjennomfort' }), okt(2, { status: 'avlyst' })];
    expect(alleAvklart({ okter })).toBe(true);
    expect(nesteSteg({ status: 'akseptert', okter })).toEqual({ type: 'avslutt' });
  });

  it('a declined, completed or stopped run has nothing left to do', () => {
    for (const status of ['avslatt', 'fullfort', 'avbrutt'] as const) {
      expect(nesteSteg({ status, okter: [okt(1)] })).toEqual({ type: 'ingen' });
    }
  });

  it('a late session shows as late only while it is not held', () => {
    expect(oktVisning(okt(1, { forsinket: true }))).toBe('forsinket');
    expect(oktVisning(okt(1, { forsinket: true, status: 'avlyst' }))).toBe('avlyst');
  });
});

describe('participants typed in the form', () => {
  it('one a line or separated by commas, trimmed, no empties or repeats', () => {
    expect(deltakereFraTekst(' Fostermor Kari\nfosterfar, Kontaktperson ;\n\nKontaktperson')).toEqual([
      'Fostermor Kari',
      'fosterfar',
      'Kontaktperson',
    ]);
  });
});
