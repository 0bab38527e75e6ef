import { and, asc, eq, min } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { familiemedlem, plassering, samvaersplan, users } from '@/db/schema';
import { addDays } from '@/domain/plasseringsforlop';
import { planHistorikk, planPaDato, timerPerAr, validerPlan } from '@/domain/samvaer';
import { openBarn } from '@/modules/barn/caseAccess';
import type { Actor } from '@/modules/core/actor';
import { osloToday } from '@/modules/core/clock';
import { auditBy } from '@/modules/core/writeAudit';
import type { CreateSamvaersplanBody } from '@/modules/samvaer/samvaer.schema';
import { invalidFields } from '@/server/errors';

export type SamvaersplanRad = typeof samvaersplan.$inferSelect;

/** The child's first move-in: no contact plan can start before the child was placed. */
export async function forstePlassering(tx: Tx, barnId: string): Promise<string | null> {
  const [row] = await tx
    .select({ fra: min(plassering.innflytting) })
    .from(plassering)
    .where(eq(plassering.barnId, barnId));
  return row?.fra ?? null;
}

/** A family member of this child, or a field error. */
export async function familiemedlemAv(tx: Tx, barnId: string, familiemedlemId: string) {
  const [m] = await tx
    .select()
    .from(familiemedlem)
    .where(and(eq(familiemedlem.id, familiemedlemId), eq(familiemedlem.barnId, barnId)));
  if (!m) throw invalidFields({ field: 'familiemedlemId', code: 'unknown_reference' });
  return m;
}

export async function planerFor(tx: Tx, barnId: string, familiemedlemId?: string) {
  return tx
    .select()
    .from(samvaersplan)
    .where(
      and(
        eq(samvaersplan.barnId, barnId),
        familiemedlemId ? eq(samvaersplan.familiemedlemId, familiemedlemId) : undefined,
      ),
    )
    .orderBy(asc(samvaersplan.fra));
}

/**
 * Registers a contact plan for a parent or relative from a date (barnevernsloven § 7-6). A change
 * to the extent is a new plan, so the history shows how contact followed the relationship.
 */
export async function createSamvaersplan(tx: Tx, actor: Actor, barnId: string, body: CreateSamvaersplanBody) {
  await openBarn(tx, actor, barnId, 'write');
  await familiemedlemAv(tx, barnId, body.familiemedlemId);
  const tidligere = await planerFor(tx, barnId, body.familiemedlemId);
  const forrige = tidligere.at(-1) ?? null;
  const feil = validerPlan(
    { ...body, begrunnelse: body.begrunnelse ?? null },
    { forstePlassering: await forstePlassering(tx, barnId), forrige },
  );
  if (feil.length) throw invalidFields(...feil);
  const [created] = await tx
    .insert(samvaersplan)
    .values({
      tjenesteId: actor.tjenesteId,
      barnId,
      familiemedlemId: body.familiemedlemId,
      fra: body.fra,
      antall: body.antall,
      per: body.per,
      varighetTimer: body.varighetTimer,
      sted: body.sted ?? null,
      tilsyn: body.tilsyn,
      grunnlag: body.grunnlag,
      begrunnelse: body.begrunnelse ?? null,
      registrertAv: actor.userId,
    })
    .returning({ id: samvaersplan.id });
  if (!created) throw new Error('insert failed');
  await auditBy(tx, actor, {
    handling: 'samvaersplan.create',
    entitetType: 'samvaersplan',
    entitetId: created.id,
    detaljer: {
      barnId,
      familiemedlemId: body.familiemedlemId,
      per: body.per,
      antall: body.antall,
      tilsyn: body.tilsyn,
      grunnlag: body.grunnlag,
    },
  });
  return created;
}

/**
 * Per parent or relative of the child: the plan in force and the history of plans, newest
 * first, each with its hours a year and whether it extended or reduced contact. Family members
 * without a plan are listed too, so a first plan can be made for them.
 */
export async function listSamvaersplaner(tx: Tx, actor: Actor, barnId: string) {
  await openBarn(tx, actor, barnId, 'read');
  const today = osloToday();
  const medlemmer = await tx
    .select()
    .from(familiemedlem)
    .where(eq(familiemedlem.barnId, barnId))
    .orderBy(asc(familiemedlem.createdAt));
  const planer = await tx
    .select({ plan: samvaersplan, registrertAvNavn: users.navn })
    .from(samvaersplan)
    .leftJoin(users, eq(users.id, samvaersplan.registrertAv))
    .where(eq(samvaersplan.barnId, barnId))
    .orderBy(asc(samvaersplan.fra));
  const personer = medlemmer.map((m) => {
    const egne = planer.filter((p) => p.plan.familiemedlemId === m.id);
    const historikk = planHistorikk(egne.map((p) => ({ ...p.plan, registrertAvNavn: p.registrertAvNavn })));
    const views = historikk.map((p, i) => {
      const neste = historikk[i + 1];
      return {
        id: p.id,
        familiemedlemId: p.familiemedlemId,
        fra: p.fra,
        til: neste ? addDays(neste.fra, -1) : null,
        antall: p.antall,
        per: p.per,
        varighetTimer: p.varighetTimer,
        sted: p.sted,
        tilsyn: p.tilsyn,
        grunnlag: p.grunnlag,
        begrunnelse: p.begrunnelse,
        timerPerAr: timerPerAr(p),
        endring: p.endring,
        registrertAv: p.registrertAvNavn ? { id: p.registrertAv, navn: p.registrertAvNavn } : null,
        opprettet: p.createdAt.toISOString(),
      };
    });
    const gjeldende = planPaDato(views, today) ?? views[0] ?? null;
    return {
      familiemedlemId: m.id,
      relasjon: m.relasjon,
      fornavn: m.fornavn,
      etternavn: m.etternavn,
      gjeldende,
      historikk: [...views].reverse(),
    };
  });
  await auditBy(tx, actor, {
    handling: 'samvaer.read',
    entitetType: 'barn',
    entitetId: barnId,
    detaljer: { planer: planer.length },
  });
  return { forstePlassering: await forstePlassering(tx, barnId), personer };
}
