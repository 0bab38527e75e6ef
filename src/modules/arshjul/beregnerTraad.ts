/**
 * The worker thread of `beregner.ts`: computes a batch's changes from its facts and posts them
 * back. Pure computing: it has no database connection and sees only what it is sent.
 */
import { parentPort } from 'node:worker_threads';
import { type BatchFakta, beregnEndringer } from '@/modules/arshjul/beregnEndringer';

parentPort?.on('message', ({ id, fakta }: { id: number; fakta: BatchFakta }) => {
  try {
    parentPort?.postMessage({ id, endringer: beregnEndringer(fakta) });
  } catch (err) {
    // The message only: an error from computing carries no facts.
    parentPort?.postMessage({ id, feil: err instanceof Error ? err.message : 'unknown' });
  }
});
