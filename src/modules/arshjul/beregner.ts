import { Worker } from 'node:worker_threads';
import { type BatchEndringer, type BatchFakta, beregnEndringer } from '@/modules/arshjul/beregnEndringer';

/** Computes the changes of a batch of children from its facts. */
export type Beregner = {
  beregn: (fakta: BatchFakta) => Promise<BatchEndringer>;
  stopp: () => Promise<void>;
};

/** Computing on the calling thread: for a few children, where a thread would cost more than it saves. */
export const iTraaden: Beregner = {
  beregn: async (fakta) => beregnEndringer(fakta),
  stopp: async () => {},
};

/**
 * Computing on a worker thread, so the engine over every child uses both cores: while the
 * thread computes one batch, the main thread reads the next from the database and answers
 * requests (decision 0016). Batches are computed in the order they are sent. The thread loads
 * the TypeScript sources through tsx, as the server itself is run. A failing or stopped thread
 * rejects every batch still waiting.
 */
export function traadBeregner(): Beregner {
  const kilde = new URL('./beregnerTraad.ts', import.meta.url).href;
  const worker = new Worker(
    `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(kilde)}); });`,
    { eval: true },
  );
  const venter = new Map<number, { resolve: (e: BatchEndringer) => void; reject: (e: Error) => void }>();
  let neste = 0;
  let stoppet: Error | null = null;
  const avvisAlle = (err: Error) => {
    stoppet ??= err;
    for (const v of venter.values()) v.reject(err);
    venter.clear();
  };
  worker.on('message', (svar: { id: number; endringer?: BatchEndringer; feil?: string }) => {
    const v = venter.get(svar.id);
    if (!v) return;
    venter.delete(svar.id);
    if (svar.endringer) v.resolve(svar.endringer);
    else v.reject(new Error(`årshjul computation failed: ${svar.feil}`));
  });
  worker.on('error', avvisAlle);
  worker.on('exit', () => avvisAlle(new Error('årshjul worker stopped')));
  return {
    beregn: (fakta) =>
      new Promise((resolve, reject) => {
        if (stoppet) return reject(stoppet);
        const id = neste++;
        venter.set(id, { resolve, reject });
        worker.postMessage({ id, fakta });
      }),
    stopp: async () => {
      await worker.terminate();
    },
  };
}
