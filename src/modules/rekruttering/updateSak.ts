import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { rekrutteringssak } from '@/db/schema';
import { expectUpdated } from '@/modules/barn/caseAccess';
import type { Actor } from '@/modules/core/actor';
import { osloToday } from '@/modules/core/clock';
import { auditBy } from '@/modules/core/writeAudit';
import { gyldigAnsvarlig, sakVerdier, sjekkDatoer } from '@/modules/rekruttering/createSak';
import type { UpdateSakBody } from '@/modules/rekruttering/rekruttering.schema';
import { openSak } from '@/modules/rekruttering/sakAccess';
import { invalidFields } from '@/server/errors';

/**
 * Changes a family's details (optimistic locking on `version`). A recruiter in an organisation
 * the case is shared with may correct the details but cannot name the responsible recruiter:
 * that is a person in the owning organisation, whom only the owner can see.
 */
export async function updateSak(tx: Tx, actor: Actor, sakId: string, body: UpdateSakBody) {
  const { sak, egen } = await openSak(tx, actor, sakId, 'write');
  sjekkDatoer(body, osloToday());
  let ansvarligId = sak.ansvarligId;
  if (body.ansvarligId !== undefined && body.ansvarligId !== sak.ansvarligId) {
    if (!egen) throw invalidFields({ field: 'ansvarligId', code: 'rekruttering_ansvarlig_eier' });
    ansvarligId = await gyldigAnsvarlig(tx, actor, body.ansvarligId);
  }
  const updated = await tx
    .update(rekrutteringssak)
    .set({ ...sakVerdier(body), ansvarligId, version: body.version + 1 })
    .where(and(eq(rekrutteringssak.id, sakId), eq(rekrutteringssak.version, body.version)))
    .returning({ id: rekrutteringssak.id });
  expectUpdated(updated);
  await auditBy(tx, actor, {
    handling: 'rekruttering.update',
    entitetType: 'rekrutteringssak',
    entitetId: sakId,
    detaljer: { ansvarligEndret: ansvarligId !== sak.ansvarligId },
  });
}
