import type { Tx } from '@/db/client';
import { kanAvsluttes } from '@/domain/rekruttering';
import type { Actor } from '@/modules/core/actor';
import { auditBy } from '@/modules/core/writeAudit';
import { faseDato, settFase } from '@/modules/rekruttering/moveStage';
import { lastPipeline } from '@/modules/rekruttering/pipeline';
import type { CloseBody } from '@/modules/rekruttering/rekruttering.schema';
import { openSak } from '@/modules/rekruttering/sakAccess';
import { invalidFields, versionConflict } from '@/server/errors';

/**
 * Withdrawn (the family's choice) or rejected (the assessment) on the way to approval, or an
 * available home that ends, with a reason code. Withdrawn and rejected cases are deleted when
 * the owner's retention period has run out (slettUtlopte).
 */
export async function closeSak(tx: Tx, actor: Actor, sakId: string, body: CloseBody) {
  const { sak } = await openSak(tx, actor, sakId, 'write');
  if (body.version !== sak.version) throw versionConflict();
  if (!kanAvsluttes(sak.fase, body.utfall)) {
    throw invalidFields({ field: 'utfall', code: 'rekruttering_kan_ikke_avsluttes' });
  }
  if (!lastPipeline().arsaker[body.utfall].some((a) => a.id === body.arsak)) {
    throw invalidFields({ field: 'arsak', code: 'rekruttering_arsak_ugyldig' });
  }
  const dato = faseDato(body.dato, sak.faseFra);
  await settFase(tx, actor, sak, body.utfall, dato, body.notat ?? null, {
    avsluttetArsak: body.arsak,
    avsluttetDato: dato,
  });
  await auditBy(tx, actor, {
    handling: 'rekruttering.close',
    entitetType: 'rekrutteringssak',
    entitetId: sakId,
    detaljer: { fra: sak.fase, utfall: body.utfall, arsak: body.arsak },
  });
}
