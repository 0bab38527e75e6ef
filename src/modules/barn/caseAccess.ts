import { and, eq, gt, inArray, isNull, or } from 'drizzle-orm';
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

/** The ones among `entitetIds` the actor holds an unexpired purpose-stated access grant to. */
async function harFormalTilganger(tx: Tx, actor: Actor, entitetIds: string[]): Promise<Set<string>> {
  const rows = await tx
    .selectDistinct({ entitetId: tilgang.entitetId })
    .from(tilgang)
    .where(
      and(
        eq(tilgang.brukerId, actor.userId),
        inArray(tilgang.entitetId, entitetIds),
        gt(tilgang.utloper, new Date()),
      ),
    );
  return new Set(rows.map((r) => r.entitetId));
}

/** 403 `purpose_required` (its text about a child, or a foster home if asked), or `forbidden`. */
function refuse(actor: Actor, variant?: 'fosterhjem'): never {
  throw kanBeOmFormalTilgang(actor)
    ? new AppError(403, 'purpose_required', {}, {}, [], variant)
    : forbidden();
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

type FosterhjemAnsvar = Pick<typeof fosterhjem.$inferSelect, 'id' | 'kontaktpersonId' | 'teamId'>;

/**
 * How the actor is tied to each foster home (null: not at all): through the home's own contact
 * person and team, the contact persons and teams of the children living there now, or a
 * purpose-stated access grant. The one rule for foster homes: openFosterhjem applies it to one
 * home, lists use it to tell which rows the user may change (`kanEndre`).
 */
export async function fosterhjemTilknytning(
  tx: Tx,
  actor: Actor,
  homes: FosterhjemAnsvar[],
): Promise<Map<string, Tilknytning | null>> {
  const result = new Map<string, Tilknytning | null>();
  if (homes.length === 0) return result;
  const ids = homes.map((h) => h.id);
  const today = osloToday();
  const placed = await tx
    .select({
      fosterhjemId: plassering.fosterhjemId,
      kontaktpersonId: barn.kontaktpersonId,
      teamId: barn.teamId,
    })
    .from(plassering)
    .innerJoin(barn, eq(barn.id, plassering.barnId))
    .where(
      and(
        inArray(plassering.fosterhjemId, ids),
        or(isNull(plassering.utflytting), gt(plassering.utflytting, today)),
      ),
    );
  const granted = await harFormalTilganger(tx, actor, ids);
  for (const home of homes) {
    const here = placed.filter((p) => p.fosterhjemId === home.id);
    result.set(
      home.id,
      tilknytning(
        actor,
        {
          kontaktpersonIds: [home.kontaktpersonId, ...here.map((p) => p.kontaktpersonId)],
          teamIds: [home.teamId, ...here.map((p) => p.teamId)],
        },
        granted.has(home.id),
      ),
    );
  }
  return result;
}

/**
 * Loads a foster home the actor may reach: its own contact person and team, and the contact
 * persons and teams of the children living there now (fosterhjemTilknytning).
 */
export async function openFosterhjem(tx: Tx, actor: Actor, fosterhjemId: string, mode: 'read' | 'write') {
  const [home] = await tx.select().from(fosterhjem).where(eq(fosterhjem.id, fosterhjemId));
  if (!home) throw notFound();
  const t = (await fosterhjemTilknytning(tx, actor, [home])).get(home.id) ?? null;
  if (!t) refuse(actor, 'fosterhjem');
  if (mode === 'write' && !kanEndre(t)) throw forbidden();
  return { fosterhjem: home, tilknytning: t as Tilknytning };
}

/** Throws 409 unless exactly the expected version was updated. */
export function expectUpdated(rows: unknown[]): void {
  if (rows.length !== 1) throw versionConflict();
}
