import { inArray, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { oppgave } from '@/db/schema';
import { REGLER } from '@/domain/arshjul';
import {
  type BatchEndringer,
  type BatchFakta,
  beregnEndringer,
  type PerBarn,
} from '@/modules/arshjul/beregnEndringer';
import { getInnstillinger } from '@/modules/arshjul/innstillinger';
import { aktiveRegler } from '@/modules/katalog/aktivering';

/** Children per batch: large enough to load the facts in a few queries, small enough not to hold requests up. */
export const SYNC_BATCH = 250;

/** Rows of `execute`, the same on node-postgres and PGlite. */
const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/**
 * Reads the facts for a batch of children in three statements: the small tables' rows as one
 * JSON text each, and the two large tables (events and stored tasks: ten years of history) as
 * one text per child, so the database builds a few hundred values and whoever computes parses
 * each in one go, where row by row the driver made a string and an object per field
 * (bench/national: 0.9 million events and as many tasks). Events come in date order, then in
 * the order they were stored (`ctid`): of two events on one day the first stored completes the
 * task. The stored tasks are '|'-separated fields joined by ';' (cheaper to build than JSON;
 * every part is a uuid, a date, a rule id or a ref the engine made, none with '|' or ';').
 * Row-level security applies to every part, as to any query of the request role (decisions
 * 0013, 0016).
 */
export async function lastFakta(
  tx: Tx,
  tjenesteId: string,
  barnIds: string[],
  today: string,
): Promise<BatchFakta> {
  // One array parameter, not one parameter per child.
  const ids = `{${barnIds.join(',')}}`;
  const [tabeller] = rowsOf<BatchFakta['tabeller']>(
    await tx.execute(sql`
      with p as (
        select id, barn_id, fosterhjem_id, innflytting, utflytting, hjemmel
        from plassering where barn_id = any(${ids}::uuid[])
      )
      select
        (select coalesce(json_agg(json_build_array(id, fodselsdato)), '[]')
          from barn where id = any(${ids}::uuid[]))::text as barn,
        (select coalesce(json_agg(json_build_array(id, barn_id, fosterhjem_id, innflytting, utflytting, hjemmel)), '[]')
          from p)::text as plasseringer,
        (select coalesce(json_agg(json_build_array(plassering_id, type, antall, fra)), '[]')
          from hyppighet_vedtak where plassering_id in (select id from p))::text as hyppighet,
        (select coalesce(json_agg(json_build_array(id, plassering_id, slutt_dato)), '[]')
          from fosterhjemsavtale where plassering_id in (select id from p))::text as avtaler,
        (select coalesce(json_agg(distinct fosterhjem_id), '[]') from fosterhjem_medlem
          where rolle = 'eget_barn' and fosterhjem_id in (select fosterhjem_id from p))::text as egne`),
  );
  if (!tabeller) throw new Error('facts query returned no row');
  // The two large tables as one row per child, each child's rows as one text: the database
  // builds them faster one by one than as one value for the batch.
  const hendelser = rowsOf<PerBarn>(
    await tx.execute(sql`
      select barn_id, string_agg(concat_ws(chr(31), id, type, dato, coalesce(plassering_id::text, ''),
        -- A free-text ref holding a separator can match no task (their refs are plan names and
        -- ids); it is sent as one that cannot either, rather than breaking the record.
        case when ref ~ '[\x1e\x1f]' then '-' else coalesce(ref, '') end), chr(30) order by dato, ctid) as t
      from hendelse where barn_id = any(${ids}::uuid[]) group by barn_id`),
  );
  const lagret = rowsOf<PerBarn>(
    await tx.execute(sql`
      select barn_id, string_agg(concat_ws('|', id, plassering_id, regel, ref, vindu_start, frist,
        coalesce(hendelse_id::text, ''), coalesce(fullfort_dato::text, ''),
        case when avvik_arsak is not null or planlagt is not null then '1' else '' end), ';') as t
      from oppgave where barn_id = any(${ids}::uuid[]) group by barn_id`),
  );
  const regelAktiv = await aktiveRegler(tx, tjenesteId);
  return {
    tjenesteId,
    today,
    innst: await getInnstillinger(tx, tjenesteId),
    aktiveRegler: Object.keys(REGLER).filter(regelAktiv),
    tabeller,
    hendelser,
    lagret,
  };
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
 * The årshjul engine for a batch of children, on the calling thread: the facts loaded with one
 * query per table for the whole batch, the tasks written as a diff (new tasks inserted, changed
 * ones updated, vanished ones removed unless a deviation or plan was recorded on them). A
 * recompute where nothing changed only reads. Used for one child (`syncOppgaver`), for changes
 * that touch many children, and by catalogue adoption; the scheduled recompute over every child
 * (`syncAll`) runs the same three steps itself, computing on a worker thread.
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
