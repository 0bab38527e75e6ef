import { randomUUID } from 'node:crypto';
import { and, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { type NettverkKandidat, nettverkssok, rekrutteringInnstilling } from '@/db/schema';
import { kanAvslutte, lesFremgangsmater, skrivFremgangsmater } from '@/domain/slektForst';
import { expectUpdated, openBarn } from '@/modules/barn/caseAccess';
import type { Actor } from '@/modules/core/actor';
import { osloToday } from '@/modules/core/clock';
import { auditBy } from '@/modules/core/writeAudit';
import type {
  ConcludeNettverkssokBody,
  StartNettverkssokBody,
  UpdateNettverkssokBody,
} from '@/modules/rekruttering/nettverkssok.schema';
import { invalidFields, notFound } from '@/server/errors';

type Row = typeof nettverkssok.$inferSelect;

/**
 * Whether the service requires a concluded family and network search before an ordinary
 * (neutral) foster home: `rekruttering_innstilling.krever_nettverkssok`, on when no row exists.
 */
export async function kreverNettverkssok(tx: Tx, tjenesteId: string): Promise<boolean> {
  const [row] = await tx
    .select({ krever: rekrutteringInnstilling.kreverNettverkssok })
    .from(rekrutteringInnstilling)
    .where(eq(rekrutteringInnstilling.tjenesteId, tjenesteId));
  return row?.krever ?? true;
}

/** Whether the child has a concluded search (any outcome). */
export async function harAvsluttetNettverkssok(tx: Tx, barnId: string): Promise<boolean> {
  const rows = await tx
    .select({ id: nettverkssok.id })
    .from(nettverkssok)
    .where(and(eq(nettverkssok.barnId, barnId), isNotNull(nettverkssok.utfall)))
    .limit(1);
  return rows.length > 0;
}

const view = (r: Row) => ({
  id: r.id,
  startet: r.startet,
  fremgangsmater: lesFremgangsmater(r.fremgangsmate),
  kandidater: r.kandidater,
  utfall: r.utfall,
  konklusjon: r.konklusjon,
  avsluttetDato: r.avsluttetDato,
  avsluttetAv: r.avsluttetAv,
  registrertAv: r.registrertAv,
  version: r.version,
});

/** The child's searches, newest first, and whether the service requires one. */
export async function listNettverkssok(tx: Tx, actor: Actor, barnId: string) {
  await openBarn(tx, actor, barnId, 'read');
  const rows = await tx
    .select()
    .from(nettverkssok)
    .where(eq(nettverkssok.barnId, barnId))
    .orderBy(desc(nettverkssok.startet), desc(nettverkssok.createdAt));
  await auditBy(tx, actor, {
    handling: 'nettverkssok.read',
    entitetType: 'barn',
    entitetId: barnId,
    detaljer: { antall: rows.length },
  });
  return { kreverNettverkssok: await kreverNettverkssok(tx, actor.tjenesteId), items: rows.map(view) };
}

/** Starts a search in the child's family and close network; one open search at a time. */
export async function startNettverkssok(tx: Tx, actor: Actor, barnId: string, body: StartNettverkssokBody) {
  await openBarn(tx, actor, barnId, 'write');
  if (body.startet > osloToday()) throw invalidFields({ field: 'startet', code: 'date_future' });
  const open = await tx
    .select({ id: nettverkssok.id })
    .from(nettverkssok)
    .where(and(eq(nettverkssok.barnId, barnId), isNull(nettverkssok.utfall)))
    .limit(1);
  if (open.length) throw invalidFields({ field: 'startet', code: 'network_search_open' });
  const [created] = await tx
    .insert(nettverkssok)
    .values({
      tjenesteId: actor.tjenesteId,
      barnId,
      startet: body.startet,
      fremgangsmate: skrivFremgangsmater(body.fremgangsmater),
      registrertAv: actor.userId,
    })
    .returning({ id: nettverkssok.id });
  if (!created) throw new Error('insert failed');
  await auditBy(tx, actor, {
    handling: 'nettverkssok.create',
    entitetType: 'nettverkssok',
    entitetId: created.id,
    detaljer: { barnId },
  });
  return created;
}

async function openSok(tx: Tx, actor: Actor, id: string) {
  const [row] = await tx.select().from(nettverkssok).where(eq(nettverkssok.id, id));
  if (!row) throw notFound();
  await openBarn(tx, actor, row.barnId, 'write');
  if (row.utfall) throw invalidFields({ field: 'utfall', code: 'network_search_closed' });
  return row;
}

/** Replaces the people considered and the ways the network was asked, while the search is open. */
export async function updateNettverkssok(tx: Tx, actor: Actor, id: string, body: UpdateNettverkssokBody) {
  const row = await openSok(tx, actor, id);
  const known = new Set(row.kandidater.map((k) => k.id));
  const kandidater: NettverkKandidat[] = body.kandidater.map((k) => ({
    id: k.id && known.has(k.id) ? k.id : randomUUID(),
    navn: k.navn,
    relasjon: k.relasjon,
    vurdering: k.vurdering,
    begrunnelse: k.begrunnelse ?? null,
  }));
  const rows = await tx
    .update(nettverkssok)
    .set({
      kandidater,
      fremgangsmate: skrivFremgangsmater(body.fremgangsmater),
      version: sql`${nettverkssok.version} + 1`,
    })
    .where(and(eq(nettverkssok.id, id), eq(nettverkssok.version, body.version)))
    .returning({ id: nettverkssok.id });
  expectUpdated(rows);
  await auditBy(tx, actor, {
    handling: 'nettverkssok.update',
    entitetType: 'nettverkssok',
    entitetId: id,
    detaljer: { barnId: row.barnId, kandidater: kandidater.length },
  });
}

/** Concludes the search with its outcome and the reasoning; it is then read-only history. */
export async function concludeNettverkssok(tx: Tx, actor: Actor, id: string, body: ConcludeNettverkssokBody) {
  const row = await openSok(tx, actor, id);
  if (body.avsluttetDato < row.startet) throw invalidFields({ field: 'avsluttetDato', code: 'date_order' });
  if (body.avsluttetDato > osloToday()) throw invalidFields({ field: 'avsluttetDato', code: 'date_future' });
  const problem = kanAvslutte(
    { kandidater: row.kandidater, fremgangsmater: lesFremgangsmater(row.fremgangsmate) },
    body.utfall,
  );
  if (problem) throw invalidFields(problem);
  const rows = await tx
    .update(nettverkssok)
    .set({
      utfall: body.utfall,
      konklusjon: body.konklusjon,
      avsluttetDato: body.avsluttetDato,
      avsluttetAv: actor.userId,
      version: sql`${nettverkssok.version} + 1`,
    })
    .where(and(eq(nettverkssok.id, id), eq(nettverkssok.version, body.version)))
    .returning({ id: nettverkssok.id });
  expectUpdated(rows);
  await auditBy(tx, actor, {
    handling: 'nettverkssok.conclude',
    entitetType: 'nettverkssok',
    entitetId: id,
    detaljer: { barnId: row.barnId, utfall: body.utfall, kandidater: row.kandidater.length },
  });
}
