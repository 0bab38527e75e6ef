import { and, asc, desc, eq, ne, type SQL } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { rekrutteringssak, users } from '@/db/schema';
import type { Actor } from '@/modules/core/actor';
import { authorize } from '@/modules/core/policy';
import { auditBy } from '@/modules/core/writeAudit';
import type { ListQuery } from '@/modules/rekruttering/rekruttering.schema';
import { organisasjoner, personNavn } from '@/modules/rekruttering/sakAccess';

/**
 * The cases the actor's organisation may see (row-level security: owned, or shared with it),
 * filtered by stage, source, responsible recruiter and ownership, with the owner of each.
 */
export async function listSaker(tx: Tx, actor: Actor, query: ListQuery) {
  authorize(actor, 'rekruttering:read');
  const where: SQL[] = [];
  if (query.fase) where.push(eq(rekrutteringssak.fase, query.fase));
  if (query.kilde) where.push(eq(rekrutteringssak.kilde, query.kilde));
  if (query.ansvarligId) where.push(eq(rekrutteringssak.ansvarligId, query.ansvarligId));
  if (query.eierskap === 'egne') where.push(eq(rekrutteringssak.tjenesteId, actor.tjenesteId));
  if (query.eierskap === 'delte') where.push(ne(rekrutteringssak.tjenesteId, actor.tjenesteId));
  const saker = await tx
    .select()
    .from(rekrutteringssak)
    .where(where.length ? and(...where) : undefined)
    .orderBy(asc(rekrutteringssak.faseFra), desc(rekrutteringssak.createdAt));
  const orgs = await organisasjoner(
    tx,
    actor,
    saker.map((s) => s.tjenesteId),
  );
  const navn = await personNavn(
    tx,
    saker.map((s) => s.ansvarligId),
  );
  const items = saker.map((s) => ({
    id: s.id,
    navn: s.navn,
    fase: s.fase,
    faseFra: s.faseFra,
    kilde: s.kilde,
    forsteKontakt: s.forsteKontakt,
    hjemtyper: s.hjemtyper,
    ansvarlig: s.ansvarligId ? { id: s.ansvarligId, navn: navn.get(s.ansvarligId) ?? null } : null,
    eier: orgs.get(s.tjenesteId) ?? { id: s.tjenesteId, navn: '' },
    egen: s.tjenesteId === actor.tjenesteId,
    avsluttetArsak: s.avsluttetArsak,
    version: s.version,
  }));
  await auditBy(tx, actor, {
    handling: 'rekruttering.list',
    entitetType: 'rekrutteringssak',
    detaljer: { antall: items.length, ...(query.fase ? { fase: query.fase } : {}) },
  });
  return { items };
}

/** The recruiters in the actor's organisation, to name one responsible for a case. */
export async function listRekrutterere(tx: Tx, actor: Actor) {
  authorize(actor, 'rekruttering:read');
  const rows = await tx
    .select({ id: users.id, navn: users.navn })
    .from(users)
    .where(and(eq(users.tjenesteId, actor.tjenesteId), eq(users.rolle, 'rekrutterer'), eq(users.aktiv, true)))
    .orderBy(asc(users.navn));
  return { items: rows };
}
