import { describe, expect, it } from 'vitest';
import { STEG_IDS } from '@/domain/tilbakeforing';
import { lastGjenforeningForslag, lastTrakt } from '@/modules/tilbakeforing/innhold';

describe('the funnel texts', () => {
  it('have every step and answer the rules know, in bokmål and nynorsk', () => {
    const trakt = lastTrakt();
    expect(trakt.steg.map((s) => s.id)).toEqual(STEG_IDS);
    for (const s of trakt.steg) expect(s.veiledning.nn).not.toEqual(s.veiledning.nb);
  });

  it('suggest safe reunification steps in both written standards', () => {
    const { forslag } = lastGjenforeningForslag();
    expect(forslag.length).toBeGreaterThanOrEqual(4);
    for (const f of forslag) expect(f.ansvar.nn).not.toEqual(f.ansvar.nb);
  });
});
