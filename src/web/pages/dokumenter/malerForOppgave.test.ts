import { describe, expect, it } from 'vitest';
import type { MalListeItem } from '@/web/api/dokumentTypes';
import { malerForOppgave } from '@/web/pages/dokumenter/WriteDocumentButton';

const mal = (id: string, oppgaveRegel: string | null): MalListeItem => ({
  id,
  versjon: 1,
  kategori: 'plan',
  gjelder: 'barn',
  godkjenning: true,
  oppgaveRegel,
  tittel: { nb: id, nn: id },
  formal: { nb: id, nn: id },
  tilpasset: false,
  basisEndret: false,
  aktiv: true,
  produkter: [],
});

const maler = [
  mal('omsorgsplan', 'plan_evaluering'),
  mal('tiltaksplan', 'plan_evaluering'),
  mal('samtale_med_barn', 'oppfolgingsbesok'),
  mal('flytskjema', null),
];

describe('templates for an årshjul task', () => {
  it('offers the templates whose rule is the task’s rule', () => {
    expect(malerForOppgave(maler, { regel: 'oppfolgingsbesok', ref: null }).map((m) => m.id)).toEqual([
      'samtale_med_barn',
    ]);
    expect(malerForOppgave(maler, { regel: 'ettervern', ref: null })).toEqual([]);
  });

  it('for a plan evaluation, offers the plan the task names', () => {
    expect(malerForOppgave(maler, { regel: 'plan_evaluering', ref: 'tiltaksplan' }).map((m) => m.id)).toEqual(
      ['tiltaksplan'],
    );
    expect(malerForOppgave(maler, { regel: 'plan_evaluering', ref: null })).toHaveLength(2);
  });
});
