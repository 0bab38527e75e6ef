import { eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { inTjeneste } from '@/db/context';
import { produktAdopsjon, tjeneste, tjenesteSamarbeid } from '@/db/schema';
import type { Actor } from '@/modules/core/actor';
import { auditBy } from '@/modules/core/writeAudit';
import { effektivKatalog, mineSamarbeid } from '@/modules/katalog/katalog';
import { forbidden } from '@/server/errors';

/**
 * Interest and adoption across the caller's collaborations, per product: service names only.
 * Each service's adoptions are read inside that service's own row-level security scope, and
 * nothing but the product id and status leaves it (no plans, no people, no children).
 */
export async function nettverk(db: Db, actor: Actor) {
  const grupper = await inTjeneste(db, actor.tjenesteId, async (tx) => {
    const mine = await mineSamarbeid(tx, actor.tjenesteId);
    if (!mine.length) throw forbidden();
    const medlemmer = await tx
      .select({ samarbeidId: tjenesteSamarbeid.samarbeidId, tjeneste })
      .from(tjenesteSamarbeid)
      .innerJoin(tjeneste, eq(tjeneste.id, tjenesteSamarbeid.tjenesteId))
      .where(
        inArray(
          tjenesteSamarbeid.samarbeidId,
          mine.map((m) => m.id),
        ),
      );
    const produkter = (await effektivKatalog(tx, actor.tjenesteId)).map((p) => p.id);
    await auditBy(tx, actor, {
      handling: 'katalog.network_read',
      entitetType: 'katalog',
      detaljer: { samarbeid: mine.length, tjenester: new Set(medlemmer.map((m) => m.tjeneste.id)).size },
    });
    return {
      produkter,
      mine: mine.map((m) => ({
        ...m,
        tjenester: medlemmer
          .filter((x) => x.samarbeidId === m.id)
          .map((x) => ({
            id: x.tjeneste.id,
            navn: (actor.sprak === 'nn' && x.tjeneste.navnNn) || x.tjeneste.navn,
          }))
          .sort((a, b) => a.navn.localeCompare(b.navn, 'nb')),
      })),
    };
  });
  const status = new Map<string, { produktId: string; status: string }[]>();
  for (const g of grupper.mine) {
    for (const t of g.tjenester) {
      if (status.has(t.id)) continue;
      status.set(
        t.id,
        await inTjeneste(db, t.id, (tx) =>
          tx
            .select({ produktId: produktAdopsjon.produktId, status: produktAdopsjon.status })
            .from(produktAdopsjon)
            .where(eq(produktAdopsjon.tjenesteId, t.id)),
        ),
      );
    }
  }
  return {
    samarbeid: grupper.mine.map((g) => ({
      id: g.id,
      navn: g.navn,
      tjenester: g.tjenester,
      produkter: grupper.produkter.map((produktId) => {
        const hvem = (s: string) =>
          g.tjenester
            .filter((t) => status.get(t.id)?.some((a) => a.produktId === produktId && a.status === s))
            .map((t) => t.navn);
        return {
          produktId,
          interessert: hvem('interessert'),
          adoptert: hvem('adoptert'),
          avsluttet: hvem('avsluttet'),
        };
      }),
    })),
  };
}
