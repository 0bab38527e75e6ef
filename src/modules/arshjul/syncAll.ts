import type { Db } from '@/db/client';
import { inSystem, inTjeneste } from '@/db/context';
import { barn, tjeneste } from '@/db/schema';
import { syncOppgaver } from '@/modules/arshjul/syncOppgaver';
import { osloToday } from '@/modules/core/clock';

/**
 * Recomputes every child's tasks in every service, one child per transaction, so requests
 * are not held up behind a long recompute.
 */
export async function syncAll(db: Db): Promise<number> {
  const today = osloToday();
  const services = await inSystem(db, (tx) => tx.select({ id: tjeneste.id }).from(tjeneste));
  let count = 0;
  for (const { id } of services) {
    const children = await inTjeneste(db, id, (tx) => tx.select({ id: barn.id }).from(barn));
    for (const child of children) {
      await inTjeneste(db, id, (tx) => syncOppgaver(tx, id, child.id, today));
      count++;
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
