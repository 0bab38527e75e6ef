import { and, eq, inArray, ne } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '@/db/client';
import { rekrutteringssak, samarbeid, tjeneste, tjenesteSamarbeid, users } from '@/db/schema';
import type { Actor } from '@/modules/core/actor';
import { authorize } from '@/modules/core/policy';
import { forbidden, notFound } from '@/server/errors';

/**
 * Opens a recruitment case for the actor, or refuses. The role decides what the actor may do
 * at all (403): a recruiter works cases, the head of service reads them, nobody else. Which
 * cases exist for the actor is decided by row-level security: a case is visible to the
 * organisation that owns it and to each organisation it is shared with (0010_rekruttering.sql),
 * so any other case is 404, exactly as if it did not exist.
 */
export async function openSak(tx: Tx, actor: Actor, sakId: string, mode: 'read' | 'write') {
  authorize(actor, mode === 'write' ? 'rekruttering:work' : 'rekruttering:read');
  const [sak] = await tx.select().from(rekrutteringssak).where(eq(rekrutteringssak.id, sakId));
  if (!sak) throw notFound();
  return { sak, egen: sak.tjenesteId === actor.tjenesteId };
}

/** Only the owning organisation shares, unshares and names the responsible recruiter. */
export function kreverEier(egen: boolean): void {
  if (!egen) throw forbidden();
}

/** Organisation names in the actor's language (the nynorsk name where the service has one). */
export async function organisasjoner(
  tx: Tx,
  actor: Actor,
  ids: string[],
): Promise<Map<string, { id: string; navn: string }>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await tx
    .select({ id: tjeneste.id, navn: tjeneste.navn, navnNn: tjeneste.navnNn })
    .from(tjeneste)
    .where(inArray(tjeneste.id, unique));
  return new Map(
    rows.map((r) => [r.id, { id: r.id, navn: actor.sprak === 'nn' ? (r.navnNn ?? r.navn) : r.navn }]),
  );
}

/**
 * Names of the actor's colleagues. The users table is per organisation (row-level security),
 * so a person in another organisation has no name here: the page shows their organisation.
 */
export async function personNavn(tx: Tx, ids: (string | null)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((id): id is string => id !== null))];
  if (unique.length === 0) return new Map();
  const rows = await tx
    .select({ id: users.id, navn: users.navn })
    .from(users)
    .where(inArray(users.id, unique));
  return new Map(rows.map((r) => [r.id, r.navn]));
}

/** The organisations that share a recruitment collaboration (type `rekruttering`) with the owner. */
export async function rekrutteringspartnere(tx: Tx, eierId: string): Promise<string[]> {
  const annen = alias(tjenesteSamarbeid, 'annen');
  const rows = await tx
    .selectDistinct({ id: annen.tjenesteId })
    .from(tjenesteSamarbeid)
    .innerJoin(
      samarbeid,
      and(eq(samarbeid.id, tjenesteSamarbeid.samarbeidId), eq(samarbeid.type, 'rekruttering')),
    )
    .innerJoin(annen, and(eq(annen.samarbeidId, samarbeid.id), ne(annen.tjenesteId, eierId)))
    .where(eq(tjenesteSamarbeid.tjenesteId, eierId));
  return rows.map((r) => r.id);
}

/** A recruiter in the actor's own organisation, who may be responsible for a case. */
export async function erRekrutterer(tx: Tx, actor: Actor, userId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.id, userId),
        eq(users.tjenesteId, actor.tjenesteId),
        eq(users.rolle, 'rekrutterer'),
        eq(users.aktiv, true),
      ),
    );
  return row !== undefined;
}
