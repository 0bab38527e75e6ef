import { describe, expect, it } from 'vitest';
import {
  kanStarteGjenforening,
  STEG_IDS,
  type Svar,
  stegFeil,
  TRAKT_STEG,
  tillatt,
  vurder,
} from '@/domain/tilbakeforing';

const svar = (a: Partial<Record<(typeof STEG_IDS)[number], string>>): Svar => ({
  endring: { svar: 'pa_vei', grunnlag: 'Samvær og samtaler siste halvår.' },
  omsorg: { svar: 'nei', grunnlag: 'Rusfrihet over kort tid.' },
  tilknytning: { svar: 'ingen_alvorlige', grunnlag: 'God kontakt med mor.' },
  barnets_syn: { svar: 'delt', grunnlag: 'Samtale alene med barnet.' },
  hva_skal_til: { svar: 'mer_hjelp', grunnlag: 'COS-kurs og lengre samvær.' },
  ...Object.fromEntries(
    Object.entries(a).map(([k, v]) => [k, { svar: v, grunnlag: 'Grunnlag for svaret.' }]),
  ),
});

describe('the decision paths of the reunification assessment', () => {
  it('an empty assessment lists every answer and every evidence missing, and allows nothing', () => {
    const v = vurder({});
    expect(v.mangler).toHaveLength(STEG_IDS.length * 2);
    expect(v.beslutninger.fortsette_prosess).toEqual(['ufullstendig']);
    expect(v.beslutninger.fremme_sak).toContain('ufullstendig');
  });

  it('an answer without the evidence it rests on is not complete', () => {
    const s = svar({});
    s.omsorg = { svar: 'ja', grunnlag: '   ' };
    expect(vurder(s).mangler).toEqual([{ steg: 'omsorg', felt: 'grunnlag' }]);
    expect(tillatt(s, 'fortsette_prosess')).toBe(false);
  });

  it('an answer the step does not offer counts as unanswered', () => {
    expect(vurder(svar({ omsorg: 'kanskje' })).mangler).toEqual([{ steg: 'omsorg', felt: 'svar' }]);
  });

  it('bringing the case needs the care test answered yes and no serious problems from attachment', () => {
    const ok = svar({ omsorg: 'ja', tilknytning: 'ingen_alvorlige' });
    expect(tillatt(ok, 'fremme_sak')).toBe(true);
    expect(vurder(ok).vilkarOppfylt).toBe(true);
    expect(vurder(svar({ omsorg: 'uavklart' })).beslutninger.fremme_sak).toEqual(['omsorg_ikke_sannsynlig']);
    expect(vurder(svar({ omsorg: 'ja', tilknytning: 'alvorlige' })).beslutninger.fremme_sak).toEqual([
      'tilknytning_ikke_avklart',
    ]);
    expect(vurder(svar({ omsorg: 'ja', tilknytning: 'uavklart' })).beslutninger.fremme_sak).toEqual([
      'tilknytning_ikke_avklart',
    ]);
  });

  it('continuing the process work is always open once the assessment is complete', () => {
    for (const omsorg of TRAKT_STEG.omsorg)
      for (const tilknytning of TRAKT_STEG.tilknytning)
        expect(tillatt(svar({ omsorg, tilknytning }), 'fortsette_prosess')).toBe(true);
  });

  it('giving up the goal needs a reason: the attachment exception, or no proper care and no realistic change', () => {
    const tilknytning = svar({ tilknytning: 'alvorlige' });
    expect(tillatt(tilknytning, 'avslutte_mal')).toBe(true);
    expect(vurder(tilknytning).avslutningsgrunn).toBe('tilknytning');

    const omsorg = svar({ omsorg: 'nei', hva_skal_til: 'ikke_realistisk' });
    expect(tillatt(omsorg, 'avslutte_mal')).toBe(true);
    expect(vurder(omsorg).avslutningsgrunn).toBe('omsorg');

    // Parents who cannot yet, but could with more help: the active duty means the work goes on.
    expect(vurder(svar({ omsorg: 'nei', hva_skal_til: 'mer_hjelp' })).beslutninger.avslutte_mal).toEqual([
      'mangler_grunn_for_avslutning',
    ]);
    // When the test for reunification is met, the goal cannot be given up.
    expect(tillatt(svar({ omsorg: 'ja', hva_skal_til: 'ikke_realistisk' }), 'avslutte_mal')).toBe(false);
  });
});

describe('safe reunification', () => {
  const plassering = (flyttingTil: string | null, utflytting: string | null = '2026-01-01') => ({
    hjemmel: 'bvl_5_1',
    utflytting,
    flyttingTil,
  });
  it('starts after a decision to bring the case, or when a care order is lifted (moved to the parents)', () => {
    expect(kanStarteGjenforening({ sisteBeslutning: 'fremme_sak', plasseringer: [] })).toBe(true);
    expect(
      kanStarteGjenforening({ sisteBeslutning: 'fortsette_prosess', plasseringer: [plassering(null, null)] }),
    ).toBe(false);
    expect(kanStarteGjenforening({ sisteBeslutning: null, plasseringer: [plassering('6')] })).toBe(true);
    expect(kanStarteGjenforening({ sisteBeslutning: null, plasseringer: [plassering('2')] })).toBe(false);
  });

  it('a step cannot end before it starts', () => {
    expect(
      stegFeil([
        { fra: '2026-03-01', til: '2026-02-01' },
        { fra: null, til: '2026-01-01' },
      ]),
    ).toEqual([{ field: 'steg.0.til', code: 'date_order' }]);
  });
});
