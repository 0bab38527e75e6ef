import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { fosterhjemMedlem, fosterhjemsavtale, hyppighetVedtak, oppgave, plassering } from '@/db/schema';
import { beregnOppgaver, type Fakta, type HendelseType, type Innstillinger } from '@/domain/arshjul';
import { addMonths } from '@/domain/plasseringsforlop';
import { getInnstillinger } from '@/modules/arshjul/innstillinger';
import { aktiveRegler } from '@/modules/katalog/aktivering';

/** How far ahead tasks are materialised. */
export const HORISONT_MANEDER = 12;

/** Children per batch: large enough to load the facts in a few queries, small enough not to hold requests up. */
export const SYNC_BATCH = 250;

const key = (plasseringId: string, regel: string, ref: string, vinduStart: string) =>
  `${plasseringId}|${regel}|${ref}|${vinduStart}`;

const group = <T, K>(rows: T[], by: (r: T) => K) => {
  const m = new Map<K, T[]>();
  for (const r of rows) {
    const list = m.get(by(r));
    if (list) list.push(r);
    else m.set(by(r), [r]);
  }
  return m;
};

/** Rows of `execute`, the same on node-postgres and PGlite. */
const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/** A stored task as `lastFakta` reads it: id, key, deadline, completion, and whether it is kept. */
type Lagret = [
  id: string,
  plasseringId: string,
  regel: string,
  ref: string,
  vinduStart: string,
  frist: string,
  hendelseId: string | null,
  fullfortDato: string | null,
  /** A deviation or a plan was recorded on it: kept even when the facts no longer give it. */
  beholdes: boolean,
];
type HendelseRad = [
  id: string,
  type: HendelseType,
  dato: string,
  plasseringId: string | null,
  ref: string | null,
];

/** The stored tasks of one child from the text `lastFakta` reads. */
function lesLagret(tekst: string | undefined): Lagret[] {
  if (!tekst) return [];
  return tekst.split(';').map((rad) => {
    const [id, plasseringId, regel, ref, vinduStart, frist, hendelseId, fullfortDato, beholdes] = rad.split(
      '|',
    ) as string[];
    return [
      id as string,
      plasseringId as string,
      regel as string,
      ref as string,
      vinduStart as string,
      frist as string,
      hendelseId || null,
      fullfortDato || null,
      beholdes === '1',
    ];
  });
}

/** Everything the engine needs for a batch of children, read in one transaction. */
export type BatchFakta = {
  tjenesteId: string;
  today: string;
  barn: { id: string; fodselsdato: string }[];
  plByBarn: Map<string, (Fakta['plasseringer'][number] & { barnId: string })[]>;
  hyppByPl: Map<string, Fakta['hyppighet']>;
  avtByPl: Map<string, Fakta['avtaler']>;
  egne: Set<string>;
  hendelser: Map<string, HendelseRad[]>;
  /** Each child's stored tasks, as `lastFakta` reads them (see `lesLagret`). */
  lagret: Map<string, string>;
  innst: Innstillinger;
  regelAktiv: (regel: string) => boolean;
};

/** What a recompute changes: tasks to insert, tasks whose deadline or completion moved, tasks to remove. */
export type BatchEndringer = {
  nye: (typeof oppgave.$inferInsert)[];
  endret: { id: string; frist: string; hendelseId: string | null; fullfortDato: string | null }[];
  slett: string[];
};

/**
 * Reads the facts for a batch of children with one query per table. The two large tables
 * (events and stored tasks: ten years of history) come as one row per child, with the events
 * as a JSON array and the tasks as one text, which the database builds and `JSON.parse` or a
 * split reads in one go, where row by row the driver made a string and an object per field
 * (bench/national: 0.9 million events and as many tasks). Events come in date order, then in
 * the order they were stored (`ctid`), as `syncOppgaver` reads them: of two events on one day
 * the first stored completes the task, whichever engine runs, as before.
 */
export async function lastFakta(
  tx: Tx,
  tjenesteId: string,
  barnIds: string[],
  today: string,
): Promise<BatchFakta> {
  // One array parameter, not one parameter per child.
  const ids = `{${barnIds.join(',')}}`;
  const barnRader = rowsOf<{ id: string; fodselsdato: string }>(
    await tx.execute(sql`select id, fodselsdato::text from barn where id = any(${ids}::uuid[])`),
  );
  const plasseringer = await tx
    .select({
      id: plassering.id,
      barnId: plassering.barnId,
      fosterhjemId: plassering.fosterhjemId,
      innflytting: plassering.innflytting,
      utflytting: plassering.utflytting,
      hjemmel: plassering.hjemmel,
    })
    .from(plassering)
    .where(sql`${plassering.barnId} = any(${ids}::uuid[])`);
  const plIds = plasseringer.map((p) => p.id);
  const homeIds = [...new Set(plasseringer.map((p) => p.fosterhjemId))];
  // One after the other: a transaction is one connection, which runs one query at a time anyway.
  const hyppighet = plIds.length
    ? await tx
        .select({
          plasseringId: hyppighetVedtak.plasseringId,
          type: hyppighetVedtak.type,
          antall: hyppighetVedtak.antall,
          fra: hyppighetVedtak.fra,
        })
        .from(hyppighetVedtak)
        .where(inArray(hyppighetVedtak.plasseringId, plIds))
    : [];
  const avtaler = plIds.length
    ? await tx
        .select({
          id: fosterhjemsavtale.id,
          plasseringId: fosterhjemsavtale.plasseringId,
          sluttDato: fosterhjemsavtale.sluttDato,
        })
        .from(fosterhjemsavtale)
        .where(inArray(fosterhjemsavtale.plasseringId, plIds))
    : [];
  const egneBarn = homeIds.length
    ? await tx
        .selectDistinct({ fosterhjemId: fosterhjemMedlem.fosterhjemId })
        .from(fosterhjemMedlem)
        .where(and(inArray(fosterhjemMedlem.fosterhjemId, homeIds), eq(fosterhjemMedlem.rolle, 'eget_barn')))
    : [];
  const hendelser = rowsOf<{ barn_id: string; h: HendelseRad[] }>(
    await tx.execute(sql`
      select barn_id, json_agg(json_build_array(id, type, dato, plassering_id, ref) order by dato, ctid) as h
      from hendelse where barn_id = any(${ids}::uuid[]) group by barn_id`),
  );
  // Tasks as one text per child, 'id|plassering|regel|ref|vindu_start|frist|hendelse|fullført|beholdes'
  // joined by ';' (cheaper to build than JSON; every part is a uuid, a date, a rule id or a ref
  // the engine made, none with '|' or ';').
  const lagret = rowsOf<{ barn_id: string; o: string }>(
    await tx.execute(sql`
      select barn_id, string_agg(concat_ws('|', id, plassering_id, regel, ref, vindu_start, frist,
        coalesce(hendelse_id::text, ''), coalesce(fullfort_dato::text, ''),
        case when avvik_arsak is not null or planlagt is not null then '1' else '' end), ';') as o
      from oppgave where barn_id = any(${ids}::uuid[]) group by barn_id`),
  );
  return {
    tjenesteId,
    today,
    barn: barnRader,
    plByBarn: group(plasseringer, (p) => p.barnId),
    hyppByPl: group(
      hyppighet.map((h) => ({ ...h, antall: h.antall === 2 ? (2 as const) : (4 as const) })),
      (h) => h.plasseringId,
    ),
    avtByPl: group(avtaler, (a) => a.plasseringId as string),
    egne: new Set(egneBarn.map((e) => e.fosterhjemId)),
    hendelser: new Map(hendelser.map((r) => [r.barn_id, r.h])),
    lagret: new Map(lagret.map((r) => [r.barn_id, r.o])),
    innst: await getInnstillinger(tx, tjenesteId),
    regelAktiv: await aktiveRegler(tx, tjenesteId),
  };
}

/**
 * The pure part: each child's tasks from its facts (`beregnOppgaver`, as `syncOppgaver` does
 * for one child), compared with the stored ones by their natural key. For the given children
 * of the batch (all by default), added to `out`.
 */
export function beregnEndringer(
  f: BatchFakta,
  barn: BatchFakta['barn'] = f.barn,
  out: BatchEndringer = { nye: [], endret: [], slett: [] },
): BatchEndringer {
  const til = addMonths(f.today, HORISONT_MANEDER);
  for (const child of barn) {
    const own = f.plByBarn.get(child.id) ?? [];
    const fakta: Fakta = {
      fodselsdato: child.fodselsdato,
      plasseringer: own,
      hyppighet: own.flatMap((p) => f.hyppByPl.get(p.id) ?? []),
      hendelser: (f.hendelser.get(child.id) ?? []).map(([id, type, dato, plasseringId, ref]) => ({
        id,
        type,
        dato,
        plasseringId,
        ref,
      })),
      avtaler: own.flatMap((p) => f.avtByPl.get(p.id) ?? []),
      fosterhjemMedEgneBarn: [...new Set(own.map((p) => p.fosterhjemId))].filter((h) => f.egne.has(h)),
    };
    const stored = lesLagret(f.lagret.get(child.id));
    const existing = new Map(stored.map((o) => [key(o[1], o[2], o[3], o[4]), o]));
    const seen = new Set<string>();
    const home = new Map(own.map((p) => [p.id, p.fosterhjemId]));
    for (const o of beregnOppgaver(fakta, til, f.innst)) {
      if (!f.regelAktiv(o.regel)) continue;
      const ref = o.ref ?? '';
      const k = key(o.plasseringId, o.regel, ref, o.vinduStart);
      seen.add(k);
      const old = existing.get(k);
      if (!old) {
        out.nye.push({
          tjenesteId: f.tjenesteId,
          barnId: child.id,
          plasseringId: o.plasseringId,
          fosterhjemId: home.get(o.plasseringId) as string,
          regel: o.regel,
          ref,
          vinduStart: o.vinduStart,
          frist: o.frist,
          hendelseId: o.hendelseId,
          fullfortDato: o.fullfortDato,
        });
      } else if (old[5] !== o.frist || old[6] !== o.hendelseId || old[7] !== o.fullfortDato) {
        out.endret.push({
          id: old[0],
          frist: o.frist,
          hendelseId: o.hendelseId,
          fullfortDato: o.fullfortDato,
        });
      }
    }
    for (const o of stored) if (!o[8] && !seen.has(key(o[1], o[2], o[3], o[4]))) out.slett.push(o[0]);
  }
  return out;
}

/** Writes the changes: removals, then new tasks (multi-row insert), then changed ones (one update per 500). */
export async function lagreEndringer(tx: Tx, e: BatchEndringer): Promise<void> {
  for (let i = 0; i < e.slett.length; i += 1000) {
    await tx.delete(oppgave).where(inArray(oppgave.id, e.slett.slice(i, i + 1000)));
  }
  for (let i = 0; i < e.nye.length; i += 1000) {
    await tx
      .insert(oppgave)
      .values(e.nye.slice(i, i + 1000))
      .onConflictDoUpdate({
        target: [oppgave.plasseringId, oppgave.regel, oppgave.ref, oppgave.vinduStart],
        set: {
          frist: sql`excluded.frist`,
          hendelseId: sql`excluded.hendelse_id`,
          fullfortDato: sql`excluded.fullfort_dato`,
        },
      });
  }
  for (let i = 0; i < e.endret.length; i += 500) {
    const chunk = e.endret.slice(i, i + 500);
    // One statement per chunk: update from a VALUES list of (id, frist, hendelse, done date).
    const values = sql.join(
      chunk.map(
        (x) => sql`(${x.id}::uuid, ${x.frist}::date, ${x.hendelseId}::uuid, ${x.fullfortDato}::date)`,
      ),
      sql`, `,
    );
    await tx.execute(sql`
      update oppgave set frist = v.frist, hendelse_id = v.hendelse_id, fullfort_dato = v.fullfort_dato
      from (values ${values}) as v(id, frist, hendelse_id, fullfort_dato)
      where oppgave.id = v.id`);
  }
}

/**
 * The årshjul engine for many children at once: the same facts, rules and result as
 * `syncOppgaver` for each child, but loaded with one query per table for the whole batch and
 * written as a diff (new tasks inserted, changed ones updated, vanished ones removed unless a
 * deviation or plan was recorded on them). A recompute where nothing changed only reads.
 * Used by the scheduled recompute over every child (`syncAll`, which runs the three steps
 * itself to overlap reading one batch with computing the previous) and by catalogue adoption.
 */
export async function syncOppgaverBatch(
  tx: Tx,
  tjenesteId: string,
  barnIds: string[],
  today: string,
): Promise<{ nye: number; endret: number; fjernet: number }> {
  if (!barnIds.length) return { nye: 0, endret: 0, fjernet: 0 };
  const e = beregnEndringer(await lastFakta(tx, tjenesteId, barnIds, today));
  await lagreEndringer(tx, e);
  return { nye: e.nye.length, endret: e.endret.length, fjernet: e.slett.length };
}
