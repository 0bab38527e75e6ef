import { describe, expect, it } from 'vitest';
import { barnFase, fosterhjemFase } from '@/domain/forlopFase';

const b = { fodselsdato: '2012-05-10', registrert: '2025-01-01' };
const h = { godkjentDato: null, registrert: '2024-01-01' };

describe("the child's course (seeds/004)", () => {
  it('allocation while nothing is planned, matching once a move-in is planned', () => {
    expect(barnFase(b, [], '2026-01-01')).toEqual({ fase: 'tildeling', fra: '2025-01-01' });
    expect(barnFase(b, [{ innflytting: '2026-02-01', utflytting: null }], '2026-01-01').fase).toBe(
      'formidling',
    );
  });

  it('move-in for the first year, then follow-up from the first anniversary', () => {
    const p = [{ innflytting: '2025-06-01', utflytting: null }];
    expect(barnFase(b, p, '2026-05-31')).toEqual({ fase: 'innflytting', fra: '2025-06-01' });
    expect(barnFase(b, p, '2026-06-01')).toEqual({ fase: 'oppfolging', fra: '2026-06-01' });
  });

  it('ending after the move-out, aftercare from 18', () => {
    expect(barnFase(b, [{ innflytting: '2019-01-01', utflytting: '2025-08-01' }], '2026-01-01')).toEqual({
      fase: 'avslutning',
      fra: '2025-08-01',
    });
    expect(barnFase(b, [{ innflytting: '2019-01-01', utflytting: '2030-05-10' }], '2030-06-01')).toEqual({
      fase: 'ettervern',
      fra: '2030-05-10',
    });
  });
});

describe("the foster home's course (seeds/004)", () => {
  it('recruitment until approved, then training and waiting for an assignment', () => {
    expect(fosterhjemFase(h, [], '2026-01-01').fase).toBe('rekruttering');
    expect(fosterhjemFase({ ...h, godkjentDato: '2025-03-01' }, [], '2026-01-01')).toEqual({
      fase: 'opplaering',
      fra: '2025-03-01',
    });
  });

  it('assignment the first year of a placement, then follow-up', () => {
    const p = [{ innflytting: '2025-06-01', utflytting: null }];
    expect(fosterhjemFase(h, p, '2026-01-01').fase).toBe('oppdrag');
    expect(fosterhjemFase(h, p, '2026-07-01')).toEqual({ fase: 'oppfolging', fra: '2026-06-01' });
  });

  it('ending when the last child has moved out, re-recruitment after six months', () => {
    const p = [{ innflytting: '2020-01-01', utflytting: '2025-10-01' }];
    expect(fosterhjemFase(h, p, '2026-01-01')).toEqual({ fase: 'avslutning', fra: '2025-10-01' });
    expect(fosterhjemFase(h, p, '2026-05-01')).toEqual({ fase: 'gjenrekruttering', fra: '2026-04-01' });
  });
});
