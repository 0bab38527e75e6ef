import type { Db } from '@/db/client';
import { inSystem, inTjeneste } from '@/db/context';
import { barn, tjeneste } from '@/db/schema';
import { syncOppgaverBatch } from '@/modules/arshjul/syncBatch';
import { osloToday } from '@/modules/core/clock';

/** Children per transaction: large enough to load facts in a few queries, small enough not to hold requests up. */
const BATCH = 250;

/**
 * Recomputes every child's tasks in every service, a batch of children per transaction, so
 * requests are not held up behind a long recompute (bench/national: every child in the
 * country in seconds, where one transaction per child took minutes).
 */
export async function syncAll(db: Db): Promise<number> {
  const today = osloToday();
  const services = await inSystem(db, (tx) => tx.select({ id: tjeneste.id }).from(tjeneste));
  let count = 0;
  for (const { id } of services) {
    const children = await inTjeneste(db, id, (tx) => tx.select({ id: barn.id }).from(barn));
    for (let i = 0; i < children.length; i += BATCH) {
      const ids = children.slice(i, i + BATCH).map((c) => c.id);
      await inTjeneste(db, id, (tx) => syncOppgaverBatch(tx, id, ids, today));
      count += ids.length;
    }
  }
  return count;
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
