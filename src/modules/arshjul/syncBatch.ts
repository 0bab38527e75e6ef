import { and, eq, inArray, sql } from 'drizzle-orm';
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
import { HORISONT_MANEDER } from '@/modules/arshjul/syncOppgaver';
import { aktiveRegler } from '@/modules/katalog/aktivering';

const key = (o: { plasseringId: string; regel: string; ref: string; vinduStart: string }) =>
  `${o.plasseringId}|${o.regel}|${o.ref}|${o.vinduStart}`;

const group = <T, K>(rows: T[], by: (r: T) => K) => {
  const m = new Map<K, T[]>();
  for (const r of rows) {
    const list = m.get(by(r));
    if (list) list.push(r);
    else m.set(by(r), [r]);
  }
  return m;
};

/**
 * The årshjul engine for many children at once: the same facts, rules and result as
 * `syncOppgaver` for each child, but loaded with one query per table for the whole batch and
 * written as a diff (new tasks inserted, changed ones updated, vanished ones removed unless a
 * deviation or plan was recorded on them). A recompute where nothing changed only reads.
 * Used by the scheduled recompute over every child (`syncAll`), where one query per child and
 * table was the cost (bench/national: 9,500 children).
 */
export async function syncOppgaverBatch(
  tx: Tx,
  tjenesteId: string,
  barnIds: string[],
  today: string,
): Promise<{ nye: number; endret: number; fjernet: number }> {
  if (!barnIds.length) return { nye: 0, endret: 0, fjernet: 0 };
  const children = await tx
    .select({ id: barn.id, fodselsdato: barn.fodselsdato })
    .from(barn)
    .where(inArray(barn.id, barnIds));
  const plasseringer = await tx.select().from(plassering).where(inArray(plassering.barnId, barnIds));
  const ids = plasseringer.map((p) => p.id);
  const homeIds = [...new Set(plasseringer.map((p) => p.fosterhjemId))];
  // One after the other: a transaction is one connection, which runs one query at a time anyway.
  const hyppighet = ids.length
    ? await tx.select().from(hyppighetVedtak).where(inArray(hyppighetVedtak.plasseringId, ids))
    : [];
  const hendelser = await tx
    .select({
      id: hendelse.id,
      barnId: hendelse.barnId,
      type: hendelse.type,
      dato: hendelse.dato,
      plasseringId: hendelse.plasseringId,
      ref: hendelse.ref,
    })
    .from(hendelse)
    .where(inArray(hendelse.barnId, barnIds));
  const avtaler = ids.length
    ? await tx.select().from(fosterhjemsavtale).where(inArray(fosterhjemsavtale.plasseringId, ids))
    : [];
  const innst = await getInnstillinger(tx, tjenesteId);
  const regelAktiv = await aktiveRegler(tx, tjenesteId);
  const egneBarn = homeIds.length
    ? await tx
        .selectDistinct({ fosterhjemId: fosterhjemMedlem.fosterhjemId })
        .from(fosterhjemMedlem)
        .where(and(inArray(fosterhjemMedlem.fosterhjemId, homeIds), eq(fosterhjemMedlem.rolle, 'eget_barn')))
    : [];
  const eksisterende = await tx
    .select({
      id: oppgave.id,
      barnId: oppgave.barnId,
      plasseringId: oppgave.plasseringId,
      regel: oppgave.regel,
      ref: oppgave.ref,
      vinduStart: oppgave.vinduStart,
      frist: oppgave.frist,
      hendelseId: oppgave.hendelseId,
      fullfortDato: oppgave.fullfortDato,
      beholdes: sql<boolean>`(${oppgave.avvikArsak} is not null or ${oppgave.planlagt} is not null)`,
    })
    .from(oppgave)
    .where(inArray(oppgave.barnId, barnIds));
  const plByBarn = group(plasseringer, (p) => p.barnId);
  const hyppByPl = group(hyppighet, (h) => h.plasseringId);
  const hendByBarn = group(hendelser, (h) => h.barnId);
  const avtByPl = group(avtaler, (a) => a.plasseringId);
  const egne = new Set(egneBarn.map((e) => e.fosterhjemId));
  const existing = new Map(eksisterende.map((o) => [key(o), o]));
  const til = addMonths(today, HORISONT_MANEDER);

  const nye: (typeof oppgave.$inferInsert)[] = [];
  const endret: { id: string; frist: string; hendelseId: string | null; fullfortDato: string | null }[] = [];
  const seen = new Set<string>();
  for (const child of children) {
    const own = plByBarn.get(child.id) ?? [];
    const fakta: Fakta = {
      fodselsdato: child.fodselsdato,
      plasseringer: own.map((p) => ({ ...p })),
      hyppighet: own
        .flatMap((p) => hyppByPl.get(p.id) ?? [])
        .map((h) => ({ ...h, antall: h.antall === 2 ? 2 : 4 })),
      hendelser: (hendByBarn.get(child.id) ?? []).map((h) => ({
        id: h.id,
        type: h.type,
        dato: h.dato,
        plasseringId: h.plasseringId,
        ref: h.ref,
      })),
      avtaler: own
        .flatMap((p) => avtByPl.get(p.id) ?? [])
        .map((a) => ({ id: a.id, plasseringId: a.plasseringId, sluttDato: a.sluttDato })),
      fosterhjemMedEgneBarn: [...new Set(own.map((p) => p.fosterhjemId))].filter((h) => egne.has(h)),
    };
    const home = new Map(own.map((p) => [p.id, p.fosterhjemId]));
    for (const o of beregnOppgaver(fakta, til, innst)) {
      if (!regelAktiv(o.regel)) continue;
      const row = {
        plasseringId: o.plasseringId,
        regel: o.regel,
        ref: o.ref ?? '',
        vinduStart: o.vinduStart,
      };
      const k = key(row);
      seen.add(k);
      const old = existing.get(k);
      if (!old) {
        nye.push({
          ...row,
          tjenesteId,
          barnId: child.id,
          fosterhjemId: home.get(o.plasseringId) as string,
          frist: o.frist,
          hendelseId: o.hendelseId,
          fullfortDato: o.fullfortDato,
        });
      } else if (
        old.frist !== o.frist ||
        old.hendelseId !== o.hendelseId ||
        old.fullfortDato !== o.fullfortDato
      ) {
        endret.push({ id: old.id, frist: o.frist, hendelseId: o.hendelseId, fullfortDato: o.fullfortDato });
      }
    }
  }
  const slett = eksisterende.filter((o) => !seen.has(key(o)) && !o.beholdes).map((o) => o.id);

  for (let i = 0; i < slett.length; i += 1000) {
    await tx.delete(oppgave).where(inArray(oppgave.id, slett.slice(i, i + 1000)));
  }
  for (let i = 0; i < nye.length; i += 1000) {
    await tx
      .insert(oppgave)
      .values(nye.slice(i, i + 1000))
      .onConflictDoUpdate({
        target: [oppgave.plasseringId, oppgave.regel, oppgave.ref, oppgave.vinduStart],
        set: {
          frist: sql`excluded.frist`,
          hendelseId: sql`excluded.hendelse_id`,
          fullfortDato: sql`excluded.fullfort_dato`,
        },
      });
  }
  for (let i = 0; i < endret.length; i += 500) {
    const chunk = endret.slice(i, i + 500);
    // One statement per chunk: update from a VALUES list of (id, frist, hendelse, done date).
    const values = sql.join(
      chunk.map(
        (e) => sql`(${e.id}::uuid, ${e.frist}::date, ${e.hendelseId}::uuid, ${e.fullfortDato}::date)`,
      ),
      sql`, `,
    );
    await tx.execute(sql`
      update oppgave set frist = v.frist, hendelse_id = v.hendelse_id, fullfort_dato = v.fullfort_dato
      from (values ${values}) as v(id, frist, hendelse_id, fullfort_dato)
      where oppgave.id = v.id`);
  }
  return { nye: nye.length, endret: endret.length, fjernet: slett.length };
}
