import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { tilbakeforingsvurdering } from '@/db/schema';
import { vurder } from '@/domain/tilbakeforing';
import { recordHendelse } from '@/modules/arshjul/recordHendelse';
import type { Actor } from '@/modules/core/actor';
import { osloToday } from '@/modules/core/clock';
import { auditBy } from '@/modules/core/writeAudit';
import type { BeslutningBody } from '@/modules/tilbakeforing/tilbakeforing.schema';
import { openVurdering, visVurdering } from '@/modules/tilbakeforing/vurdering';
import { AppError, invalidFields, versionConflict } from '@/server/errors';

/**
 * Decides the assessment: every step answered with its evidence, a decision the answers allow
 * (src/domain/tilbakeforing.ts) and the reasons. In the same transaction the årshjul records a
 * `tilbakeforing_vurdert` event, which completes the child's reunification task; the next task
 * follows from the service's interval. A decided assessment is read-only.
 */
export async function besluttVurdering(tx: Tx, actor: Actor, id: string, body: BeslutningBody) {
  const { row, kanEndre } = await openVurdering(tx, actor, id, 'write');
  if (row.beslutning) throw new AppError(409, 'document_locked');
  if (row.version !== body.version) throw versionConflict();
  const regler = vurder(row.steg);
  if (regler.mangler.length)
    throw invalidFields(
      ...regler.mangler.map((m) => ({ field: `steg.${m.steg}.${m.felt}`, code: 'required' })),
    );
  const sperrer = regler.beslutninger[body.beslutning];
  if (sperrer.length)
    throw invalidFields(...sperrer.map((s) => ({ field: 'beslutning', code: `tilbakeforing_${s}` })));

  const today = osloToday();
  const [saved] = await tx
    .update(tilbakeforingsvurdering)
    .set({
      beslutning: body.beslutning,
      begrunnelse: body.begrunnelse,
      besluttetDato: today,
      besluttetAv: actor.userId,
      version: sql`${tilbakeforingsvurdering.version} + 1`,
    })
    .where(and(eq(tilbakeforingsvurdering.id, id), eq(tilbakeforingsvurdering.version, body.version)))
    .returning();
  if (!saved) throw versionConflict();
  await recordHendelse(tx, actor, row.barnId, { type: 'tilbakeforing_vurdert', dato: today, ref: id });
  await auditBy(tx, actor, {
    handling: 'tilbakeforing.decide',
    entitetType: 'tilbakeforingsvurdering',
    entitetId: id,
    detaljer: { barnId: row.barnId, beslutning: body.beslutning },
  });
  return visVurdering(tx, saved, kanEndre);
}
