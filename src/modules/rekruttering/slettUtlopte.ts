import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { inSystem, inTjeneste } from '@/db/context';
import { rekrutteringInnstilling, rekrutteringssak, tjeneste } from '@/db/schema';
import { SLETTES_ETTER_FRIST, STANDARD_SLETTEFRIST_MANEDER, skalSlettes } from '@/domain/rekruttering';
import { osloToday } from '@/modules/core/clock';
import { writeAudit } from '@/modules/core/writeAudit';

/**
 * Deletes withdrawn and rejected applicants whose closing date plus the owning service's
 * retention period (rekruttering_innstilling, 12 months when unset) has passed. The stage
 * history, checklist, shares and documents go with the case (on delete cascade). Each deletion
 * is written to the owner's audit chain by id only, with no actor: the job did it.
 */
export async function slettUtlopte(db: Db, today: string = osloToday()): Promise<number> {
  const services = await inSystem(db, (tx) => tx.select({ id: tjeneste.id }).from(tjeneste));
  let count = 0;
  for (const { id } of services) {
    count += await inTjeneste(db, id, async (tx) => {
      const [innstilling] = await tx
        .select({ maneder: rekrutteringInnstilling.slettefristManeder })
        .from(rekrutteringInnstilling)
        .where(eq(rekrutteringInnstilling.tjenesteId, id));
      const maneder = innstilling?.maneder ?? STANDARD_SLETTEFRIST_MANEDER;
      const lukket = await tx
        .select({
          id: rekrutteringssak.id,
          fase: rekrutteringssak.fase,
          avsluttetDato: rekrutteringssak.avsluttetDato,
        })
        .from(rekrutteringssak)
        .where(
          and(eq(rekrutteringssak.tjenesteId, id), inArray(rekrutteringssak.fase, [...SLETTES_ETTER_FRIST])),
        );
      const utlopte = lukket.filter((s) => skalSlettes(s, maneder, today));
      for (const sak of utlopte) {
        await tx.delete(rekrutteringssak).where(eq(rekrutteringssak.id, sak.id));
        await writeAudit(tx, {
          tjenesteId: id,
          aktor: null,
          handling: 'rekruttering.delete_expired',
          entitetType: 'rekrutteringssak',
          entitetId: sak.id,
        });
      }
      return utlopte.length;
    });
  }
  return count;
}

/** Runs the retention job two minutes after start, then once a day. */
export function scheduleSlettUtlopte(db: Db, log: (msg: string) => void): () => void {
  const run = () =>
    slettUtlopte(db)
      .then((n) => log(`recruitment retention: ${n} closed applicants deleted`))
      .catch(() => log('recruitment retention failed'));
  const first = setTimeout(run, 120_000);
  const timer = setInterval(run, 24 * 3_600_000);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
