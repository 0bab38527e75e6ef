import type { Tx } from '@/db/client';
import type { Actor } from '@/modules/core/actor';
import { auditBy } from '@/modules/core/writeAudit';
import { openForlop, visForlop } from '@/modules/program/forlop';

/** One run with its sessions, for a worker who follows the child or the foster home. */
export async function getRun(tx: Tx, actor: Actor, id: string) {
  const row = await openForlop(tx, actor, id, 'read');
  await auditBy(tx, actor, {
    handling: 'program.read',
    entitetType: 'programforlop',
    entitetId: id,
    detaljer: { barnId: row.barnId, programId: row.programId },
  });
  const [view] = await visForlop(tx, [row], actor.sprak);
  if (!view) throw new Error('run missing');
  return view;
}
