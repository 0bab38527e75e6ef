import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { plassering, tilbakeforingsvurdering, users } from '@/db/schema';
import { aktivPlassering } from '@/domain/plasseringsforlop';
import { erGyldigSvar, type StegSvar, vurder } from '@/domain/tilbakeforing';
import { kanEndre as kanEndreSak } from '@/modules/barn/barn.policy';
import { openBarn } from '@/modules/barn/caseAccess';
import type { Actor } from '@/modules/core/actor';
import { osloToday } from '@/modules/core/clock';
import { auditBy } from '@/modules/core/writeAudit';
import { lastTrakt } from '@/modules/tilbakeforing/innhold';
import type { SaveVurderingBody } from '@/modules/tilbakeforing/tilbakeforing.schema';
import { AppError, invalidFields, notFound, versionConflict } from '@/server/errors';

type Row = typeof tilbakeforingsvurdering.$inferSelect;

export async function navnPa(tx: Tx, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter(Boolean))] as string[];
  const rows = wanted.length
    ? await tx.select({ id: users.id, navn: users.navn }).from(users).where(inArray(users.id, wanted))
    : [];
  return (id: string | null) => (id ? (rows.find((r) => r.id === id) ?? { id, navn: '' }) : null);
}

function vis(row: Row, navn: Awaited<ReturnType<typeof navnPa>>, kanEndre: boolean) {
  return {
    id: row.id,
    barnId: row.barnId,
    steg: row.steg,
    status: row.beslutning ? ('besluttet' as const) : ('utkast' as const),
    beslutning: row.beslutning,
    begrunnelse: row.begrunnelse,
    besluttetDato: row.besluttetDato,
    besluttetAv: navn(row.besluttetAv),
    opprettetAv: navn(row.opprettetAv),
    opprettet: row.createdAt.toISOString(),
    version: row.version,
    regler: vurder(row.steg),
    kanEndre: kanEndre && !row.beslutning,
  };
}

/** Whether the child lives in a care-order placement (bvl. § 5-1) on the day. */
export async function harOmsorgsovertakelse(tx: Tx, barnId: string, dato: string) {
  const rows = await tx.select().from(plassering).where(eq(plassering.barnId, barnId));
  return aktivPlassering(rows, dato)?.hjemmel === 'bvl_5_1';
}

/** The child's assessments, newest first, with the funnel's texts. Read-logged. */
export async function listVurderinger(tx: Tx, actor: Actor, barnId: string) {
  const { tilknytning } = await openBarn(tx, actor, barnId, 'read');
  const kanEndre = kanEndreSak(tilknytning);
  const rows = await tx
    .select()
    .from(tilbakeforingsvurdering)
    .where(eq(tilbakeforingsvurdering.barnId, barnId))
    .orderBy(desc(tilbakeforingsvurdering.createdAt));
  const navn = await navnPa(
    tx,
    rows.flatMap((r) => [r.opprettetAv, r.besluttetAv]),
  );
  await auditBy(tx, actor, {
    handling: 'tilbakeforing.read',
    entitetType: 'barn',
    entitetId: barnId,
    detaljer: { antall: rows.length },
  });
  return {
    trakt: lastTrakt(),
    items: rows.map((r) => vis(r, navn, kanEndre)),
    omsorgsovertakelse: await harOmsorgsovertakelse(tx, barnId, osloToday()),
    kanEndre,
  };
}

/** Loads an assessment through its child's access rules (404 when hidden by another service). */
export async function openVurdering(tx: Tx, actor: Actor, id: string, mode: 'read' | 'write') {
  const [row] = await tx.select().from(tilbakeforingsvurdering).where(eq(tilbakeforingsvurdering.id, id));
  if (!row) throw notFound();
  const { tilknytning } = await openBarn(tx, actor, row.barnId, mode);
  return { row, kanEndre: kanEndreSak(tilknytning) };
}

export async function visVurdering(tx: Tx, row: Row, kanEndre: boolean) {
  return vis(row, await navnPa(tx, [row.opprettetAv, row.besluttetAv]), kanEndre);
}

export async function getVurdering(tx: Tx, actor: Actor, id: string) {
  const { row, kanEndre } = await openVurdering(tx, actor, id, 'read');
  await auditBy(tx, actor, {
    handling: 'tilbakeforing.read',
    entitetType: 'tilbakeforingsvurdering',
    entitetId: id,
    detaljer: { barnId: row.barnId },
  });
  return visVurdering(tx, row, kanEndre);
}

/**
 * Starts a new assessment for a child in a care-order placement. One draft at a time: a second
 * is refused while one is open, so two workers do not assess the same question apart.
 */
export async function createVurdering(tx: Tx, actor: Actor, barnId: string) {
  await openBarn(tx, actor, barnId, 'write');
  if (!(await harOmsorgsovertakelse(tx, barnId, osloToday())))
    throw invalidFields({ field: 'barnId', code: 'no_care_order' });
  const open = await tx
    .select({ id: tilbakeforingsvurdering.id })
    .from(tilbakeforingsvurdering)
    .where(and(eq(tilbakeforingsvurdering.barnId, barnId), isNull(tilbakeforingsvurdering.beslutning)));
  if (open.length) throw new AppError(409, 'duplicate');
  const [created] = await tx
    .insert(tilbakeforingsvurdering)
    .values({ tjenesteId: actor.tjenesteId, barnId, opprettetAv: actor.userId })
    .returning({ id: tilbakeforingsvurdering.id });
  if (!created) throw new Error('insert failed');
  await auditBy(tx, actor, {
    handling: 'tilbakeforing.create',
    entitetType: 'tilbakeforingsvurdering',
    entitetId: created.id,
    detaljer: { barnId },
  });
  return created;
}

/**
 * Saves the steps sent (a step at a time, or all), keeping the others. An answer must be one the
 * step offers. Refused (409) if someone saved in between, or once the assessment is decided.
 */
export async function saveVurdering(tx: Tx, actor: Actor, id: string, body: SaveVurderingBody) {
  const { row, kanEndre } = await openVurdering(tx, actor, id, 'write');
  if (row.beslutning) throw new AppError(409, 'document_locked');
  const errors = Object.entries(body.steg)
    .filter(([steg, s]) => s && s.svar !== '' && !erGyldigSvar(steg, s.svar))
    .map(([steg]) => ({ field: `steg.${steg}.svar`, code: 'invalid_value' }));
  if (errors.length) throw invalidFields(...errors);
  const steg: Record<string, StegSvar> = { ...row.steg };
  for (const [key, s] of Object.entries(body.steg)) if (s) steg[key] = { svar: s.svar, grunnlag: s.grunnlag };
  const [saved] = await tx
    .update(tilbakeforingsvurdering)
    .set({ steg, version: sql`${tilbakeforingsvurdering.version} + 1` })
    .where(and(eq(tilbakeforingsvurdering.id, id), eq(tilbakeforingsvurdering.version, body.version)))
    .returning();
  if (!saved) throw versionConflict();
  await auditBy(tx, actor, {
    handling: 'tilbakeforing.save',
    entitetType: 'tilbakeforingsvurdering',
    entitetId: id,
    detaljer: { barnId: row.barnId, steg: Object.keys(body.steg) },
  });
  return visVurdering(tx, saved, kanEndre);
}
