import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { barn } from '@/db/schema';
import { syncOppgaver } from '@/modules/arshjul/syncOppgaver';
import type { UpdateBarnBody } from '@/modules/barn/barn.schema';
import { expectUpdated, openBarn } from '@/modules/barn/caseAccess';
import { ensureUniqueFodselsnummer, type IdentitetOptions } from '@/modules/barn/createBarn';
import { resolveIdentitet } from '@/modules/barn/identitet';
import type { Actor } from '@/modules/core/actor';
import { osloToday } from '@/modules/core/clock';
import { auditBy } from '@/modules/core/writeAudit';

/**
 * Changes the child's name, identity and background; refused if someone saved in between. A new
 * birth date recomputes the child's årshjul in the same transaction.
 */
export async function updateBarn(
  tx: Tx,
  actor: Actor,
  id: string,
  body: UpdateBarnBody,
  options: IdentitetOptions,
) {
  const { barn: current } = await openBarn(tx, actor, id, 'write');
  // A number left out is kept as it is, so editing other fields never needs the full number.
  const fodselsnummer = body.fodselsnummer === undefined ? current.fodselsnummer : body.fodselsnummer;
  const identitet = resolveIdentitet({ ...body, fodselsnummer }, { ...options, today: osloToday() });
  await ensureUniqueFodselsnummer(tx, identitet.fodselsnummer, id);
  const rows = await tx
    .update(barn)
    .set({
      fornavn: body.fornavn,
      etternavn: body.etternavn,
      ...identitet,
      sprak: body.sprak,
      kultur: body.kultur ?? null,
      religion: body.religion ?? null,
      version: sql`${barn.version} + 1`,
    })
    .where(and(eq(barn.id, id), eq(barn.version, body.version)))
    .returning({ id: barn.id });
  expectUpdated(rows);
  // The birth date sets the supervision visits (until 18) and the aftercare assessment.
  if (identitet.fodselsdato !== current.fodselsdato)
    await syncOppgaver(tx, actor.tjenesteId, id, osloToday());
  await auditBy(tx, actor, { handling: 'barn.update', entitetType: 'barn', entitetId: id });
}
