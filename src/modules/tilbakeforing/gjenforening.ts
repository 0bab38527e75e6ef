import { randomUUID } from 'node:crypto';
import { and, desc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { type GjenforeningSteg, gjenforeningsplan, plassering, tilbakeforingsvurdering } from '@/db/schema';
import { kanStarteGjenforening, stegFeil } from '@/domain/tilbakeforing';
import { kanEndre as kanEndreSak } from '@/modules/barn/barn.policy';
import { openBarn } from '@/modules/barn/caseAccess';
import type { Actor } from '@/modules/core/actor';
import { auditBy } from '@/modules/core/writeAudit';
import { lastGjenforeningForslag } from '@/modules/tilbakeforing/innhold';
import type { CreatePlanBody, UpdatePlanBody } from '@/modules/tilbakeforing/tilbakeforing.schema';
import { navnPa } from '@/modules/tilbakeforing/vurdering';
import { AppError, invalidFields, notFound, versionConflict } from '@/server/errors';

type Row = typeof gjenforeningsplan.$inferSelect;

function vis(row: Row, navn: Awaited<ReturnType<typeof navnPa>>, kanEndre: boolean) {
  return {
    id: row.id,
    barnId: row.barnId,
    status: row.status,
    steg: row.steg,
    opprettetAv: navn(row.opprettetAv),
    opprettet: row.createdAt.toISOString(),
    version: row.version,
    kanEndre: kanEndre && row.status === 'aktiv',
  };
}

const tilSteg = (steg: CreatePlanBody['steg']): GjenforeningSteg[] =>
  steg.map((s) => ({
    id: s.id ?? randomUUID(),
    beskrivelse: s.beskrivelse,
    ansvar: s.ansvar,
    fra: s.fra ?? null,
    til: s.til ?? null,
    status: s.status,
    erfaring: s.erfaring ?? null,
  }));

/** A decision to bring the case for reunification, or a care order lifted, opens a plan. */
async function kanStarte(tx: Tx, barnId: string) {
  const [siste] = await tx
    .select({ beslutning: tilbakeforingsvurdering.beslutning })
    .from(tilbakeforingsvurdering)
    .where(and(eq(tilbakeforingsvurdering.barnId, barnId), isNotNull(tilbakeforingsvurdering.beslutning)))
    .orderBy(desc(tilbakeforingsvurdering.besluttetDato), desc(tilbakeforingsvurdering.createdAt))
    .limit(1);
  const plasseringer = await tx.select().from(plassering).where(eq(plassering.barnId, barnId));
  return kanStarteGjenforening({ sisteBeslutning: siste?.beslutning ?? null, plasseringer });
}

/** The child's safe reunification plans, newest first, with the suggested steps. Read-logged. */
export async function listPlaner(tx: Tx, actor: Actor, barnId: string) {
  const { tilknytning } = await openBarn(tx, actor, barnId, 'read');
  const kanEndre = kanEndreSak(tilknytning);
  const rows = await tx
    .select()
    .from(gjenforeningsplan)
    .where(eq(gjenforeningsplan.barnId, barnId))
    .orderBy(desc(gjenforeningsplan.createdAt));
  const navn = await navnPa(
    tx,
    rows.map((r) => r.opprettetAv),
  );
  await auditBy(tx, actor, {
    handling: 'tilbakeforing.read',
    entitetType: 'gjenforeningsplan',
    entitetId: rows[0]?.id ?? null,
    detaljer: { barnId, antall: rows.length },
  });
  const { tittel, formal, forslag } = lastGjenforeningForslag();
  return {
    tittel,
    formal,
    forslag,
    items: rows.map((r) => vis(r, navn, kanEndre)),
    kanStarte: await kanStarte(tx, barnId),
    kanEndre,
  };
}

/** Starts a plan: one running plan per child, and only on a basis for reunification. */
export async function createPlan(tx: Tx, actor: Actor, barnId: string, body: CreatePlanBody) {
  await openBarn(tx, actor, barnId, 'write');
  if (!(await kanStarte(tx, barnId)))
    throw invalidFields({ field: 'barnId', code: 'no_reunification_basis' });
  const feil = stegFeil(body.steg.map((s) => ({ fra: s.fra ?? null, til: s.til ?? null })));
  if (feil.length) throw invalidFields(...feil);
  const aktiv = await tx
    .select({ id: gjenforeningsplan.id })
    .from(gjenforeningsplan)
    .where(and(eq(gjenforeningsplan.barnId, barnId), eq(gjenforeningsplan.status, 'aktiv')));
  if (aktiv.length) throw new AppError(409, 'duplicate');
  const [created] = await tx
    .insert(gjenforeningsplan)
    .values({ tjenesteId: actor.tjenesteId, barnId, steg: tilSteg(body.steg), opprettetAv: actor.userId })
    .returning({ id: gjenforeningsplan.id });
  if (!created) throw new Error('insert failed');
  await auditBy(tx, actor, {
    handling: 'gjenforening.create',
    entitetType: 'gjenforeningsplan',
    entitetId: created.id,
    detaljer: { barnId, steg: body.steg.length },
  });
  return created;
}

async function openPlan(tx: Tx, actor: Actor, id: string, mode: 'read' | 'write') {
  const [row] = await tx.select().from(gjenforeningsplan).where(eq(gjenforeningsplan.id, id));
  if (!row) throw notFound();
  const { tilknytning } = await openBarn(tx, actor, row.barnId, mode);
  return { row, kanEndre: kanEndreSak(tilknytning) };
}

export async function getPlan(tx: Tx, actor: Actor, id: string) {
  const { row, kanEndre } = await openPlan(tx, actor, id, 'read');
  await auditBy(tx, actor, {
    handling: 'tilbakeforing.read',
    entitetType: 'gjenforeningsplan',
    entitetId: id,
    detaljer: { barnId: row.barnId },
  });
  return vis(row, await navnPa(tx, [row.opprettetAv]), kanEndre);
}

/**
 * Saves the steps and the plan's status: completing or stopping the plan closes it (read-only
 * afterwards). Refused (409) if someone saved in between.
 */
export async function updatePlan(tx: Tx, actor: Actor, id: string, body: UpdatePlanBody) {
  const { row, kanEndre } = await openPlan(tx, actor, id, 'write');
  if (row.status !== 'aktiv') throw new AppError(409, 'document_locked');
  const feil = stegFeil(body.steg.map((s) => ({ fra: s.fra ?? null, til: s.til ?? null })));
  if (feil.length) throw invalidFields(...feil);
  const [saved] = await tx
    .update(gjenforeningsplan)
    .set({ steg: tilSteg(body.steg), status: body.status, version: sql`${gjenforeningsplan.version} + 1` })
    .where(and(eq(gjenforeningsplan.id, id), eq(gjenforeningsplan.version, body.version)))
    .returning();
  if (!saved) throw versionConflict();
  await auditBy(tx, actor, {
    handling: 'gjenforening.update',
    entitetType: 'gjenforeningsplan',
    entitetId: id,
    detaljer: { barnId: row.barnId, status: body.status, steg: body.steg.length },
  });
  return vis(saved, await navnPa(tx, [saved.opprettetAv]), kanEndre);
}
