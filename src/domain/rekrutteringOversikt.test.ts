import { describe, expect, it } from 'vitest';
import {
  median,
  type OppholdFakta,
  rekrutteringOversikt,
  type SakFakta,
} from '@/domain/rekrutteringOversikt';

const periode = { fra: '2026-01-01', til: '2026-06-30' };
const today = '2026-12-05';

const sak = (
  x: Partial<SakFakta> & Pick<SakFakta, 'id' | 'forsteKontakt' | 'fase' | 'faseFra'>,
): SakFakta => ({
  kilde: 'kampanje',
  hjemtyper: ['ordinaer'],
  avsluttetArsak: null,
  godkjentDato: null,
  ...x,
});
const o = (sakId: string, fase: string, fra: string, til: string | null = null): OppholdFakta => ({
  sakId,
  fase,
  fra,
  til,
});

// A: first contact in the period; moved back from utredning to opplaering on 1 June, and on to
//    utredning again after the period ended.
// B: first contact in June, still in its first stage today.
// C: entered before the period; approved in April and available since 30 April.
// D: withdrew in January. F: withdrew in April after the information meeting.
// E: available from December last year, linked to a child in March.
// G: rejected before the period began.
const saker: SakFakta[] = [
  sak({ id: 'A', forsteKontakt: '2026-02-01', fase: 'utredning', faseFra: '2026-07-01' }),
  sak({ id: 'B', forsteKontakt: '2026-06-10', fase: 'henvendelse', faseFra: '2026-06-10' }),
  sak({
    id: 'C',
    kilde: 'jungeltelegraf',
    hjemtyper: ['ordinaer', 'beredskap'],
    forsteKontakt: '2025-09-01',
    fase: 'tilgjengelig',
    faseFra: '2026-04-30',
    godkjentDato: '2026-04-30',
  }),
  sak({
    id: 'D',
    hjemtyper: ['beredskap'],
    forsteKontakt: '2026-01-10',
    fase: 'trukket',
    faseFra: '2026-01-20',
    avsluttetArsak: 'ikke_tid',
  }),
  sak({
    id: 'E',
    kilde: 'nettside',
    forsteKontakt: '2025-03-01',
    fase: 'formidlet',
    faseFra: '2026-03-01',
    godkjentDato: '2025-12-01',
  }),
  sak({
    id: 'F',
    kilde: 'arrangement',
    forsteKontakt: '2026-03-01',
    fase: 'trukket',
    faseFra: '2026-04-05',
    avsluttetArsak: 'ombestemt',
  }),
  sak({
    id: 'G',
    forsteKontakt: '2025-08-01',
    fase: 'avslatt',
    faseFra: '2025-11-01',
    avsluttetArsak: 'politiattest',
  }),
];
const opphold: OppholdFakta[] = [
  o('A', 'henvendelse', '2026-02-01', '2026-02-15'),
  o('A', 'informasjonsmote', '2026-02-15', '2026-03-01'),
  o('A', 'opplaering', '2026-03-01', '2026-05-01'),
  o('A', 'utredning', '2026-05-01', '2026-06-01'),
  o('A', 'opplaering', '2026-06-01', '2026-07-01'),
  o('A', 'utredning', '2026-07-01'),
  o('B', 'henvendelse', '2026-06-10'),
  o('C', 'henvendelse', '2025-09-01', '2025-09-20'),
  o('C', 'informasjonsmote', '2025-09-20', '2025-10-15'),
  o('C', 'opplaering', '2025-10-15', '2026-01-20'),
  o('C', 'utredning', '2026-01-20', '2026-04-10'),
  o('C', 'godkjenning', '2026-04-10', '2026-04-30'),
  o('C', 'tilgjengelig', '2026-04-30'),
  o('D', 'henvendelse', '2026-01-10', '2026-01-20'),
  o('D', 'trukket', '2026-01-20'),
  o('E', 'tilgjengelig', '2025-12-01', '2026-03-01'),
  o('E', 'formidlet', '2026-03-01'),
  o('F', 'henvendelse', '2026-03-01', '2026-03-05'),
  o('F', 'informasjonsmote', '2026-03-05', '2026-04-05'),
  o('F', 'trukket', '2026-04-05'),
  o('G', 'henvendelse', '2025-08-01', '2025-11-01'),
  o('G', 'avslatt', '2025-11-01'),
];

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([14, 4, 10])).toBe(10);
    expect(median([31, 14])).toBe(22.5);
  });
});

describe('recruitment overview (hand-computed)', () => {
  const r = rekrutteringOversikt(saker, opphold, periode, today);

  it('counts the funnel over the families whose first contact is in the period (A, B, D, F)', () => {
    expect(r.trakt.totalt.nadd).toEqual({
      henvendelse: 4,
      informasjonsmote: 2, // A and F
      opplaering: 1, // A, once although it was there twice
      utredning: 1, // A reached it in May; its return in July is after the period
      godkjenning: 0,
      tilgjengelig: 0,
      formidlet: 0,
    });
    expect(r.trakt.totalt.konvertering).toEqual({
      henvendelse: null,
      informasjonsmote: 0.5,
      opplaering: 0.5,
      utredning: 1,
      godkjenning: 0,
      tilgjengelig: null,
      formidlet: null,
    });
  });

  it('splits the funnel by source, with empty sources as zeros', () => {
    const kampanje = r.trakt.perKilde.find((k) => k.kilde === 'kampanje');
    expect(kampanje?.nadd.henvendelse).toBe(3); // A, B, D
    expect(kampanje?.nadd.informasjonsmote).toBe(1);
    expect(kampanje?.konvertering.informasjonsmote).toBeCloseTo(1 / 3);
    const arrangement = r.trakt.perKilde.find((k) => k.kilde === 'arrangement');
    expect(arrangement?.nadd).toMatchObject({ henvendelse: 1, informasjonsmote: 1, opplaering: 0 });
    // C came by word of mouth, but before the period: not in the cohort.
    const jungel = r.trakt.perKilde.find((k) => k.kilde === 'jungeltelegraf');
    expect(jungel?.nadd.henvendelse).toBe(0);
    expect(jungel?.konvertering.informasjonsmote).toBeNull();
    expect(r.trakt.perKilde).toHaveLength(8);
  });

  it('measures completed stays ended in the period and ongoing stays up to today, apart', () => {
    const tid = Object.fromEntries(r.tid.map((t) => [t.fase, t]));
    // D 10, F 4, A 14 days; C and G ended before the period.
    expect(tid.henvendelse?.ferdige).toEqual({ antall: 3, medianDager: 10 });
    // B, still in its first stage: 10 June to 5 December.
    expect(tid.henvendelse?.pagaende).toEqual({ antall: 1, medianDager: 178 });
    expect(tid.informasjonsmote?.ferdige).toEqual({ antall: 2, medianDager: 22.5 });
    // C 97 days (entered before the period, ended in it) and A's first stay 61; A's second
    // stay ended on 1 July, after the period.
    expect(tid.opplaering?.ferdige).toEqual({ antall: 2, medianDager: 79 });
    expect(tid.opplaering?.pagaende).toEqual({ antall: 0, medianDager: null });
    // A 31, C 80; A's open stay began after the period's last day.
    expect(tid.utredning?.ferdige).toEqual({ antall: 2, medianDager: 55.5 });
    expect(tid.utredning?.pagaende).toEqual({ antall: 0, medianDager: null });
    expect(tid.godkjenning?.ferdige).toEqual({ antall: 1, medianDager: 20 });
    // E waited 90 days before it was linked; C has waited 219 days so far.
    expect(tid.tilgjengelig?.ferdige).toEqual({ antall: 1, medianDager: 90 });
    expect(tid.tilgjengelig?.pagaende).toEqual({ antall: 1, medianDager: 219 });
  });

  it('counts outcomes entered in the period, by reason', () => {
    expect(r.utfall.godkjent).toBe(1); // C; E was approved before the period
    expect(r.utfall.formidlet).toBe(1); // E
    expect(r.utfall.trukket).toEqual({ antall: 2, arsaker: { ikke_tid: 1, ombestemt: 1 } });
    expect(r.utfall.avslatt).toEqual({ antall: 0, arsaker: {} }); // G was rejected before
    expect(r.utfall.avsluttet).toEqual({ antall: 0, arsaker: {} });
  });

  it('lists the homes available today by type, with how long they have waited', () => {
    expect(r.tilgjengelige.totalt).toEqual({
      hjemtype: null,
      antall: 1,
      medianDager: 219,
      lengsteDager: 219,
    });
    expect(r.tilgjengelige.perType).toEqual([
      { hjemtype: 'ordinaer', antall: 1, medianDager: 219, lengsteDager: 219 },
      { hjemtype: 'beredskap', antall: 1, medianDager: 219, lengsteDager: 219 },
      { hjemtype: 'forsterket', antall: 0, medianDager: null, lengsteDager: null },
    ]);
  });
});

describe('small numbers hidden', () => {
  it('hides counts from 1 to 4 and every figure built on them, and keeps zeros', () => {
    const r = rekrutteringOversikt(saker, opphold, periode, today, { skjulSma: true });
    expect(r.skjult).toBe(true);
    expect(r.trakt.totalt.nadd.henvendelse).toBeNull();
    expect(r.trakt.totalt.nadd.godkjenning).toBe(0);
    expect(r.trakt.totalt.konvertering.informasjonsmote).toBeNull();
    expect(r.tid[0]?.ferdige).toEqual({ antall: null, medianDager: null });
    expect(r.utfall.trukket).toEqual({ antall: null, arsaker: { ikke_tid: null, ombestemt: null } });
    expect(r.tilgjengelige.totalt).toEqual({
      hjemtype: null,
      antall: null,
      medianDager: null,
      lengsteDager: null,
    });
  });

  it('shows five or more', () => {
    const fem = ['1', '2', '3', '4', '5'].map((id) =>
      sak({ id, forsteKontakt: '2026-03-01', fase: 'henvendelse', faseFra: '2026-03-01' }),
    );
    const r = rekrutteringOversikt(
      fem,
      fem.map((s, i) => o(s.id, 'henvendelse', '2026-03-01', i < 5 ? `2026-03-0${i + 2}` : null)),
      periode,
      today,
      { skjulSma: true },
    );
    expect(r.trakt.totalt.nadd.henvendelse).toBe(5);
    expect(r.trakt.totalt.konvertering.informasjonsmote).toBe(0);
    // 1, 2, 3, 4, 5 days.
    expect(r.tid[0]?.ferdige).toEqual({ antall: 5, medianDager: 3 });
  });
});
