import { and, asc, eq, gt, isNull, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '@/db/client';
import { barn, fosterhjem, fosterhjemMedlem, fosterhjemsavtale, plassering, users } from '@/db/schema';
import { aktivPlassering } from '@/domain/plasseringsforlop';
import { syncOppgaverBatch } from '@/modules/arshjul/syncBatch';
import { syncOppgaver } from '@/modules/arshjul/syncOppgaver';
import { kanEndre } from '@/modules/barn/barn.policy';
import { expectUpdated, openFosterhjem } from '@/modules/barn/caseAccess';
import { assignableUser } from '@/modules/barn/createBarn';
import type { Actor } from '@/modules/core/actor';
import { osloToday } from '@/modules/core/clock';
import { auditBy } from '@/modules/core/writeAudit';
import type {
  AvtaleInput,
  CreateFosterhjemBody,
  FosterhjemView,
  MedlemInput,
  UpdateFosterhjemBody,
} from '@/modules/fosterhjem/fosterhjem.schema';
import { kursMangler } from '@/modules/fosterhjem/kurs';
import { invalidFields } from '@/server/errors';

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

const memberValues = (m: MedlemInput) => ({
  rolle: m.rolle,
  fornavn: m.fornavn,
  etternavn: m.etternavn,
  fodselsdato: m.fodselsdato ?? null,
  telefon: m.telefon ?? null,
  epost: m.epost ?? null,
});

/**
 * The service's foster homes, for choosing where a child moves: name, place, how many children
 * live there now and when the next agreement runs out. No household members are listed.
 */
export async function listFosterhjem(tx: Tx, actor: Actor) {
  const today = osloToday();
  const homes = await tx.select().from(fosterhjem).orderBy(asc(fosterhjem.navn));
  const now = await tx
    .select({ fosterhjemId: plassering.fosterhjemId, n: sql<number>`count(*)::int` })
    .from(plassering)
    .where(
      and(
        sql`${plassering.innflytting} <= ${today}`,
        or(isNull(plassering.utflytting), gt(plassering.utflytting, today)),
      ),
    )
    .groupBy(plassering.fosterhjemId);
  const avtaler = await tx
    .select({
      fosterhjemId: fosterhjemsavtale.fosterhjemId,
      slutt: sql<string>`min(${fosterhjemsavtale.sluttDato})::text`,
    })
    .from(fosterhjemsavtale)
    .where(sql`${fosterhjemsavtale.sluttDato} >= ${today}`)
    .groupBy(fosterhjemsavtale.fosterhjemId);
  const utenKurs = await kursMangler(
    tx,
    actor.tjenesteId,
    homes.map((h) => h.id),
    today,
  );
  await auditBy(tx, actor, {
    handling: 'fosterhjem.list',
    entitetType: 'fosterhjem',
    detaljer: { antall: homes.length },
  });
  return {
    items: homes.map((h) => ({
      id: h.id,
      navn: h.navn,
      kommunenummer: h.kommunenummer,
      poststed: h.poststed,
      godkjentDato: h.godkjentDato,
      antallPlassertNa: now.find((n) => n.fosterhjemId === h.id)?.n ?? 0,
      avtaleUtloper: avtaler.find((a) => a.fosterhjemId === h.id)?.slutt ?? null,
      kursIkkeTilbudt: utenKurs.has(h.id),
    })),
  };
}

/** Registers a foster home with its household. */
export async function createFosterhjem(tx: Tx, actor: Actor, body: CreateFosterhjemBody) {
  const kontaktpersonId = body.kontaktpersonId ?? (actor.rolle === 'kontaktperson' ? actor.userId : null);
  const kontaktperson = kontaktpersonId ? await assignableUser(tx, kontaktpersonId, 'kontaktpersonId') : null;
  const [created] = await tx
    .insert(fosterhjem)
    .values({
      tjenesteId: actor.tjenesteId,
      navn: body.navn,
      adresse: body.adresse ?? null,
      postnummer: body.postnummer ?? null,
      poststed: body.poststed ?? null,
      kommunenummer: body.kommunenummer ?? null,
      godkjentDato: body.godkjentDato ?? null,
      kontaktpersonId,
      teamId: kontaktperson?.teamId ?? actor.teamId,
    })
    .returning({ id: fosterhjem.id });
  if (!created) throw new Error('insert failed');
  if (body.medlemmer.length) {
    await tx.insert(fosterhjemMedlem).values(
      body.medlemmer.map((m) => ({
        tjenesteId: actor.tjenesteId,
        fosterhjemId: created.id,
        ...memberValues(m),
      })),
    );
  }
  await auditBy(tx, actor, {
    handling: 'fosterhjem.create',
    entitetType: 'fosterhjem',
    entitetId: created.id,
  });
  return created;
}

/** The foster home page: household, children placed now and before, agreements and their expiry. */
export async function getFosterhjem(
  tx: Tx,
  actor: Actor,
  id: string,
): Promise<z.infer<typeof FosterhjemView>> {
  const { fosterhjem: h, tilknytning } = await openFosterhjem(tx, actor, id, 'read');
  const today = osloToday();
  const medlemmer = await tx
    .select()
    .from(fosterhjemMedlem)
    .where(eq(fosterhjemMedlem.fosterhjemId, id))
    .orderBy(asc(fosterhjemMedlem.rolle), asc(fosterhjemMedlem.fodselsdato));
  const placements = await tx
    .select({ p: plassering, barn: { id: barn.id, fornavn: barn.fornavn, etternavn: barn.etternavn } })
    .from(plassering)
    .innerJoin(barn, eq(barn.id, plassering.barnId))
    .where(eq(plassering.fosterhjemId, id))
    .orderBy(asc(plassering.innflytting));
  const avtaler = await tx
    .select()
    .from(fosterhjemsavtale)
    .where(eq(fosterhjemsavtale.fosterhjemId, id))
    .orderBy(asc(fosterhjemsavtale.startDato));
  const [kp] = h.kontaktpersonId
    ? await tx.select({ id: users.id, navn: users.navn }).from(users).where(eq(users.id, h.kontaktpersonId))
    : [];
  const active = new Set(placements.filter((x) => aktivPlassering([x.p], today)).map((x) => x.p.id));
  const barnOf = (placeringId: string | null) => {
    const x = placements.find((p) => p.p.id === placeringId);
    return x ? { id: x.barn.id, navn: `${x.barn.fornavn} ${x.barn.etternavn}` } : null;
  };
  await auditBy(tx, actor, {
    handling: 'fosterhjem.read',
    entitetType: 'fosterhjem',
    entitetId: id,
    detaljer: { tilknytning },
  });
  return {
    id: h.id,
    navn: h.navn,
    adresse: h.adresse,
    postnummer: h.postnummer,
    poststed: h.poststed,
    kommunenummer: h.kommunenummer,
    godkjentDato: h.godkjentDato,
    kontaktperson: kp ?? null,
    tilknytning,
    kanEndre: kanEndre(tilknytning),
    version: h.version,
    medlemmer: medlemmer.map((m) => ({
      id: m.id,
      rolle: m.rolle,
      fornavn: m.fornavn,
      etternavn: m.etternavn,
      fodselsdato: m.fodselsdato,
      telefon: m.telefon,
      epost: m.epost,
    })),
    plasseringer: placements.map(({ p, barn: b }) => ({
      id: p.id,
      barn: { id: b.id, navn: `${b.fornavn} ${b.etternavn}` },
      innflytting: p.innflytting,
      utflytting: p.utflytting,
      plasseringstype: p.plasseringstype,
      forsterket: p.forsterket,
      avslutning: p.avslutning,
      na: active.has(p.id),
    })),
    avtaler: avtaler.map((a) => ({
      id: a.id,
      startDato: a.startDato,
      sluttDato: a.sluttDato,
      barn: barnOf(a.plasseringId),
      dagerIgjen: a.sluttDato ? daysBetween(today, a.sluttDato) : null,
    })),
  };
}

export async function updateFosterhjem(tx: Tx, actor: Actor, id: string, body: UpdateFosterhjemBody) {
  await openFosterhjem(tx, actor, id, 'write');
  const rows = await tx
    .update(fosterhjem)
    .set({
      navn: body.navn,
      adresse: body.adresse ?? null,
      postnummer: body.postnummer ?? null,
      poststed: body.poststed ?? null,
      kommunenummer: body.kommunenummer ?? null,
      godkjentDato: body.godkjentDato ?? null,
      version: sql`${fosterhjem.version} + 1`,
    })
    .where(and(eq(fosterhjem.id, id), eq(fosterhjem.version, body.version)))
    .returning({ id: fosterhjem.id });
  expectUpdated(rows);
  await auditBy(tx, actor, { handling: 'fosterhjem.update', entitetType: 'fosterhjem', entitetId: id });
}

/** Adds a foster parent, one of the family's own children or another household member. */
export async function addFosterhjemMedlem(tx: Tx, actor: Actor, id: string, body: MedlemInput) {
  await openFosterhjem(tx, actor, id, 'write');
  const [created] = await tx
    .insert(fosterhjemMedlem)
    .values({ tjenesteId: actor.tjenesteId, fosterhjemId: id, ...memberValues(body) })
    .returning({ id: fosterhjemMedlem.id });
  if (!created) throw new Error('insert failed');
  // The family's own children give the yearly conversation with them in each child's årshjul.
  if (body.rolle === 'eget_barn') {
    const today = osloToday();
    const placed = await tx
      .selectDistinct({ barnId: plassering.barnId })
      .from(plassering)
      .where(
        and(
          eq(plassering.fosterhjemId, id),
          or(isNull(plassering.utflytting), gt(plassering.utflytting, today)),
        ),
      );
    await syncOppgaverBatch(
      tx,
      actor.tjenesteId,
      placed.map((p) => p.barnId),
      today,
    );
  }
  await auditBy(tx, actor, {
    handling: 'fosterhjem.member_create',
    entitetType: 'fosterhjem_medlem',
    entitetId: created.id,
    detaljer: { fosterhjemId: id },
  });
  return created;
}

/** Records a foster-home agreement with its start and (usually) end date. */
export async function addAvtale(tx: Tx, actor: Actor, id: string, body: z.infer<typeof AvtaleInput>) {
  await openFosterhjem(tx, actor, id, 'write');
  if (body.sluttDato && body.sluttDato < body.startDato)
    throw invalidFields({ field: 'sluttDato', code: 'date_order' });
  let barnId: string | null = null;
  if (body.plasseringId) {
    const [p] = await tx
      .select({ id: plassering.id, barnId: plassering.barnId })
      .from(plassering)
      .where(and(eq(plassering.id, body.plasseringId), eq(plassering.fosterhjemId, id)));
    if (!p) throw invalidFields({ field: 'plasseringId', code: 'unknown_reference' });
    barnId = p.barnId;
  }
  const [created] = await tx
    .insert(fosterhjemsavtale)
    .values({
      tjenesteId: actor.tjenesteId,
      fosterhjemId: id,
      plasseringId: body.plasseringId ?? null,
      startDato: body.startDato,
      sluttDato: body.sluttDato ?? null,
    })
    .returning({ id: fosterhjemsavtale.id });
  if (!created) throw new Error('insert failed');
  // An agreement's end date gives the evaluation task in the child's årshjul.
  if (barnId) await syncOppgaver(tx, actor.tjenesteId, barnId, osloToday());
  await auditBy(tx, actor, {
    handling: 'fosterhjem.agreement_create',
    entitetType: 'fosterhjem',
    entitetId: id,
  });
  return created;
}
