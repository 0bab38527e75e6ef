import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { inTjeneste } from '@/db/context';
import { produktAdopsjon } from '@/db/schema';
import type { Actor } from '@/modules/core/actor';
import { mineSamarbeidMedTjenester } from '@/modules/core/samarbeid';
import { auditBy } from '@/modules/core/writeAudit';
import { effektivKatalog } from '@/modules/katalog/katalog';
import { forbidden } from '@/server/errors';

/**
 * Interest and adoption across the caller's learning networks and inter-municipal cooperations
 * (not the recruitment collaboration with Bufetat), per product: service names only.
 * Each service's adoptions are read inside that service's own row-level security scope, and
 * nothing but the product id and status leaves it (no plans, no people, no children).
 */
export async function nettverk(db: Db, actor: Actor) {
  const grupper = await inTjeneste(db, actor.tjenesteId, async (tx) => {
    const mine = await mineSamarbeidMedTjenester(tx, actor.tjenesteId);
    if (!mine.length) throw forbidden();
    const produkter = (await effektivKatalog(tx, actor.tjenesteId)).map((p) => p.id);
    await auditBy(tx, actor, {
      handling: 'katalog.network_read',
      entitetType: 'katalog',
      detaljer: {
        samarbeid: mine.length,
        tjenester: new Set(mine.flatMap((m) => m.tjenester.map((t) => t.id))).size,
      },
    });
    return {
      produkter,
      mine: mine.map((m) => ({
        id: m.id,
        navn: m.navn,
        tjenester: m.tjenester
          .map((t) => ({ id: t.id, navn: (actor.sprak === 'nn' && t.navnNn) || t.navn }))
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
