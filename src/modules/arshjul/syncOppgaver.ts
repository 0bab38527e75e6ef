import type { Tx } from '@/db/client';
import { syncOppgaverBatch } from '@/modules/arshjul/syncBatch';

/**
 * Recomputes one child's tasks from the facts and stores them idempotently: new tasks are
 * added, completions and deadlines updated, and tasks the facts no longer give are removed
 * unless someone recorded a deviation or a plan on them. Called in the same transaction as
 * every change to the facts. The batch engine with a batch of one: it writes only what
 * changed (recording a visit typically updates one task), where rewriting every task of ten
 * years of history made each change a write of hundreds of rows (decision 0015).
 */
export async function syncOppgaver(tx: Tx, tjenesteId: string, barnId: string, today: string): Promise<void> {
  await syncOppgaverBatch(tx, tjenesteId, [barnId], today);
}
