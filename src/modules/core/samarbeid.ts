import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { samarbeid, tjeneste, tjenesteSamarbeid } from '@/db/schema';

/**
 * The collaborations in which services share knowledge and figures: learning networks and
 * inter-municipal cooperations. The recruitment collaboration with Bufetat (`rekruttering`,
 * the Zip-team) shares recruitment cases only; it has no place in the treasure map or in the
 * insights across services.
 */
export const FAGLIGE_SAMARBEID = ['laeringsnettverk', 'interkommunalt'] as const;

/** The learning networks and inter-municipal cooperations the service belongs to, by name. */
export async function mineSamarbeid(tx: Tx, tjenesteId: string) {
  return tx
    .select({ id: samarbeid.id, navn: samarbeid.navn })
    .from(tjenesteSamarbeid)
    .innerJoin(samarbeid, eq(samarbeid.id, tjenesteSamarbeid.samarbeidId))
    .where(and(eq(tjenesteSamarbeid.tjenesteId, tjenesteId), inArray(samarbeid.type, [...FAGLIGE_SAMARBEID])))
    .orderBy(asc(samarbeid.navn));
}

/**
 * Those collaborations with their municipal child welfare services. A Bufetat unit has no
 * children, foster homes or products of its own, so it is never one of the services compared.
 */
export async function mineSamarbeidMedTjenester(tx: Tx, tjenesteId: string) {
  const mine = await mineSamarbeid(tx, tjenesteId);
  if (!mine.length) return [];
  const medlemmer = await tx
    .select({ samarbeidId: tjenesteSamarbeid.samarbeidId, tjeneste })
    .from(tjenesteSamarbeid)
    .innerJoin(tjeneste, eq(tjeneste.id, tjenesteSamarbeid.tjenesteId))
    .where(
      and(
        inArray(
          tjenesteSamarbeid.samarbeidId,
          mine.map((m) => m.id),
        ),
        eq(tjeneste.organisasjonstype, 'kommune'),
      ),
    );
  return mine.map((m) => ({
    ...m,
    tjenester: medlemmer.filter((x) => x.samarbeidId === m.id).map((x) => x.tjeneste),
  }));
}
