import { and, eq, ne, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { fosterhjem, fosterhjemsavtale, plassering } from '@/db/schema';
import { overlapper, type PlasseringPeriode } from '@/domain/plasseringsforlop';
import { manglerNettverkssok } from '@/domain/slektForst';
import { syncOppgaver } from '@/modules/arshjul/syncOppgaver';
import type { CreatePlasseringBody, EndPlasseringBody } from '@/modules/barn/barn.schema';
import { expectUpdated, openBarn } from '@/modules/barn/caseAccess';
import type { Actor } from '@/modules/core/actor';
import { osloToday } from '@/modules/core/clock';
import { auditBy } from '@/modules/core/writeAudit';
import { stoppForPlassering } from '@/modules/program/endRun';
import { foreslaForPlassering } from '@/modules/program/proposeProgrammes';
import { startGjenrekruttering } from '@/modules/rekruttering/gjenrekruttering';
import { harAvsluttetNettverkssok, kreverNettverkssok } from '@/modules/rekruttering/nettverkssok';
import { invalidFields, notFound } from '@/server/errors';

async function ensureNoOverlap(
  tx: Tx,
  barnId: string,
  period: PlasseringPeriode,
  field: string,
  exceptId?: string,
) {
  const others = await tx
    .select({ innflytting: plassering.innflytting, utflytting: plassering.utflytting })
    .from(plassering)
    .where(and(eq(plassering.barnId, barnId), exceptId ? ne(plassering.id, exceptId) : undefined));
  if (others.some((o) => overlapper(o, period))) throw invalidFields({ field, code: 'placement_overlap' });
}

/**
 * Places the child in a foster home from the move-in date. A child lives in one place at a
 * time, so a new placement may not overlap another; consecutive placements share a date.
 * The foster-home agreement is recorded with the placement when its end date is known.
 */
export async function createPlassering(tx: Tx, actor: Actor, barnId: string, body: CreatePlasseringBody) {
  await openBarn(tx, actor, barnId, 'write');
  const [home] = await tx
    .select({ id: fosterhjem.id })
    .from(fosterhjem)
    .where(eq(fosterhjem.id, body.fosterhjemId));
  if (!home) throw invalidFields({ field: 'fosterhjemId', code: 'unknown_reference' });
  if (body.avtaleSlutt && body.avtaleSlutt < body.innflytting) {
    throw invalidFields({ field: 'avtaleSlutt', code: 'date_order' });
  }
  await ensureNoOverlap(tx, barnId, { innflytting: body.innflytting, utflytting: null }, 'innflytting');
  // Kinship first (domain/slektForst.ts): a neutral home only after a documented, concluded search.
  if (
    body.plasseringstype === 'ordinaer' &&
    manglerNettverkssok(
      body.plasseringstype,
      await kreverNettverkssok(tx, actor.tjenesteId),
      await harAvsluttetNettverkssok(tx, barnId),
    )
  ) {
    throw invalidFields({ field: 'plasseringstype', code: 'network_search_required' });
  }
  const [created] = await tx
    .insert(plassering)
    .values({
      tjenesteId: actor.tjenesteId,
      barnId,
      fosterhjemId: body.fosterhjemId,
      innflytting: body.innflytting,
      plasseringstype: body.plasseringstype,
      forsterket: body.forsterket,
      hjemmel: body.hjemmel,
    })
    .returning({ id: plassering.id });
  if (!created) throw new Error('insert failed');
  if (body.avtaleSlutt) {
    await tx.insert(fosterhjemsavtale).values({
      tjenesteId: actor.tjenesteId,
      fosterhjemId: body.fosterhjemId,
      plasseringId: created.id,
      startDato: body.innflytting,
      sluttDato: body.avtaleSlutt,
    });
  }
  await syncOppgaver(tx, actor.tjenesteId, barnId, osloToday());
  await auditBy(tx, actor, {
    handling: 'plassering.create',
    entitetType: 'plassering',
    entitetId: created.id,
    detaljer: { barnId, fosterhjemId: body.fosterhjemId },
  });
  await foreslaForPlassering(tx, actor, created.id);
  return created;
}

/**
 * Ends a placement with its move-out date, whether it was planned or an unintended move
 * (utilsiktet flytting), who took the initiative, and SSB's reason and destination codes.
 */
export async function endPlassering(tx: Tx, actor: Actor, id: string, body: EndPlasseringBody) {
  const [p] = await tx.select().from(plassering).where(eq(plassering.id, id));
  if (!p) throw notFound();
  await openBarn(tx, actor, p.barnId, 'write');
  if (p.utflytting) throw invalidFields({ field: 'utflytting', code: 'placement_ended' });
  if (body.utflytting < p.innflytting) throw invalidFields({ field: 'utflytting', code: 'date_order' });
  await ensureNoOverlap(
    tx,
    p.barnId,
    { innflytting: p.innflytting, utflytting: body.utflytting },
    'utflytting',
    id,
  );
  const rows = await tx
    .update(plassering)
    .set({
      utflytting: body.utflytting,
      avslutning: body.avslutning,
      initiativ: body.initiativ,
      arsakKode: body.arsakKode,
      flyttingTil: body.flyttingTil,
      avslutningNotat: body.notat ?? null,
      version: sql`${plassering.version} + 1`,
    })
    .where(and(eq(plassering.id, id), eq(plassering.version, body.version)))
    .returning({ id: plassering.id });
  expectUpdated(rows);
  await syncOppgaver(tx, actor.tjenesteId, p.barnId, osloToday());
  // The home's last child moved out: ask it about a new assignment (re-recruitment).
  await startGjenrekruttering(tx, actor, p, body.utflytting);
  await auditBy(tx, actor, {
    handling: 'plassering.end',
    entitetType: 'plassering',
    entitetId: id,
    detaljer: { barnId: p.barnId, avslutning: body.avslutning, arsakKode: body.arsakKode },
  });
  await stoppForPlassering(tx, actor, id);
}
