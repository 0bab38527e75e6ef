import { and, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { dokument, programforlop, programokt } from '@/db/schema';
import type { Periode } from '@/domain/innsikt';

/**
 * How much a service has used some templates and programmes: documents written from each template
 * (and how many of them are finished), and per programme the runs and the sessions held. Counts
 * only, from the service's own rows. With a period, only documents begun and sessions held in it
 * count (the runs are counted whenever they began); with `siden`, the documents begun on or
 * after that date are counted apart. The one place that counts product use, for the treasure
 * map's product page (katalog.ts, all time) and the insights (innsikt/produktBruk.ts, a period).
 */
export async function tellBruk(
  tx: Tx,
  tjenesteId: string,
  hva: { maler: string[]; programmer: string[] },
  { periode, siden }: { periode?: Periode; siden?: string | null } = {},
) {
  const dokumenter = hva.maler.length
    ? await tx
        .select({
          malId: dokument.malId,
          antall: sql<number>`count(*)::int`,
          ferdige: sql<number>`(count(*) filter (where ${dokument.status} in ('ferdig', 'godkjent')))::int`,
          siden: sql<number>`(count(*) filter (where ${dokument.createdAt} >= ${siden ?? '1900-01-01'}::date))::int`,
        })
        .from(dokument)
        .where(
          and(
            eq(dokument.tjenesteId, tjenesteId),
            inArray(dokument.malId, hva.maler),
            periode && gte(dokument.createdAt, new Date(`${periode.fra}T00:00:00Z`)),
            periode && lte(dokument.createdAt, new Date(`${periode.til}T23:59:59.999Z`)),
          ),
        )
        .groupBy(dokument.malId)
    : [];
  const holdt = and(
    eq(programokt.status, 'gjennomfort'),
    periode && gte(programokt.gjennomfort, periode.fra),
    periode && lte(programokt.gjennomfort, periode.til),
  ) as SQL;
  const programmer = hva.programmer.length
    ? await tx
        .select({
          programId: programforlop.programId,
          forlop: sql<number>`count(distinct ${programforlop.id})::int`,
          okter: sql<number>`(count(${programokt.id}) filter (where ${holdt}))::int`,
        })
        .from(programforlop)
        .leftJoin(programokt, eq(programokt.forlopId, programforlop.id))
        .where(
          and(eq(programforlop.tjenesteId, tjenesteId), inArray(programforlop.programId, hva.programmer)),
        )
        .groupBy(programforlop.programId)
    : [];
  return {
    dokumenter: dokumenter.map((d) => ({
      malId: d.malId,
      antall: Number(d.antall),
      ferdige: Number(d.ferdige),
      siden: Number(d.siden),
    })),
    programmer: programmer.map((p) => ({
      programId: p.programId,
      forlop: Number(p.forlop),
      okter: Number(p.okter),
    })),
  };
}

/** The sum of one count over some rows. */
export function summer<K extends string>(rader: Record<K, number>[], felt: K): number {
  return rader.reduce((s, r) => s + r[felt], 0);
}
