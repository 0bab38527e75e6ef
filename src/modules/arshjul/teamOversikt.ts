import { and, gte, lte } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { oppgave } from '@/db/schema';
import { addMonths } from '@/domain/plasseringsforlop';
import type { OppgaveItem } from '@/modules/arshjul/arshjul.schema';
import { omfangFilter, selectOppgaver } from '@/modules/arshjul/oppgaver';
import type { Actor } from '@/modules/core/actor';
import { osloToday } from '@/modules/core/clock';

type Tall = { fullfort: number; forfalt: number; avvik: number; kommende: number; forfaltTotalt: number };

/** Done on time: completed by the deadline, or by the new date of a recorded deviation. */
const iTide = (o: OppgaveItem) => o.fullfortDato !== null && o.fullfortDato <= (o.avvik?.nyFrist ?? o.frist);

function tell(items: OppgaveItem[], today: string): Tall & { etterlevelse: number | null } {
  const due = items.filter((o) => o.frist <= today);
  const t = {
    fullfort: due.filter((o) => o.status === 'fullfort').length,
    forfalt: items.filter((o) => o.status === 'forfalt' && !o.avvik).length,
    avvik: items.filter((o) => o.avvik).length,
    kommende: items.filter((o) => o.frist > today && o.status !== 'fullfort').length,
    forfaltTotalt: due.length,
  };
  return {
    ...t,
    etterlevelse: due.length ? Math.round((due.filter(iTide).length / due.length) * 100) : null,
  };
}

/**
 * The team leader's view: compliance per contact person and per child over the last twelve
 * months, with deviations (explained) kept apart from plain overdue tasks.
 */
export async function teamOversikt(tx: Tx, actor: Actor) {
  const today = osloToday();
  const items = await selectOppgaver(
    tx,
    and(
      omfangFilter(actor, 'team'),
      gte(oppgave.frist, addMonths(today, -12)),
      lte(oppgave.frist, addMonths(today, 3)),
    ),
    today,
  );
  const group = <K extends string>(key: (o: OppgaveItem) => K | null) => {
    const map = new Map<K, OppgaveItem[]>();
    for (const o of items) {
      const k = key(o);
      if (k) map.set(k, [...(map.get(k) ?? []), o]);
    }
    return map;
  };
  const perPerson = group((o) => o.ansvarlig?.id ?? null);
  const perBarn = group((o) => o.barn.id);
  return {
    personer: [...perPerson.entries()]
      .map(([id, list]) => {
        const { forfaltTotalt: _, ...t } = tell(list, today);
        return { id, navn: list[0]?.ansvarlig?.navn ?? '', ...t };
      })
      .sort((a, b) => a.navn.localeCompare(b.navn, 'nb')),
    barn: [...perBarn.entries()]
      .map(([id, list]) => {
        const { forfaltTotalt: _, kommende: __, ...t } = tell(list, today);
        return { id, navn: list[0]?.barn.navn ?? '', kontaktperson: list[0]?.ansvarlig?.navn ?? null, ...t };
      })
      .sort((a, b) => b.forfalt - a.forfalt || a.navn.localeCompare(b.navn, 'nb')),
    avvik: items.filter((o) => o.avvik && o.status !== 'fullfort'),
    forfalt: items.filter((o) => o.status === 'forfalt' && !o.avvik),
  };
}
