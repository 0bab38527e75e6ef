import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  beregnOppgaver,
  type Fakta,
  type Oppgave,
  REGLER,
  STANDARD_INNSTILLINGER,
  status,
} from '@/domain/arshjul';
import { addMonths } from '@/domain/plasseringsforlop';

const plassering = (extra: Partial<Fakta['plasseringer'][number]> = {}) => ({
  id: 'p1',
  fosterhjemId: 'h1',
  innflytting: '2024-01-15',
  utflytting: null,
  hjemmel: 'bvl_5_1' as const,
  ...extra,
});

const fakta = (extra: Partial<Fakta> = {}): Fakta => ({
  fodselsdato: '2012-06-01',
  plasseringer: [plassering()],
  hyppighet: [],
  hendelser: [],
  avtaler: [],
  ...extra,
});

const av = (oppgaver: ReturnType<typeof beregnOppgaver>, regel: string) =>
  oppgaver.filter((o) => o.regel === regel);

describe('Forskrift om fosterhjem § 10: follow-up visits', () => {
  it('at least four visits a year: one in each quarter from the move-in', () => {
    const o = av(beregnOppgaver(fakta(), '2025-01-15'), 'oppfolgingsbesok');
    expect(o.map((x) => [x.vinduStart, x.frist])).toEqual([
      ['2024-01-15', '2024-04-15'],
      ['2024-04-15', '2024-07-15'],
      ['2024-07-15', '2024-10-15'],
      ['2024-10-15', '2025-01-15'],
    ]);
  });

  it('may be reduced to two a year when the child has lived there more than two years', () => {
    const f = fakta({
      hyppighet: [{ plasseringId: 'p1', type: 'oppfolging', antall: 2, fra: '2026-02-01' }],
    });
    const o = av(beregnOppgaver(f, '2027-03-01'), 'oppfolgingsbesok');
    const after = o.filter((x) => x.vinduStart >= '2026-01-15');
    expect(after.map((x) => x.frist)).toEqual(['2026-04-15', '2026-10-15']);
  });

  it('a reduction decided before two years have passed takes effect only after them', () => {
    const f = fakta({
      hyppighet: [{ plasseringId: 'p1', type: 'oppfolging', antall: 2, fra: '2024-06-01' }],
    });
    const o = av(beregnOppgaver(f, '2026-07-15'), 'oppfolgingsbesok');
    expect(o.filter((x) => x.frist <= '2026-01-15').length).toBe(8);
  });

  it('a visit is completed only by a recorded visit inside its window', () => {
    const f = fakta({
      hendelser: [
        { id: 'v1', type: 'oppfolgingsbesok', dato: '2024-02-01', plasseringId: 'p1' },
        { id: 'v2', type: 'oppfolgingsbesok', dato: '2024-03-01', plasseringId: 'p1' },
        { id: 't1', type: 'tilsynsbesok', dato: '2024-05-01', plasseringId: 'p1' },
      ],
    });
    const o = av(beregnOppgaver(f, '2024-07-15'), 'oppfolgingsbesok');
    expect(o.map((x) => x.hendelseId)).toEqual(['v1', null]);
    expect(status(o[1]!, '2024-07-16')).toBe('forfalt');
  });

  it('a visit after the deadline completes the overdue task late, unless its own window needs it', () => {
    const f = fakta({
      hendelser: [
        { id: 'v1', type: 'oppfolgingsbesok', dato: '2024-05-01', plasseringId: 'p1' },
        { id: 'v2', type: 'oppfolgingsbesok', dato: '2024-05-20', plasseringId: 'p1' },
      ],
    });
    const o = av(beregnOppgaver(f, '2024-07-15'), 'oppfolgingsbesok');
    // v1 belongs to the second window; the extra visit v2 completes the first one, late.
    expect(o.map((x) => [x.hendelseId, x.fullfortDato])).toEqual([
      ['v2', '2024-05-20'],
      ['v1', '2024-05-01'],
    ]);
  });

  it('a move-out stops the tasks for that home', () => {
    const f = fakta({ plasseringer: [plassering({ utflytting: '2024-08-01' })] });
    const o = beregnOppgaver(f, '2026-01-01');
    expect(o.every((x) => x.frist <= '2024-08-01')).toBe(true);
    expect(av(o, 'oppfolgingsbesok').length).toBe(2);
  });
});

describe('Supervision (tilsyn)', () => {
  it('four visits a year, until the child turns 18', () => {
    const f = fakta({ fodselsdato: '2006-09-01', plasseringer: [plassering({ innflytting: '2023-09-01' })] });
    const o = av(beregnOppgaver(f, '2026-01-01'), 'tilsynsbesok');
    expect(o.at(-1)?.frist).toBe('2024-09-01');
    expect(o.length).toBe(4);
  });

  it('each report received gives a task to review it (local practice: within 14 days)', () => {
    const f = fakta({
      hendelser: [
        { id: 'r1', type: 'tilsynsrapport_mottatt', dato: '2024-03-01', plasseringId: 'p1' },
        { id: 'g1', type: 'tilsynsrapport_gjennomgatt', dato: '2024-03-05', plasseringId: 'p1', ref: 'r1' },
      ],
    });
    const o = av(beregnOppgaver(f, '2024-12-31'), 'tilsynsrapport');
    expect(o).toEqual([expect.objectContaining({ ref: 'r1', frist: '2024-03-15', hendelseId: 'g1' })]);
  });
});

describe('Plans, parents, reunification and aftercare', () => {
  it('after a care order (bvl. § 5-1): care plan, contact plan and the foster family plan are evaluated yearly', () => {
    const o = av(beregnOppgaver(fakta(), '2025-01-15'), 'plan_evaluering');
    expect(o.map((x) => x.ref).sort()).toEqual(['omsorgsplan', 'plan_fosterfamilien', 'samvaersplan']);
  });

  it('support measures (bvl. kap. 3) have a tiltaksplan, and no parent conversations are required', () => {
    const f = fakta({ plasseringer: [plassering({ hjemmel: 'bvl_kap3' })] });
    const o = beregnOppgaver(f, '2025-01-15');
    expect(
      av(o, 'plan_evaluering')
        .map((x) => x.ref)
        .sort(),
    ).toEqual(['plan_fosterfamilien', 'tiltaksplan']);
    expect(av(o, 'foreldresamtale')).toEqual([]);
    expect(av(o, 'tilbakeforing')).toEqual([]);
  });

  it('conversations with the parents twice a year, and reunification assessed yearly (bvl. § 5-7)', () => {
    const o = beregnOppgaver(fakta(), '2025-01-15');
    expect(av(o, 'foreldresamtale').map((x) => x.frist)).toEqual(['2024-07-15', '2025-01-15']);
    expect(av(o, 'tilbakeforing').map((x) => x.frist)).toEqual(['2025-01-15']);
  });

  it('aftercare is assessed in good time before 18 (bvl. § 8-5): by default six months before', () => {
    const o = av(beregnOppgaver(fakta({ fodselsdato: '2008-03-10' }), '2027-01-01'), 'ettervern');
    expect(o).toEqual([expect.objectContaining({ frist: '2025-09-10' })]);
  });

  it('the agreement is evaluated with the foster parents at the latest five months before it ends (local practice)', () => {
    const f = fakta({ avtaler: [{ id: 'a1', plasseringId: 'p1', sluttDato: '2026-12-31' }] });
    const o = av(beregnOppgaver(f, '2027-01-01'), 'avtale_evaluering');
    expect(o).toEqual([expect.objectContaining({ ref: 'a1', frist: '2026-07-31' })]);
  });

  it('a service may change its local-practice numbers', () => {
    const innst = { ...STANDARD_INNSTILLINGER, foreldresamtalerPerAr: 4 };
    expect(av(beregnOppgaver(fakta(), '2025-01-15', innst), 'foreldresamtale').length).toBe(4);
  });
});

describe("the foster family: annual evaluation and the family's own children (local practice)", () => {
  it('the foster parents have an annual evaluation once a year from the move-in', () => {
    const o = av(beregnOppgaver(fakta(), '2026-03-01'), 'arlig_evaluering');
    expect(o.map((x) => [x.vinduStart, x.frist])).toEqual([
      ['2024-01-15', '2025-01-15'],
      ['2025-01-15', '2026-01-15'],
    ]);
  });

  it("the evaluation interval is the service's setting, and a move-out stops it", () => {
    const innst = { ...STANDARD_INNSTILLINGER, arligEvalueringMaaneder: 6 };
    const f = fakta({ plasseringer: [plassering({ utflytting: '2025-03-01' })] });
    expect(av(beregnOppgaver(f, '2027-01-01', innst), 'arlig_evaluering').map((x) => x.frist)).toEqual([
      '2024-07-15',
      '2025-01-15',
    ]);
  });

  it('the conversation with the own children is due yearly only while the home has own children', () => {
    expect(av(beregnOppgaver(fakta(), '2026-03-01'), 'samtale_ovrige_barn')).toEqual([]);
    const f = fakta({ fosterhjemMedEgneBarn: ['h1'] });
    const o = av(beregnOppgaver(f, '2026-03-01'), 'samtale_ovrige_barn');
    expect(o.map((x) => x.frist)).toEqual(['2025-01-15', '2026-01-15']);
    expect(
      av(beregnOppgaver(fakta({ fosterhjemMedEgneBarn: ['h2'] }), '2026-03-01'), 'samtale_ovrige_barn'),
    ).toEqual([]);
  });

  it('recording the conversation or the evaluation completes the task, as for the other rules', () => {
    const f = fakta({
      fosterhjemMedEgneBarn: ['h1'],
      hendelser: [
        { id: 's1', type: 'samtale_ovrige_barn', dato: '2024-11-02', plasseringId: 'p1' },
        { id: 'e1', type: 'arlig_evaluering', dato: '2025-02-01', plasseringId: 'p1' },
      ],
    });
    const o = beregnOppgaver(f, '2026-03-01');
    expect(av(o, 'samtale_ovrige_barn').map((x) => x.hendelseId)).toEqual(['s1', null]);
    // An evaluation two weeks after the first year belongs to the second year's window; the first
    // year's evaluation stays missing.
    expect(av(o, 'arlig_evaluering').map((x) => x.fullfortDato)).toEqual([null, '2025-02-01']);
  });

  it('both rules are local practice with a source', () => {
    for (const id of ['arlig_evaluering', 'samtale_ovrige_barn'] as const) {
      expect(REGLER[id]).toMatchObject({ status: 'U', art: 'lokal_praksis', fullfortAv: id });
      expect(REGLER[id].kilde).toMatch(/seeds\/00[23]/);
    }
  });
});

describe('invariants (property-based)', () => {
  const date = fc
    .integer({ min: 0, max: 365 * 8 })
    .map((d) => new Date(Date.UTC(2016, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));

  it('every full year of a placement has at least the minimum number of visits scheduled', () => {
    fc.assert(
      fc.property(
        date,
        fc.integer({ min: 12, max: 60 }),
        fc.option(date),
        (innflytting, months, reduksjon) => {
          const utflytting = addMonths(innflytting, months);
          const f = fakta({
            plasseringer: [plassering({ innflytting, utflytting })],
            hyppighet: reduksjon
              ? [{ plasseringId: 'p1', type: 'oppfolging', antall: 2, fra: reduksjon }]
              : [],
          });
          const visits = av(beregnOppgaver(f, '2040-01-01'), 'oppfolgingsbesok');
          for (let y = 0; addMonths(innflytting, 12 * (y + 1)) <= utflytting; y++) {
            const from = addMonths(innflytting, 12 * y);
            const to = addMonths(innflytting, 12 * (y + 1));
            const inYear = visits.filter((v) => v.frist > from && v.frist <= to).length;
            expect(inYear).toBeGreaterThanOrEqual(2);
            if (to <= addMonths(innflytting, 24)) expect(inYear).toBe(4);
          }
        },
      ),
    );
  });

  it('a reduction never applies before the child has lived there two years', () => {
    fc.assert(
      fc.property(date, date, (innflytting, fra) => {
        const f = fakta({
          plasseringer: [plassering({ innflytting })],
          hyppighet: [{ plasseringId: 'p1', type: 'oppfolging', antall: 2, fra }],
        });
        const toAr = addMonths(innflytting, 24);
        for (const v of av(beregnOppgaver(f, addMonths(innflytting, 48)), 'oppfolgingsbesok')) {
          if (v.vinduStart <= toAr) expect(v.frist).toBe(addMonths(v.vinduStart, 3));
        }
      }),
    );
  });

  it('no task of a home falls due after the move-out', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 80 }), (innflytting, months) => {
        const utflytting = addMonths(innflytting, months);
        const f = fakta({
          plasseringer: [plassering({ innflytting, utflytting })],
          avtaler: [{ id: 'a', plasseringId: 'p1', sluttDato: addMonths(innflytting, 36) }],
        });
        for (const o of beregnOppgaver(f, '2040-01-01')) expect(o.frist <= utflytting).toBe(true);
      }),
    );
  });

  it('an event completes at most one task', () => {
    fc.assert(
      fc.property(fc.array(date, { maxLength: 12 }), (dates) => {
        const f = fakta({
          plasseringer: [plassering({ innflytting: '2016-01-01' })],
          hendelser: dates.map((d, i) => ({
            id: `h${i}`,
            type: 'oppfolgingsbesok' as const,
            dato: d,
            plasseringId: 'p1',
          })),
        });
        const ids = beregnOppgaver(f, '2025-01-01')
          .map((o) => o.hendelseId)
          .filter(Boolean);
        expect(new Set(ids).size).toBe(ids.length);
      }),
    );
  });

  // The matching as it was first written, scanning every event of the type for every task: the
  // engine's binary search must pick the same event for every task, whatever order events come in.
  const naivMatching = (oppgaver: Oppgave[], hendelser: Fakta['hendelser']) => {
    const brukt = new Set<string>();
    const treff = new Map<Oppgave, Fakta['hendelser'][number]>();
    const finn = (o: Oppgave, inside: boolean) => {
      let best: Fakta['hendelser'][number] | undefined;
      for (const h of hendelser) {
        if (
          h.type === REGLER[o.regel].fullfortAv &&
          (best === undefined || h.dato < best.dato) &&
          !brukt.has(h.id) &&
          (h.plasseringId === o.plasseringId || h.plasseringId === null) &&
          (inside ? h.dato >= o.vinduStart && h.dato <= o.frist : h.dato > o.frist) &&
          (o.ref === null || (h.ref ?? null) === o.ref)
        )
          best = h;
      }
      return best;
    };
    for (const inside of [true, false]) {
      for (const o of oppgaver) {
        if (treff.has(o)) continue;
        const h = finn(o, inside);
        if (h) {
          brukt.add(h.id);
          treff.set(o, h);
        }
      }
    }
    return oppgaver.map((o) => ({
      ...o,
      hendelseId: treff.get(o)?.id ?? null,
      fullfortDato: treff.get(o)?.dato ?? null,
    }));
  };

  it('each task takes the event a scan of every event would give it (binary search = naive scan)', () => {
    const typer = ['oppfolgingsbesok', 'tilsynsbesok', 'plan_evaluert', 'foreldresamtale'] as const;
    const hendelse = fc.record({
      type: fc.constantFrom(...typer),
      dato: date,
      plasseringId: fc.constantFrom('p1', 'p2', null),
      ref: fc.constantFrom(null, 'omsorgsplan', 'samvaersplan', 'tiltaksplan'),
    });
    fc.assert(
      fc.property(date, date, fc.array(hendelse, { maxLength: 60 }), (inn1, inn2, hs) => {
        const [a, b] = inn1 < inn2 ? [inn1, inn2] : [inn2, inn1];
        const f = fakta({
          plasseringer: [
            plassering({ id: 'p1', innflytting: a, utflytting: b }),
            plassering({ id: 'p2', innflytting: b, hjemmel: 'bvl_6_3' }),
          ],
          hendelser: hs.map((h, i) => ({ id: `h${i}`, ...h })),
        });
        const fasit = beregnOppgaver(f, '2025-06-01');
        const utenTreff = fasit.map((o) => ({ ...o, hendelseId: null, fullfortDato: null }));
        expect(fasit).toEqual(naivMatching(utenTreff, f.hendelser));
      }),
      { numRuns: 300 },
    );
  });
});
