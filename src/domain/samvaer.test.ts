import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  avlystAv,
  endring,
  kallenavn,
  type Plan,
  planHistorikk,
  planlagteDatoer,
  planPaDato,
  rapportStatus,
  timerPerAr,
  validerKlokkeslett,
  validerOkt,
  validerPlan,
} from '@/domain/samvaer';

const plan = (extra: Partial<Plan> = {}): Plan => ({
  fra: '2025-01-06',
  antall: 1,
  per: 'maned',
  varighetTimer: 2,
  tilsyn: 'beskyttet',
  ...extra,
});

const weekday = (d: string) => new Date(`${d}T12:00:00Z`).getUTCDay();

describe('the extent of contact follows the relationship (seeds/003 §5.5.1)', () => {
  it('compares plans of any frequency by hours a year', () => {
    expect(timerPerAr(plan({ antall: 1, per: 'maned', varighetTimer: 2 }))).toBe(24);
    expect(timerPerAr(plan({ antall: 2, per: 'uke', varighetTimer: 3 }))).toBe(312);
    expect(timerPerAr(plan({ antall: 4, per: 'ar', varighetTimer: 2 }))).toBe(8);
  });

  it('names each change as an extension or a reduction', () => {
    expect(endring(null, plan())).toBe('forste');
    expect(endring(plan(), plan({ antall: 2 }))).toBe('utvidet');
    expect(endring(plan({ antall: 2 }), plan({ antall: 1 }))).toBe('redusert');
    // Same hours, less supervision: the relationship has grown.
    expect(endring(plan({ tilsyn: 'beskyttet' }), plan({ tilsyn: 'stottet' }))).toBe('utvidet');
    expect(endring(plan({ tilsyn: 'uten' }), plan({ tilsyn: 'stottet' }))).toBe('redusert');
    expect(endring(plan(), plan({ fra: '2025-06-01' }))).toBe('uendret');
  });

  it('shows the history oldest first, each plan against the one before', () => {
    const h = planHistorikk([
      plan({ fra: '2026-01-01', antall: 2, tilsyn: 'stottet' }),
      plan({ fra: '2025-01-06' }),
      plan({ fra: '2025-07-01', antall: 2 }),
    ]);
    expect(h.map((p) => [p.fra, p.endring])).toEqual([
      ['2025-01-06', 'forste'],
      ['2025-07-01', 'utvidet'],
      ['2026-01-01', 'utvidet'],
    ]);
  });

  it('finds the plan in force on a date', () => {
    const planer = [plan({ fra: '2025-01-06' }), plan({ fra: '2025-07-01', antall: 2 })];
    expect(planPaDato(planer, '2025-01-05')).toBeNull();
    expect(planPaDato(planer, '2025-01-06')?.antall).toBe(1);
    expect(planPaDato(planer, '2025-06-30')?.antall).toBe(1);
    expect(planPaDato(planer, '2025-07-01')?.antall).toBe(2);
  });
});

describe('a contact plan (barnevernsloven § 7-6) is checked before it is saved', () => {
  const fakta = { forstePlassering: '2024-11-01', forrige: null };
  const ny = { ...plan(), begrunnelse: 'Vedtak i nemnda.' };

  it('accepts a sound plan', () => {
    expect(validerPlan(ny, fakta)).toEqual([]);
  });

  it('needs at least one session, and at most one a day', () => {
    expect(validerPlan({ ...ny, antall: 0 }, fakta)).toEqual([{ field: 'antall', code: 'samvaer_antall' }]);
    expect(validerPlan({ ...ny, antall: 8, per: 'uke' }, fakta)).toEqual([
      { field: 'antall', code: 'samvaer_antall' },
    ]);
    expect(validerPlan({ ...ny, antall: 7, per: 'uke' }, fakta)).toEqual([]);
  });

  it('lasts from one hour to three days', () => {
    expect(validerPlan({ ...ny, varighetTimer: 0 }, fakta)[0]?.field).toBe('varighetTimer');
    expect(validerPlan({ ...ny, varighetTimer: 73 }, fakta)[0]?.field).toBe('varighetTimer');
    expect(validerPlan({ ...ny, varighetTimer: 72 }, fakta)).toEqual([]);
  });

  it('does not start before the child was first placed', () => {
    expect(validerPlan({ ...ny, fra: '2024-10-31' }, fakta)).toEqual([
      { field: 'fra', code: 'samvaer_for_plassering' },
    ]);
    expect(validerPlan(ny, { forstePlassering: null, forrige: null })).toEqual([
      { field: 'fra', code: 'samvaer_ingen_plassering' },
    ]);
  });

  it('a change starts after the plan it replaces', () => {
    const forrige = plan({ fra: '2025-01-06' });
    expect(validerPlan({ ...ny, fra: '2025-01-06' }, { ...fakta, forrige })).toContainEqual({
      field: 'fra',
      code: 'samvaer_plan_rekkefolge',
    });
  });

  it('less contact, or protective supervision, must give its reasons', () => {
    const forrige = plan({ fra: '2025-01-06', antall: 2, tilsyn: 'stottet' });
    const mindre = { ...plan({ fra: '2025-06-01', antall: 1, tilsyn: 'stottet' }), begrunnelse: '  ' };
    expect(validerPlan(mindre, { ...fakta, forrige })).toEqual([
      { field: 'begrunnelse', code: 'samvaer_begrunnelse' },
    ]);
    const mer = { ...plan({ fra: '2025-06-01', antall: 3, tilsyn: 'stottet' }), begrunnelse: null };
    expect(validerPlan(mer, { ...fakta, forrige })).toEqual([]);
    expect(validerPlan({ ...ny, begrunnelse: null }, fakta)).toEqual([
      { field: 'begrunnelse', code: 'samvaer_begrunnelse' },
    ]);
  });
});

describe('the next sessions follow from the plan', () => {
  it('once a week: the same weekday as the plan started', () => {
    const datoer = planlagteDatoer(plan({ fra: '2025-01-06', antall: 1, per: 'uke' }), {
      fra: '2026-03-01',
      antall: 4,
      enhet: 'uke',
    });
    expect(datoer).toHaveLength(4);
    expect(datoer.every((d) => weekday(d) === weekday('2025-01-06'))).toBe(true);
    expect(datoer[0]).toBe('2026-03-02');
  });

  it('twice a week: three or four days apart', () => {
    const datoer = planlagteDatoer(plan({ fra: '2026-01-05', antall: 2, per: 'uke' }), {
      fra: '2026-01-05',
      antall: 2,
      enhet: 'uke',
    });
    expect(datoer).toEqual(['2026-01-05', '2026-01-08', '2026-01-12', '2026-01-15']);
  });

  it('once a month: the same day of the month, for the next months', () => {
    const datoer = planlagteDatoer(plan({ fra: '2024-01-31', antall: 1, per: 'maned' }), {
      fra: '2026-01-15',
      antall: 3,
      enhet: 'maned',
    });
    expect(datoer).toEqual(['2026-01-31', '2026-02-28', '2026-03-31']);
  });

  it('four times a year: about every three months', () => {
    const datoer = planlagteDatoer(plan({ fra: '2025-01-01', antall: 4, per: 'ar' }), {
      fra: '2025-01-01',
      antall: 12,
      enhet: 'maned',
    });
    expect(datoer).toEqual(['2025-01-01', '2025-04-02', '2025-07-02', '2025-10-01']);
  });

  it('not before the plan starts, not on dates already planned, and not after a later plan takes over', () => {
    const p = plan({ fra: '2026-02-01', antall: 1, per: 'uke' });
    const datoer = planlagteDatoer(
      p,
      { fra: '2026-01-01', antall: 8, enhet: 'uke' },
      ['2026-02-08'],
      '2026-02-20',
    );
    expect(datoer).toEqual(['2026-02-01', '2026-02-15']);
  });

  it('every date lies in the horizon, is unique and sorted, and each period gets its sessions', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 800 }),
        fc.constantFrom('uke', 'maned', 'ar'),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 12 }),
        (offset, ahead, per: Plan['per'], antall, maneder) => {
          const fra = new Date(Date.UTC(2022, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
          const start = new Date(Date.UTC(2022, 0, 1) + (offset + ahead) * 86_400_000)
            .toISOString()
            .slice(0, 10);
          const datoer = planlagteDatoer(plan({ fra, antall, per }), {
            fra: start,
            antall: maneder,
            enhet: 'maned',
          });
          expect(new Set(datoer).size).toBe(datoer.length);
          expect([...datoer].sort()).toEqual(datoer);
          for (const d of datoer) expect(d >= start && d >= fra).toBe(true);
          if (per === 'uke') expect(datoer.length).toBeGreaterThanOrEqual(antall * 4 * maneder - antall * 2);
          if (per === 'maned') expect(datoer.length).toBeGreaterThanOrEqual(antall * (maneder - 1));
        },
      ),
    );
  });
});

describe('after a session', () => {
  it('a supervised session waits for its report, and the report for its review', () => {
    const s = { status: 'gjennomfort' as const, tilsyn: 'beskyttet' as const };
    expect(rapportStatus({ ...s, rapportMottatt: null, gjennomgangDokumentId: null })).toBe('venter');
    expect(rapportStatus({ ...s, rapportMottatt: '2026-01-03', gjennomgangDokumentId: null })).toBe(
      'ikke_gjennomgatt',
    );
    expect(rapportStatus({ ...s, rapportMottatt: '2026-01-03', gjennomgangDokumentId: 'd' })).toBe(
      'gjennomgatt',
    );
    expect(rapportStatus({ ...s, tilsyn: 'uten', rapportMottatt: null, gjennomgangDokumentId: null })).toBe(
      'ikke_aktuell',
    );
    expect(rapportStatus({ ...s, status: 'avlyst', rapportMottatt: null, gjennomgangDokumentId: null })).toBe(
      'ikke_aktuell',
    );
  });

  it('a cancelled session says why, and so who cancelled', () => {
    const okt = { dato: '2026-01-02', status: 'avlyst' as const, avlystArsak: null, rapportMottatt: null };
    expect(validerOkt(okt, '2026-01-05')).toEqual([{ field: 'avlystArsak', code: 'samvaer_arsak' }]);
    expect(avlystAv('forelder_mott_ikke')).toBe('forelder');
    expect(avlystAv('barnet_syk')).toBe('barnet');
    expect(avlystAv('tjenesten_avlyste')).toBe('tjenesten');
    expect(avlystAv(null)).toBeNull();
  });

  it('is held on or before today, and its report comes after it', () => {
    const okt = {
      dato: '2026-01-10',
      status: 'gjennomfort' as const,
      avlystArsak: null,
      rapportMottatt: null,
    };
    expect(validerOkt(okt, '2026-01-09')).toEqual([{ field: 'status', code: 'samvaer_ikke_holdt_enna' }]);
    expect(validerOkt({ ...okt, rapportMottatt: '2026-01-09' }, '2026-01-20')).toEqual([
      { field: 'rapportMottatt', code: 'samvaer_rapport_for_samvaer' },
    ]);
    expect(validerOkt({ ...okt, rapportMottatt: '2026-01-21' }, '2026-01-20')).toEqual([
      { field: 'rapportMottatt', code: 'date_future' },
    ]);
    expect(validerOkt({ ...okt, status: 'planlagt', rapportMottatt: '2026-01-12' }, '2026-01-20')).toEqual([
      { field: 'rapportMottatt', code: 'samvaer_rapport_uten_samvaer' },
    ]);
    expect(validerOkt({ ...okt, rapportMottatt: '2026-01-12' }, '2026-01-20')).toEqual([]);
  });

  it('the letter calls a parent mamma or pappa, anyone else by first name', () => {
    expect(kallenavn('mor', 'Kari').nb).toBe('mamma');
    expect(kallenavn('far', 'Knut').nn).toBe('pappa');
    expect(kallenavn('besteforelder', 'Randi').nb).toBe('Randi');
  });
});

describe('the time of day a session starts and ends', () => {
  it('is optional, and an end needs a start before it', () => {
    expect(validerKlokkeslett({ fraKl: null, tilKl: null })).toEqual([]);
    expect(validerKlokkeslett({ fraKl: '14:00', tilKl: null })).toEqual([]);
    expect(validerKlokkeslett({ fraKl: '14:00', tilKl: '16:00' })).toEqual([]);
    expect(validerKlokkeslett({ fraKl: null, tilKl: '16:00' })).toEqual([
      { field: 'tilKl', code: 'samvaer_til_uten_fra' },
    ]);
    expect(validerKlokkeslett({ fraKl: '16:00', tilKl: '16:00' })).toEqual([
      { field: 'tilKl', code: 'samvaer_klokkeslett_rekkefolge' },
    ]);
    expect(validerKlokkeslett({ fraKl: '09:30', tilKl: '09:05' })).toEqual([
      { field: 'tilKl', code: 'samvaer_klokkeslett_rekkefolge' },
    ]);
  });
});
