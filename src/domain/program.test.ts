import { describe, expect, it } from 'vitest';
import {
  flyttOkt,
  forsinket,
  iOslo,
  iTide,
  kanFullfores,
  oktDatoer,
  osloTilUtc,
  planleggOkter,
  troskap,
} from '@/domain/program';

const manedlig = { intervallMaaneder: 1, forsteEtterDager: 14, klokkeslett: '18:00' };
const hverTredjeUke = { intervallUker: 3, forsteEtterDager: 14, klokkeslett: '18:00' };

describe('session dates', () => {
  it('En god start: the first session two weeks after move-in, then the same day every month', () => {
    expect(oktDatoer('2026-01-05', manedlig, 6)).toEqual([
      '2026-01-19',
      '2026-02-19',
      '2026-03-19',
      '2026-04-19',
      '2026-05-19',
      '2026-06-19',
    ]);
  });

  it('a day the month lacks becomes its last day, and the months after keep the original day', () => {
    expect(oktDatoer('2026-01-17', manedlig, 4)).toEqual([
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
    ]);
    expect(oktDatoer('2027-12-17', manedlig, 3)).toEqual(['2027-12-31', '2028-01-31', '2028-02-29']);
  });

  it('Veien videre: a conversation every third week', () => {
    expect(oktDatoer('2026-11-30', hverTredjeUke, 4)).toEqual([
      '2026-12-14',
      '2027-01-04',
      '2027-01-25',
      '2027-02-15',
    ]);
  });
});

describe('the time of day is Norwegian time on both sides of daylight saving', () => {
  it('18:00 is 17:00 UTC in winter and 16:00 UTC in summer', () => {
    expect(osloTilUtc('2026-01-15', '18:00').toISOString()).toBe('2026-01-15T17:00:00.000Z');
    expect(osloTilUtc('2026-07-15', '18:00').toISOString()).toBe('2026-07-15T16:00:00.000Z');
  });

  it('a schedule across the last Sunday of March and of October keeps 18:00 at every session', () => {
    // Summer time starts 29 March 2026 and ends 25 October 2026.
    const okter = planleggOkter('2026-02-10', manedlig, 9);
    expect(okter.map((d) => d.toISOString())).toEqual([
      '2026-02-24T17:00:00.000Z',
      '2026-03-24T17:00:00.000Z',
      '2026-04-24T16:00:00.000Z',
      '2026-05-24T16:00:00.000Z',
      '2026-06-24T16:00:00.000Z',
      '2026-07-24T16:00:00.000Z',
      '2026-08-24T16:00:00.000Z',
      '2026-09-24T16:00:00.000Z',
      '2026-10-24T16:00:00.000Z',
    ]);
    expect(okter.every((d) => iOslo(d).klokkeslett === '18:00')).toBe(true);
    const vinter = planleggOkter('2026-10-12', manedlig, 2);
    expect(vinter.map((d) => d.toISOString())).toEqual([
      '2026-10-26T17:00:00.000Z',
      '2026-11-26T17:00:00.000Z',
    ]);
  });

  it('on the very days the clocks change', () => {
    expect(osloTilUtc('2026-03-29', '18:00').toISOString()).toBe('2026-03-29T16:00:00.000Z');
    expect(osloTilUtc('2026-10-25', '18:00').toISOString()).toBe('2026-10-25T17:00:00.000Z');
    expect(osloTilUtc('2026-03-28', '23:30').toISOString()).toBe('2026-03-28T22:30:00.000Z');
  });

  it('moving a session keeps its time of day, and changing the time keeps its date', () => {
    const winter = osloTilUtc('2026-03-20', '18:00');
    expect(flyttOkt(winter, '2026-04-03', null).toISOString()).toBe('2026-04-03T16:00:00.000Z');
    expect(flyttOkt(winter, null, '09:30').toISOString()).toBe('2026-03-20T08:30:00.000Z');
  });
});

describe('late sessions', () => {
  const planlagt = osloTilUtc('2026-05-10', '18:00');
  it('is late from the day after its planned date while still not held', () => {
    expect(forsinket({ status: 'planlagt', planlagt }, '2026-05-10')).toBe(false);
    expect(forsinket({ status: 'planlagt', planlagt }, '2026-05-11')).toBe(true);
  });
  it('a held or cancelled session is never late', () => {
    expect(forsinket({ status: 'gjennomfort', planlagt }, '2026-06-11')).toBe(false);
    expect(forsinket({ status: 'avlyst', planlagt }, '2026-06-11')).toBe(false);
  });
  it('a run can be completed only when no session is still waiting', () => {
    expect(kanFullfores([{ status: 'gjennomfort' }, { status: 'avlyst' }])).toBe(true);
    expect(kanFullfores([{ status: 'gjennomfort' }, { status: 'planlagt' }])).toBe(false);
    expect(kanFullfores([])).toBe(false);
  });
});

describe('fidelity', () => {
  it('on time means held at most 45 days after the original date', () => {
    expect(iTide('2026-01-19', '2026-03-05')).toBe(true);
    expect(iTide('2026-01-19', '2026-03-06')).toBe(false);
  });

  const holdt = (start: string, forsinkelse = 0) =>
    oktDatoer(start, manedlig, 6).map((d, i) => ({
      nummer: i + 1,
      status: 'gjennomfort' as const,
      gjennomfort: new Date(Date.parse(d) + forsinkelse * 86_400_000).toISOString().slice(0, 10),
    }));

  it('counts the runs started in the period: accepted, declined, ended early, all held, all on time', () => {
    const t = troskap(
      [
        { status: 'fullfort', start: '2026-01-05', svarDato: '2026-01-06', okter: holdt('2026-01-05') },
        { status: 'fullfort', start: '2026-02-01', svarDato: '2026-02-02', okter: holdt('2026-02-01', 50) },
        {
          status: 'avbrutt',
          start: '2026-03-01',
          svarDato: '2026-03-02',
          okter: holdt('2026-03-01').slice(0, 2),
        },
        { status: 'avbrutt', start: '2026-03-09', svarDato: null, okter: [] },
        { status: 'avslatt', start: '2026-04-01', svarDato: '2026-04-03', okter: [] },
        { status: 'foreslatt', start: '2026-06-01', svarDato: null, okter: [] },
        { status: 'fullfort', start: '2025-12-31', svarDato: '2026-01-02', okter: holdt('2025-12-31') },
      ],
      { fra: '2026-01-01', til: '2026-06-30' },
      manedlig,
      6,
    );
    expect(t).toEqual({ startet: 6, akseptert: 3, avslatt: 1, avbrutt: 2, alleGjennomfort: 2, alleITide: 1 });
  });

  it('a session moved later does not move its original date', () => {
    const okter = holdt('2026-01-05');
    okter[5] = { ...okter[5], gjennomfort: '2026-08-20' } as (typeof okter)[number];
    const t = troskap(
      [{ status: 'fullfort', start: '2026-01-05', svarDato: '2026-01-05', okter }],
      { fra: '2026-01-01', til: '2026-12-31' },
      manedlig,
      6,
    );
    expect(t.alleGjennomfort).toBe(1);
    expect(t.alleITide).toBe(0);
  });
});
