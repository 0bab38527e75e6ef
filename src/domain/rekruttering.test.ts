import { describe, expect, it } from 'vitest';
import { rekrutteringKilde } from '@/db/schema';
import {
  FASER_I_LOP,
  type FaseDefinisjon,
  forrigeFase,
  gjeldendePunkter,
  kanAvsluttes,
  manglendePunkter,
  nesteFase,
  skalSlettes,
  sletteDato,
} from '@/domain/rekruttering';
import { lastPipeline } from '@/modules/rekruttering/pipeline';

const faser: FaseDefinisjon[] = [
  {
    id: 'henvendelse',
    punkter: [
      { id: 'a', pakrevd: true },
      { id: 'b', pakrevd: false },
    ],
  },
  { id: 'informasjonsmote', punkter: [] },
  { id: 'opplaering', punkter: [{ id: 'c', pakrevd: true }] },
  {
    id: 'utredning',
    punkter: [
      { id: 'd', pakrevd: true },
      { id: 'barn', pakrevd: true, gjelder: 'egne_barn' },
    ],
  },
  { id: 'godkjenning', punkter: [{ id: 'vedtak', pakrevd: true }] },
  { id: 'tilgjengelig', punkter: [] },
];

describe('a stage is passed only when its required points are done', () => {
  it('refuses while a required point is missing, naming it', () => {
    expect(nesteFase(faser, 'henvendelse', new Set(), 0)).toEqual({
      ok: false,
      grunn: 'mangler_punkter',
      mangler: ['a'],
    });
  });
  it('ignores optional points and moves to the next stage', () => {
    expect(nesteFase(faser, 'henvendelse', new Set(['a']), 0)).toEqual({ ok: true, til: 'informasjonsmote' });
    expect(nesteFase(faser, 'informasjonsmote', new Set(), 0)).toEqual({ ok: true, til: 'opplaering' });
  });
  it('requires the talk with the family’s own children only when they have any', () => {
    const utredning = faser[3] as FaseDefinisjon;
    expect(gjeldendePunkter(utredning, 0).map((p) => p.id)).toEqual(['d']);
    expect(manglendePunkter(utredning, new Set(['d']), 2)).toEqual(['barn']);
    expect(nesteFase(faser, 'utredning', new Set(['d']), 0)).toEqual({ ok: true, til: 'godkjenning' });
    expect(nesteFase(faser, 'utredning', new Set(['d', 'barn']), 1)).toEqual({
      ok: true,
      til: 'godkjenning',
    });
  });
  it('never leaves the approval stage by a plain step: only the approval decision does', () => {
    expect(nesteFase(faser, 'godkjenning', new Set(['vedtak']), 0)).toEqual({
      ok: false,
      grunn: 'krever_vedtak',
    });
  });
  it('has nothing after available, and nothing for closed cases', () => {
    expect(nesteFase(faser, 'tilgjengelig', new Set(), 0)).toMatchObject({ ok: false, grunn: 'siste_fase' });
    for (const fase of ['trukket', 'avslatt', 'formidlet', 'avsluttet']) {
      expect(nesteFase(faser, fase, new Set(), 0)).toMatchObject({ ok: false, grunn: 'avsluttet' });
      expect(forrigeFase(fase)).toMatchObject({ ok: false, grunn: 'avsluttet' });
    }
  });
});

describe('one stage back', () => {
  it('goes back one stage, not before the first, and never undoes an approval', () => {
    expect(forrigeFase('opplaering')).toEqual({ ok: true, til: 'informasjonsmote' });
    expect(forrigeFase('godkjenning')).toEqual({ ok: true, til: 'utredning' });
    expect(forrigeFase('henvendelse')).toMatchObject({ ok: false, grunn: 'forste_fase' });
    expect(forrigeFase('tilgjengelig')).toMatchObject({ ok: false, grunn: 'krever_vedtak' });
  });
});

describe('withdraw, reject, end', () => {
  it('withdraws or rejects a family on the way, ends an available home', () => {
    for (const fase of FASER_I_LOP.slice(0, 5)) {
      expect(kanAvsluttes(fase, 'trukket')).toBe(true);
      expect(kanAvsluttes(fase, 'avslatt')).toBe(true);
      expect(kanAvsluttes(fase, 'avsluttet')).toBe(false);
    }
    expect(kanAvsluttes('tilgjengelig', 'avsluttet')).toBe(true);
    expect(kanAvsluttes('tilgjengelig', 'avslatt')).toBe(false);
    expect(kanAvsluttes('trukket', 'avslatt')).toBe(false);
  });
});

describe('retention of withdrawn and rejected applicants', () => {
  it('is due on the closing date plus the period, not a day before', () => {
    expect(sletteDato('2025-01-31', 12)).toBe('2026-01-31');
    expect(sletteDato('2025-03-31', 1)).toBe('2025-04-30');
    const sak = { fase: 'trukket', avsluttetDato: '2025-01-15' };
    expect(skalSlettes(sak, 12, '2026-01-14')).toBe(false);
    expect(skalSlettes(sak, 12, '2026-01-15')).toBe(true);
    expect(skalSlettes(sak, 6, '2025-07-15')).toBe(true);
  });
  it('never deletes an active, available or linked case', () => {
    for (const fase of ['henvendelse', 'godkjenning', 'tilgjengelig', 'formidlet', 'avsluttet']) {
      expect(skalSlettes({ fase, avsluttetDato: '2020-01-01' }, 12, '2026-01-01')).toBe(false);
    }
    expect(skalSlettes({ fase: 'avslatt', avsluttetDato: null }, 12, '2026-01-01')).toBe(false);
  });
});

describe('content/rekruttering/pipeline.yaml', () => {
  it('loads, has the stages in order and the sources the database knows', () => {
    const p = lastPipeline();
    expect(p.faser.map((f) => f.id)).toEqual([...FASER_I_LOP]);
    expect(p.kilder.map((k) => k.id).sort()).toEqual([...rekrutteringKilde.enumValues].sort());
    expect(p.faser.find((f) => f.id === 'godkjenning')?.punkter.map((x) => x.id)).toContain(
      'godkjenningsvedtak',
    );
    expect(p.faser.find((f) => f.id === 'utredning')?.punkter.map((x) => x.id)).toEqual(
      expect.arrayContaining(['politiattest', 'helseerklaering', 'sosialrapport_skrevet']),
    );
  });
});
