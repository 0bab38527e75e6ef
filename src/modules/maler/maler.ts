import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { malTilpasning } from '@/db/schema';
import type { Actor } from '@/modules/core/actor';
import { auditBy } from '@/modules/core/writeAudit';
import { aktiveMaler, tilhorer } from '@/modules/katalog/aktivering';
import { lastMaler, type Mal, Seksjon, Tekst } from '@/modules/maler/malFormat';
import { notFound, versionConflict } from '@/server/errors';

/** A service's adaptation: its own guidance per section, and extra sections at the end. */
export const Tilpasning = z.strictObject({
  veiledning: z.record(z.string(), Tekst).default({}),
  ekstraSeksjoner: z.array(Seksjon).max(10).default([]),
});
export type Tilpasning = z.infer<typeof Tilpasning>;

/** The shared template with the service's adaptation laid on top; the base is never changed. */
export function tilpass(mal: Mal, t: Tilpasning | null): Mal {
  if (!t) return mal;
  return {
    ...mal,
    seksjoner: [
      ...mal.seksjoner.map((s) => ({ ...s, veiledning: t.veiledning[s.id] ?? s.veiledning })),
      ...t.ekstraSeksjoner.map((s) => ({ ...s, id: `lokal_${s.id.replace(/^lokal_/, '')}` })),
    ],
  };
}

async function tilpasningFor(tx: Tx, tjenesteId: string, malId: string) {
  const [row] = await tx
    .select()
    .from(malTilpasning)
    .where(and(eq(malTilpasning.tjenesteId, tjenesteId), eq(malTilpasning.malId, malId)));
  return row ?? null;
}

/**
 * The library as the service sees it, with whether its adaptation predates a newer base, and
 * whether the template is switched on for new documents (treasure map: src/modules/katalog).
 */
export async function listMaler(tx: Tx, tjenesteId: string) {
  const rows = await tx.select().from(malTilpasning).where(eq(malTilpasning.tjenesteId, tjenesteId));
  const aktiv = await aktiveMaler(tx, tjenesteId);
  const produkter = tilhorer('maler');
  return [...lastMaler().values()].map((m) => {
    const t = rows.find((r) => r.malId === m.id);
    return {
      id: m.id,
      versjon: m.versjon,
      kategori: m.kategori,
      gjelder: m.gjelder,
      godkjenning: m.godkjenning,
      oppgaveRegel: m.oppgaveRegel ?? null,
      tittel: m.tittel,
      formal: m.formal,
      tilpasset: Boolean(t),
      basisEndret: Boolean(t && t.basisVersjon < m.versjon),
      aktiv: aktiv(m.id),
      produkter: produkter.get(m.id) ?? [],
    };
  });
}

/** One template, resolved for the service. */
export async function getMal(tx: Tx, tjenesteId: string, malId: string) {
  const base = lastMaler().get(malId);
  if (!base) throw notFound();
  const row = await tilpasningFor(tx, tjenesteId, malId);
  const tilpasning = row ? Tilpasning.parse(row.tilpasning) : null;
  return {
    mal: tilpass(base, tilpasning),
    base,
    tilpasning,
    tilpasningVersion: row?.version ?? 0,
    basisEndret: Boolean(row && row.basisVersjon < base.versjon),
  };
}

/** Saves the service's adaptation (head of service); refused if someone saved in between. */
export async function adaptMal(tx: Tx, actor: Actor, malId: string, tilpasning: Tilpasning, version: number) {
  const base = lastMaler().get(malId);
  if (!base) throw notFound();
  const row = await tilpasningFor(tx, actor.tjenesteId, malId);
  if ((row?.version ?? 0) !== version) throw versionConflict();
  await tx
    .insert(malTilpasning)
    .values({
      tjenesteId: actor.tjenesteId,
      malId,
      basisVersjon: base.versjon,
      tilpasning,
      endretAv: actor.userId,
    })
    .onConflictDoUpdate({
      target: [malTilpasning.tjenesteId, malTilpasning.malId],
      set: {
        tilpasning,
        basisVersjon: base.versjon,
        endretAv: actor.userId,
        endret: new Date(),
        version: sql`${malTilpasning.version} + 1`,
      },
    });
  await auditBy(tx, actor, { handling: 'mal.adapt', entitetType: 'mal', entitetId: malId });
}
