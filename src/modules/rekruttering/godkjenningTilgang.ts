import type { Tx } from '@/db/client';
import type { rekrutteringssak } from '@/db/schema';
import type { Tilknytning } from '@/modules/barn/barn.policy';
import type { Actor } from '@/modules/core/actor';
import { can } from '@/modules/core/policy';
import { openSak } from '@/modules/rekruttering/sakAccess';

/**
 * Opens a recruitment case for its home-study report and approval decision. Which cases exist
 * for the actor is decided as for the pipeline (sakAccess.openSak: owner or shared, else 404).
 * A recruiter works the case (`egen`); the head of an organisation that sees the case follows it
 * (`tjeneste`): reads and approves the report as the second pair of eyes, and records the
 * approval decision they make, for instance for a child in their own service. Nobody else.
 */
export async function openRapportSak(
  tx: Tx,
  actor: Actor,
  id: string,
  /** Both ties may write here; the head of service through `tjeneste`. */
  _mode: 'read' | 'write',
): Promise<{ sak: typeof rekrutteringssak.$inferSelect; tilknytning: Tilknytning }> {
  const rekrutterer = can(actor, 'rekruttering:work');
  const { sak } = await openSak(tx, actor, id, rekrutterer ? 'write' : 'read');
  return { sak, tilknytning: rekrutterer ? 'egen' : 'tjeneste' };
}
