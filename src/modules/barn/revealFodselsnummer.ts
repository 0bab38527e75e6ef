import type { Tx } from '@/db/client';
import { openBarn } from '@/modules/barn/caseAccess';
import type { Actor } from '@/modules/core/actor';
import { auditBy } from '@/modules/core/writeAudit';

/** The full identity number is shown only on request, and each showing is audited. */
export async function revealFodselsnummer(tx: Tx, actor: Actor, id: string) {
  const { barn } = await openBarn(tx, actor, id, 'read');
  await auditBy(tx, actor, { handling: 'barn.identity_read', entitetType: 'barn', entitetId: id });
  return { fodselsnummer: barn.fodselsnummer };
}
