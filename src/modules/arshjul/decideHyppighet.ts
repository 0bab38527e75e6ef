import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '@/db/client';
import { hyppighetVedtak, plassering } from '@/db/schema';
import { addMonths } from '@/domain/plasseringsforlop';
import type { HyppighetBody } from '@/modules/arshjul/arshjul.schema';
import { syncOppgaver } from '@/modules/arshjul/syncOppgaver';
import { openBarn } from '@/modules/barn/caseAccess';
import type { Actor } from '@/modules/core/actor';
import { osloToday } from '@/modules/core/clock';
import { auditBy } from '@/modules/core/writeAudit';
import { invalidFields, notFound } from '@/server/errors';

/**
 * Records a decision on the number of visits a year. Reducing to two requires that the child
 * has lived in the foster home for more than two years (ffh. § 10; domain.md §2.2 [C]) and a
 * stated reason (the service's judgement that conditions are good).
 */
export async function decideHyppighet(
  tx: Tx,
  actor: Actor,
  plasseringId: string,
  body: z.infer<typeof HyppighetBody>,
) {
  const [p] = await tx.select().from(plassering).where(eq(plassering.id, plasseringId));
  if (!p) throw notFound();
  await openBarn(tx, actor, p.barnId, 'write');
  if (body.antall === 2 && body.fra <= addMonths(p.innflytting, 24)) {
    throw invalidFields({ field: 'fra', code: 'reduction_too_early' });
  }
  if (body.fra < p.innflytting) throw invalidFields({ field: 'fra', code: 'date_order' });
  const [created] = await tx
    .insert(hyppighetVedtak)
    .values({ tjenesteId: actor.tjenesteId, plasseringId, ...body, vedtattAv: actor.userId })
    .returning({ id: hyppighetVedtak.id });
  await syncOppgaver(tx, actor.tjenesteId, p.barnId, osloToday());
  await auditBy(tx, actor, {
    handling: 'hyppighet.decide',
    entitetType: 'plassering',
    entitetId: plasseringId,
    detaljer: { type: body.type, antall: body.antall, fra: body.fra },
  });
  return created as { id: string };
}
