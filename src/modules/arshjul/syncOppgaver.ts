import { and, asc, eq, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import {
  barn,
  fosterhjemMedlem,
  fosterhjemsavtale,
  hendelse,
  hyppighetVedtak,
  oppgave,
  plassering,
} from '@/db/schema';
import { beregnOppgaver, type Fakta } from '@/domain/arshjul';
import { addMonths } from '@/domain/plasseringsforlop';
import { getInnstillinger } from '@/modules/arshjul/innstillinger';
import { aktiveRegler } from '@/modules/katalog/aktivering';

/** How far ahead tasks are materialised. */
export const HORISONT_MANEDER = 12;

/**
 * Recomputes one child's tasks from the facts and stores them idempotently: new tasks are
 * added, completions updated, and tasks the facts no longer give are removed unless someone
 * recorded a deviation or a plan on them. Called in the same transaction as every change to
 * the facts, and on a schedule as time moves on.
 */
export async function syncOppgaver(tx: Tx, tjenesteId: string, barnId: string, today: string): Promise<void> {
  const [b] = await tx.select().from(barn).where(eq(barn.id, barnId));
  if (!b) return;
  const plasseringer = await tx.select().from(plassering).where(eq(plassering.barnId, barnId));
  const ids = plasseringer.map((p) => p.id);
  const homeIds = [...new Set(plasseringer.map((p) => p.fosterhjemId))];
  // One after another: a transaction is one connection, which runs one query at a time anyway.
  const hyppighet = ids.length
    ? await tx.select().from(hyppighetVedtak).where(inArray(hyppighetVedtak.plasseringId, ids))
    : [];
  // In date order, then in the order they were stored, as the batch engine reads them: two
  // events of one day complete the same tasks whichever engine runs.
  const hendelser = await tx
    .select()
    .from(hendelse)
    .where(eq(hendelse.barnId, barnId))
    .orderBy(asc(hendelse.dato), sql`ctid`);
  const avtaler = ids.length
    ? await tx.select().from(fosterhjemsavtale).where(inArray(fosterhjemsavtale.plasseringId, ids))
    : [];
  const innst = await getInnstillinger(tx, tjenesteId);
  // The family's own children give a yearly conversation with them (seeds/002).
  const egneBarn = homeIds.length
    ? await tx
        .selectDistinct({ fosterhjemId: fosterhjemMedlem.fosterhjemId })
        .from(fosterhjemMedlem)
        .where(and(inArray(fosterhjemMedlem.fosterhjemId, homeIds), eq(fosterhjemMedlem.rolle, 'eget_barn')))
    : [];
  // Local-practice rules that come with a treasure-map product apply once it is adopted.
  const regelAktiv = await aktiveRegler(tx, tjenesteId);
  const fakta: Fakta = {
    fodselsdato: b.fodselsdato,
    plasseringer: plasseringer.map((p) => ({ ...p })),
    hyppighet: hyppighet.map((h) => ({ ...h, antall: h.antall === 2 ? 2 : 4 })),
    hendelser: hendelser.map((h) => ({
      id: h.id,
      type: h.type,
      dato: h.dato,
      plasseringId: h.plasseringId,
      ref: h.ref,
    })),
    avtaler: avtaler.map((a) => ({ id: a.id, plasseringId: a.plasseringId, sluttDato: a.sluttDato })),
    fosterhjemMedEgneBarn: egneBarn.map((e) => e.fosterhjemId),
  };
  const beregnet = beregnOppgaver(fakta, addMonths(today, HORISONT_MANEDER), innst).filter((o) =>
    regelAktiv(o.regel),
  );
  const home = new Map(plasseringer.map((p) => [p.id, p.fosterhjemId]));

  const keep: string[] = [];
  const rows = beregnet.map((o) => ({
    tjenesteId,
    barnId,
    plasseringId: o.plasseringId,
    fosterhjemId: home.get(o.plasseringId) as string,
    regel: o.regel,
    ref: o.ref ?? '',
    vinduStart: o.vinduStart,
    frist: o.frist,
    hendelseId: o.hendelseId,
    fullfortDato: o.fullfortDato,
  }));
  for (let i = 0; i < rows.length; i += 500) {
    const saved = await tx
      .insert(oppgave)
      .values(rows.slice(i, i + 500))
      .onConflictDoUpdate({
        target: [oppgave.plasseringId, oppgave.regel, oppgave.ref, oppgave.vinduStart],
        set: {
          frist: sql`excluded.frist`,
          hendelseId: sql`excluded.hendelse_id`,
          fullfortDato: sql`excluded.fullfort_dato`,
        },
      })
      .returning({ id: oppgave.id });
    keep.push(...saved.map((r) => r.id));
  }
  await tx
    .delete(oppgave)
    .where(
      and(
        eq(oppgave.barnId, barnId),
        keep.length ? notInArray(oppgave.id, keep) : sql`true`,
        isNull(oppgave.avvikArsak),
        isNull(oppgave.planlagt),
      ),
    );
}
