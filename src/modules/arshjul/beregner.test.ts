import { describe, expect, it } from 'vitest';
import { STANDARD_INNSTILLINGER } from '@/domain/arshjul';
import type { BatchFakta } from '@/modules/arshjul/beregnEndringer';
import { iTraaden, traadBeregner } from '@/modules/arshjul/beregner';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
/** One child placed on 2024-01-10 with no events and no stored tasks. */
const fakta: BatchFakta = {
  tjenesteId: id(1),
  today: '2025-06-01',
  innst: STANDARD_INNSTILLINGER,
  aktiveRegler: ['oppfolgingsbesok'],
  tabeller: {
    barn: JSON.stringify([[id(2), '2015-03-01']]),
    plasseringer: JSON.stringify([[id(3), id(2), id(4), '2024-01-10', null, 'bvl_5_1']]),
    hyppighet: '[]',
    avtaler: '[]',
    egne: '[]',
  },
  hendelser: [],
  lagret: [],
};

describe('beregner', () => {
  it('computes the same changes on the worker thread as on this one', async () => {
    const here = await iTraaden.beregn(fakta);
    // Follow-up visits every three months from moving in, up to a year ahead of "today".
    expect(here.nye.map((o) => o.frist)).toEqual([
      '2024-04-10',
      '2024-07-10',
      '2024-10-10',
      '2025-01-10',
      '2025-04-10',
      '2025-07-10',
      '2025-10-10',
      '2026-01-10',
      '2026-04-10',
    ]);
    const beregner = traadBeregner();
    try {
      expect(await beregner.beregn(fakta)).toEqual(here);
    } finally {
      await beregner.stopp();
    }
  });

  it('reads the events as the database sends them: a visit inside the first window completes it', async () => {
    // Fields joined by U+001F, events by U+001E; an empty placement or ref is none.
    const besok = [id(5), 'oppfolgingsbesok', '2024-03-01', id(3), ''].join('\u001f');
    const utenPlassering = [id(6), 'oppfolgingsbesok', '2024-05-02', '', ''].join('\u001f');
    const { nye } = await iTraaden.beregn({
      ...fakta,
      hendelser: [{ barn_id: id(2), t: [besok, utenPlassering].join('\u001e') }],
    });
    expect(nye.slice(0, 3).map((o) => [o.frist, o.hendelseId, o.fullfortDato])).toEqual([
      ['2024-04-10', id(5), '2024-03-01'],
      // An event recorded without a placement counts for the child's placement.
      ['2024-07-10', id(6), '2024-05-02'],
      ['2024-10-10', null, null],
    ]);
  });

  it('refuses work once stopped, instead of waiting for ever', async () => {
    const beregner = traadBeregner();
    await beregner.stopp();
    await expect(beregner.beregn(fakta)).rejects.toThrow(/stopped/);
  });
});
