import type { Db } from '@/db/client';
import { inSystem, inTjeneste } from '@/db/context';
import { barn, tjeneste } from '@/db/schema';
import { type Beregner, iTraaden, traadBeregner } from '@/modules/arshjul/beregner';
import { lagreEndringer, lastFakta, SYNC_BATCH } from '@/modules/arshjul/syncBatch';
import { osloToday } from '@/modules/core/clock';

/**
 * Batches in flight at once: one being read, one being computed, one waiting or being written.
 * Each holds a connection of the pool (ten) for its transaction.
 */
const I_FLYT = 3;

/**
 * Recomputes every child's tasks in every service, a batch of children per transaction, so
 * requests are not held up behind a long recompute. With more than a few batches the computing
 * runs on a worker thread (`beregner.ts`) while the database reads the next batches, so both
 * cores work (bench/national: every child in the country in seconds); for a few children it
 * computes on this thread. `traad` forces one or the other (tests).
 */
export async function syncAll(db: Db, opts: { traad?: boolean } = {}): Promise<number> {
  const today = osloToday();
  const services = await inSystem(db, (tx) => tx.select({ id: tjeneste.id }).from(tjeneste));
  const batches: { tjenesteId: string; ids: string[] }[] = [];
  for (const { id } of services) {
    const children = await inTjeneste(db, id, (tx) => tx.select({ id: barn.id }).from(barn));
    for (let i = 0; i < children.length; i += SYNC_BATCH) {
      batches.push({ tjenesteId: id, ids: children.slice(i, i + SYNC_BATCH).map((c) => c.id) });
    }
  }
  const beregner: Beregner = (opts.traad ?? batches.length > I_FLYT) ? traadBeregner() : iTraaden;
  try {
    const iFlyt: Promise<void>[] = [];
    for (const { tjenesteId, ids } of batches) {
      const jobb = inTjeneste(db, tjenesteId, async (tx) => {
        const fakta = await lastFakta(tx, tjenesteId, ids, today);
        await lagreEndringer(tx, await beregner.beregn(fakta));
      });
      // Observed in turn below; this keeps a failure from being unhandled until then.
      jobb.catch(() => {});
      iFlyt.push(jobb);
      if (iFlyt.length >= I_FLYT) await iFlyt.shift();
    }
    await Promise.all(iFlyt);
  } finally {
    await beregner.stopp();
  }
  return batches.reduce((n, b) => n + b.ids.length, 0);
}

/** Keeps the tasks current as days pass: a minute after start, then every six hours. */
export function scheduleSync(db: Db, log: (msg: string) => void): () => void {
  const run = () =>
    syncAll(db)
      .then((n) => log(`årshjul recomputed for ${n} children`))
      .catch(() => log('årshjul recompute failed'));
  const first = setTimeout(run, 60_000);
  const timer = setInterval(run, 6 * 3_600_000);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
