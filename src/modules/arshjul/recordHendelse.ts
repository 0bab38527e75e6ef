import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { hendelse, plassering } from '@/db/schema';
import { aktivPlassering } from '@/domain/plasseringsforlop';
import type { HendelseBody } from '@/modules/arshjul/arshjul.schema';
import { syncOppgaver } from '@/modules/arshjul/syncOppgaver';
import { openBarn } from '@/modules/barn/caseAccess';
import type { Actor } from '@/modules/core/actor';
import { osloToday } from '@/modules/core/clock';
import { auditBy } from '@/modules/core/writeAudit';
import { invalidFields } from '@/server/errors';

/**
 * Records what was done — a follow-up visit with how the child took part, a supervision
 * visit, a received report, an evaluation — and lets the årshjul complete the task it fulfils.
 * A task is never ticked off without such a record behind it.
 */
export async function recordHendelse(tx: Tx, actor: Actor, barnId: string, body: HendelseBody) {
  await openBarn(tx, actor, barnId, 'write');
  const today = osloToday();
  if (body.dato > today) throw invalidFields({ field: 'dato', code: 'date_future' });
  const plasseringer = await tx.select().from(plassering).where(eq(plassering.barnId, barnId));
  const p = aktivPlassering(plasseringer, body.dato) ?? plasseringer.find((x) => x.utflytting === body.dato);
  if (!p) throw invalidFields({ field: 'dato', code: 'no_placement' });
  const [created] = await tx
    .insert(hendelse)
    .values({
      tjenesteId: actor.tjenesteId,
      barnId,
      plasseringId: p.id,
      type: body.type,
      dato: body.dato,
      ref: body.ref ?? null,
      medvirkning: body.medvirkning ?? null,
      snakketAlene: body.snakketAlene ?? null,
      notat: body.notat ?? null,
      utfortAv: actor.userId,
    })
    .returning({ id: hendelse.id });
  if (!created) throw new Error('insert failed');
  await syncOppgaver(tx, actor.tjenesteId, barnId, today);
  await auditBy(tx, actor, {
    handling: 'hendelse.create',
    entitetType: 'hendelse',
    entitetId: created.id,
    detaljer: { barnId, type: body.type },
  });
  return created;
}
