import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FREMGANGSMATER,
  gjenrekrutteringTilstand,
  kanAvslutte,
  lesFremgangsmater,
  manglerNettverkssok,
  PLASSERINGSTYPER,
  skalSporres,
  skrivFremgangsmater,
  trengerMidlertidigSlektSjekkliste,
  validerSvar,
} from '@/domain/slektForst';

describe('kinship first: a neutral home waits for a concluded search (seeds/002, domain.md §2.4)', () => {
  it('blocks only an ordinary placement, only when required, only until a search is concluded', () => {
    expect(manglerNettverkssok('ordinaer', true, false)).toBe(true);
    expect(manglerNettverkssok('ordinaer', true, true)).toBe(false);
    expect(manglerNettverkssok('ordinaer', false, false)).toBe(false);
  });

  it('never blocks a kinship placement or an emergency home', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('slekt_nettverk', 'beredskap' as const),
        fc.boolean(),
        fc.boolean(),
        (t, k, h) => {
          expect(manglerNettverkssok(t, k, h)).toBe(false);
        },
      ),
    );
  });

  it('with the setting off, nothing is blocked', () => {
    for (const t of PLASSERINGSTYPER) expect(manglerNettverkssok(t, false, false)).toBe(false);
  });

  it('points an urgent move to kin at the temporary kinship checklist, and only that', () => {
    expect(trengerMidlertidigSlektSjekkliste('slekt_nettverk', 'akutt')).toBe(true);
    expect(trengerMidlertidigSlektSjekkliste('slekt_nettverk', 'bvl_5_1')).toBe(false);
    expect(trengerMidlertidigSlektSjekkliste('ordinaer', 'akutt')).toBe(false);
    expect(trengerMidlertidigSlektSjekkliste('beredskap', 'akutt')).toBe(false);
  });
});

describe('concluding a search', () => {
  it('needs every person named to be assessed', () => {
    expect(
      kanAvslutte(
        { kandidater: [{ vurdering: 'egnet' }, { vurdering: 'ikke_vurdert' }], fremgangsmater: [] },
        'slekt_funnet',
      ),
    ).toEqual({ field: 'utfall', code: 'network_candidate_unassessed' });
  });

  it('«kin found» needs someone assessed as suitable', () => {
    expect(
      kanAvslutte({ kandidater: [{ vurdering: 'onsker_ikke' }], fremgangsmater: [] }, 'slekt_funnet'),
    ).toEqual({
      field: 'utfall',
      code: 'network_no_suitable_candidate',
    });
    expect(
      kanAvslutte({ kandidater: [{ vurdering: 'egnet' }], fremgangsmater: [] }, 'slekt_funnet'),
    ).toBeNull();
  });

  it('«nobody suitable» needs someone considered or a documented way of asking', () => {
    expect(kanAvslutte({ kandidater: [], fremgangsmater: [] }, 'ingen_egnet')).toEqual({
      field: 'utfall',
      code: 'network_search_empty',
    });
    expect(kanAvslutte({ kandidater: [], fremgangsmater: ['nettverksmote'] }, 'ingen_egnet')).toBeNull();
    expect(
      kanAvslutte({ kandidater: [{ vurdering: 'ikke_egnet' }], fremgangsmater: [] }, 'ingen_egnet'),
    ).toBeNull();
  });

  it('stores the ways of asking as codes and reads back only known ones', () => {
    fc.assert(
      fc.property(fc.subarray([...FREMGANGSMATER]), (koder) => {
        expect(lesFremgangsmater(skrivFremgangsmater(koder))).toEqual(koder);
      }),
    );
    expect(lesFremgangsmater('samtaler,ukjent')).toEqual(['samtaler']);
    expect(lesFremgangsmater(null)).toEqual([]);
  });
});

describe('re-recruitment', () => {
  const row = { frist: '2026-02-01', svar: null, pauseTil: null, avsluttet: null };

  it('is open before the deadline and overdue after it', () => {
    expect(gjenrekrutteringTilstand(row, '2026-02-01')).toBe('apen');
    expect(gjenrekrutteringTilstand(row, '2026-02-02')).toBe('forfalt');
  });

  it('a pause hides the home until its date, then it shows again', () => {
    const paused = { ...row, svar: 'pause' as const, pauseTil: '2026-06-01' };
    expect(gjenrekrutteringTilstand(paused, '2026-05-31')).toBe('pause');
    expect(skalSporres('pause')).toBe(false);
    expect(gjenrekrutteringTilstand(paused, '2026-06-01')).toBe('pause_utlopt');
    expect(skalSporres('pause_utlopt')).toBe(true);
  });

  it('a closed row stays closed', () => {
    expect(gjenrekrutteringTilstand({ ...row, svar: 'klar', avsluttet: '2026-01-10' }, '2027-01-01')).toBe(
      'avsluttet',
    );
    expect(skalSporres('avsluttet')).toBe(false);
  });

  it('a pause needs a later date, a no needs a reason', () => {
    expect(validerSvar('pause', '2026-02-01', null, null)).toEqual({ field: 'pauseTil', code: 'required' });
    expect(validerSvar('pause', '2026-02-01', '2026-02-01', null)).toEqual({
      field: 'pauseTil',
      code: 'date_order',
    });
    expect(validerSvar('pause', '2026-02-01', '2026-08-01', null)).toBeNull();
    expect(validerSvar('nei', '2026-02-01', null, null)).toEqual({ field: 'arsak', code: 'required' });
    expect(validerSvar('nei', '2026-02-01', null, 'alder_helse')).toBeNull();
    expect(validerSvar('klar', '2026-02-01', null, null)).toBeNull();
  });
});
