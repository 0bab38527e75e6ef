import { and, eq, gt, isNull, or } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { barn, fosterhjem, plassering, tilgang } from '@/db/schema';
import { kanBeOmFormalTilgang, kanEndre, type Tilknytning, tilknytning } from '@/modules/barn/barn.policy';
import type { Actor } from '@/modules/core/actor';
import { osloToday } from '@/modules/core/clock';
import { AppError, forbidden, notFound, versionConflict } from '@/server/errors';

async function harFormalTilgang(tx: Tx, actor: Actor, entitetId: string): Promise<boolean> {
  const rows = await tx
    .select({ id: tilgang.id })
    .from(tilgang)
    .where(
      and(
        eq(tilgang.brukerId, actor.userId),
        eq(tilgang.entitetId, entitetId),
        gt(tilgang.utloper, new Date()),
      ),
    )
    .limit(1);
  return rows.length > 0;
}

function refuse(actor: Actor): never {
  throw kanBeOmFormalTilgang(actor) ? new AppError(403, 'purpose_required') : forbidden();
}

/**
 * Loads a child the actor may reach, or refuses: 404 when it is not in the service (row-level
 * security hides it), 403 `purpose_required` when it is outside the actor's caseload, 403
 * `forbidden` for a change the tie does not allow. The caller audits what it then does.
 */
export async function openBarn(tx: Tx, actor: Actor, barnId: string, mode: 'read' | 'write') {
  const [row] = await tx.select().from(barn).where(eq(barn.id, barnId));
  if (!row) throw notFound();
  const t = tilknytning(
    actor,
    { kontaktpersonIds: [row.kontaktpersonId], teamIds: [row.teamId] },
    await harFormalTilgang(tx, actor, barnId),
  );
  if (!t) refuse(actor);
  if (mode === 'write' && !kanEndre(t)) throw forbidden();
  return { barn: row, tilknytning: t as Tilknytning };
}

/**
 * Loads a foster home the actor may reach: its own contact person and team, and the contact
 * persons and teams of the children living there now.
 */
export async function openFosterhjem(tx: Tx, actor: Actor, fosterhjemId: string, mode: 'read' | 'write') {
  const [home] = await tx.select().from(fosterhjem).where(eq(fosterhjem.id, fosterhjemId));
  if (!home) throw notFound();
  const today = osloToday();
  const placed = await tx
    .select({ kontaktpersonId: barn.kontaktpersonId, teamId: barn.teamId })
    .from(plassering)
    .innerJoin(barn, eq(barn.id, plassering.barnId))
    .where(
      and(
        eq(plassering.fosterhjemId, fosterhjemId),
        or(isNull(plassering.utflytting), gt(plassering.utflytting, today)),
      ),
    );
  const t = tilknytning(
    actor,
    {
      kontaktpersonIds: [home.kontaktpersonId, ...placed.map((p) => p.kontaktpersonId)],
      teamIds: [home.teamId, ...placed.map((p) => p.teamId)],
    },
    await harFormalTilgang(tx, actor, fosterhjemId),
  );
  if (!t) refuse(actor);
  if (mode === 'write' && !kanEndre(t)) throw forbidden();
  return { fosterhjem: home, tilknytning: t as Tilknytning };
}

/** Throws 409 unless exactly the expected version was updated. */
export function expectUpdated(rows: unknown[]): void {
  if (rows.length !== 1) throw versionConflict();
}
