import type { Db } from '@/db/client';
import { inSystem, inTjeneste } from '@/db/context';
import { barn, tjeneste } from '@/db/schema';
import {
  type BatchEndringer,
  beregnEndringer,
  lagreEndringer,
  lastFakta,
  SYNC_BATCH,
} from '@/modules/arshjul/syncBatch';
import { osloToday } from '@/modules/core/clock';

/** Children computed between two turns of the event loop (a few milliseconds). */
const SLICE = 25;

/**
 * Recomputes every child's tasks in every service, a batch of children per transaction, so
 * requests are not held up behind a long recompute. Two batches are in flight at a time: while
 * one is computed and written, the database already reads the next one's facts on a second
 * connection (bench/national: every child in the country in seconds, where one transaction
 * per child took minutes). Computing stays one batch at a time, in order.
 */
export async function syncAll(db: Db): Promise<number> {
  const today = osloToday();
  const services = await inSystem(db, (tx) => tx.select({ id: tjeneste.id }).from(tjeneste));
  let count = 0;
  let previous: Promise<unknown> = Promise.resolve();
  for (const { id } of services) {
    const children = await inTjeneste(db, id, (tx) => tx.select({ id: barn.id }).from(barn));
    for (let i = 0; i < children.length; i += SYNC_BATCH) {
      const ids = children.slice(i, i + SYNC_BATCH).map((c) => c.id);
      const before = previous;
      const current = inTjeneste(db, id, async (tx) => {
        const fakta = await lastFakta(tx, id, ids, today);
        await before;
        // A few children at a time, letting requests in between: the server runs this on
        // the same event loop as the requests it answers.
        const endringer: BatchEndringer = { nye: [], endret: [], slett: [] };
        for (let j = 0; j < fakta.barn.length; j += SLICE) {
          beregnEndringer(fakta, fakta.barn.slice(j, j + SLICE), endringer);
          await new Promise((resolve) => setImmediate(resolve));
        }
        await lagreEndringer(tx, endringer);
      });
      // Observed below; this keeps a failure of the batch before from leaving it unhandled.
      current.catch(() => {});
      await before;
      previous = current;
      count += ids.length;
    }
  }
  await previous;
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
