import { and, asc, eq, gte, isNull, lte, type SQL } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { barn, fosterhjem, oppgave, users } from '@/db/schema';
import { REGLER, type RegelId, status } from '@/domain/arshjul';
import { addMonths } from '@/domain/plasseringsforlop';
import type { OppgaveItem } from '@/modules/arshjul/arshjul.schema';
import type { Actor } from '@/modules/core/actor';
import { osloToday } from '@/modules/core/clock';
import { forbidden } from '@/server/errors';

/** Tasks with the child, the foster home and the responsible contact person, as the API shows them. */
export async function selectOppgaver(tx: Tx, where: SQL | undefined, today: string): Promise<OppgaveItem[]> {
  // Only the columns the answer shows: every request for tasks maps each of these rows.
  const rows = await tx
    .select({
      o: {
        id: oppgave.id,
        regel: oppgave.regel,
        ref: oppgave.ref,
        vinduStart: oppgave.vinduStart,
        frist: oppgave.frist,
        fullfortDato: oppgave.fullfortDato,
        planlagt: oppgave.planlagt,
        avvikArsak: oppgave.avvikArsak,
        avvikNyFrist: oppgave.avvikNyFrist,
        version: oppgave.version,
      },
      barn: { id: barn.id, fornavn: barn.fornavn, etternavn: barn.etternavn },
      hjem: { id: fosterhjem.id, navn: fosterhjem.navn },
      kp: { id: users.id, navn: users.navn },
    })
    .from(oppgave)
    .innerJoin(barn, eq(barn.id, oppgave.barnId))
    .innerJoin(fosterhjem, eq(fosterhjem.id, oppgave.fosterhjemId))
    .leftJoin(users, eq(users.id, barn.kontaktpersonId))
    .where(where)
    .orderBy(asc(oppgave.frist));
  return rows.map(({ o, barn: b, hjem, kp }) => {
    const regel = REGLER[o.regel as RegelId];
    return {
      id: o.id,
      regel: regel.id,
      art: regel.art,
      kilde: regel.kilde,
      ref: o.ref || null,
      vinduStart: o.vinduStart,
      frist: o.frist,
      status: status(o, today, o.avvikNyFrist),
      fullfortDato: o.fullfortDato,
      planlagt: o.planlagt?.toISOString() ?? null,
      avvik: o.avvikArsak && o.avvikNyFrist ? { arsak: o.avvikArsak, nyFrist: o.avvikNyFrist } : null,
      barn: { id: b.id, navn: `${b.fornavn} ${b.etternavn}` },
      fosterhjem: hjem,
      ansvarlig: kp?.id ? kp : null,
      version: o.version,
    };
  });
}

/** The children whose tasks the actor sees: their own, or the team's for a team leader. */
export function omfangFilter(
  actor: Pick<Actor, 'userId' | 'rolle' | 'teamId'>,
  omfang: 'mine' | 'team',
): SQL {
  if (omfang === 'mine') return eq(barn.kontaktpersonId, actor.userId);
  if ((actor.rolle === 'teamleder' || actor.rolle === 'leder') && actor.teamId)
    return eq(barn.teamId, actor.teamId);
  throw forbidden();
}

/** How far back an open task is still something to act on; older misses belong to the compliance history. */
export const FORFALT_MANEDER = 12;

/**
 * "Mine oppgaver": every open task due within the next three months, and those overdue within
 * the last twelve, for the children the actor follows. Deviations keep their new date.
 */
export async function listOppgaver(tx: Tx, actor: Actor, omfang: 'mine' | 'team') {
  const today = osloToday();
  const items = await selectOppgaver(
    tx,
    and(
      omfangFilter(actor, omfang),
      isNull(oppgave.fullfortDato),
      lte(oppgave.frist, addMonths(today, 3)),
      gte(oppgave.frist, addMonths(today, -FORFALT_MANEDER)),
    ),
    today,
  );
  return { items };
}

/** The in-app notice: how much is overdue, due this week, or deviated. */
export async function oppgaveSummary(tx: Tx, actor: Actor) {
  const { items } = await listOppgaver(tx, actor, 'mine');
  return {
    forfalt: items.filter((i) => i.status === 'forfalt').length,
    denneUken: items.filter((i) => i.status === 'denne_uken').length,
    avvik: items.filter((i) => i.avvik).length,
  };
}

/**
 * Tasks in one calendar year, month by month: the annual wheel of a child, or of a foster home
 * (every task for the children placed there).
 */
export async function arshjul(tx: Tx, sak: { barnId: string } | { fosterhjemId: string }, ar: number) {
  const today = osloToday();
  const hvem = 'barnId' in sak ? eq(oppgave.barnId, sak.barnId) : eq(oppgave.fosterhjemId, sak.fosterhjemId);
  const items = await selectOppgaver(
    tx,
    and(hvem, gte(oppgave.frist, `${ar}-01-01`), lte(oppgave.frist, `${ar}-12-31`)),
    today,
  );
  return {
    ar,
    maneder: Array.from({ length: 12 }, (_, i) => ({
      maned: i + 1,
      oppgaver: items.filter((o) => Number(o.frist.slice(5, 7)) === i + 1),
    })),
  };
}
