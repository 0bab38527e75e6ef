import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { produktAdopsjon } from '@/db/schema';
import { erAktiv } from '@/domain/katalog';
import { katalog } from '@/modules/katalog/katalogFormat';

/** The programmes in content/programmer that catalogue products may provide. */
export const KJENTE_PROGRAMMER = ['en_god_start', 'veien_videre'] as const;

type Art = 'maler' | 'programmer' | 'regler';

/** For each template, programme or rule in the catalogue: the products that provide it. */
export function tilhorer(art: Art): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const p of katalog().produkter) {
    for (const id of p[art]) map.set(id, [...(map.get(id) ?? []), p.id]);
  }
  return map;
}

/** The products the service has adopted (interest alone switches nothing on). */
export async function adopterteProdukter(tx: Tx, tjenesteId: string): Promise<Set<string>> {
  const rows = await tx
    .select({ produktId: produktAdopsjon.produktId })
    .from(produktAdopsjon)
    .where(and(eq(produktAdopsjon.tjenesteId, tjenesteId), eq(produktAdopsjon.status, 'adoptert')));
  return new Set(rows.map((r) => r.produktId));
}

async function aktive(tx: Tx, tjenesteId: string, art: Art): Promise<(id: string) => boolean> {
  const adoptert = await adopterteProdukter(tx, tjenesteId);
  const kart = tilhorer(art);
  return (id) => erAktiv(kart.get(id), adoptert);
}

/**
 * Which templates the service may start NEW documents from: a template that belongs to some
 * catalogue product only once the service has adopted one of those products; others always.
 * Existing documents are never affected.
 */
export function aktiveMaler(tx: Tx, tjenesteId: string): Promise<(malId: string) => boolean> {
  return aktive(tx, tjenesteId, 'maler');
}

/** Whether the service may propose (start) a programme: as for templates. */
export async function programAktivt(tx: Tx, tjenesteId: string, programId: string): Promise<boolean> {
  return (await aktive(tx, tjenesteId, 'programmer'))(programId);
}

/** Which local-practice årshjul rules the service has switched on through the catalogue. */
export function aktiveRegler(tx: Tx, tjenesteId: string): Promise<(regelId: string) => boolean> {
  return aktive(tx, tjenesteId, 'regler');
}
