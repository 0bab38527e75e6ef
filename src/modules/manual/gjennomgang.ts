import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { barn, gjennomgang, gjennomgangAvtale, users } from '@/db/schema';
import { addDays } from '@/domain/plasseringsforlop';
import { getInnstillinger } from '@/modules/arshjul/innstillinger';
import type { Actor } from '@/modules/core/actor';
import { osloToday } from '@/modules/core/clock';
import { auditBy } from '@/modules/core/writeAudit';
import { getForlop } from '@/modules/manual/forlop';
import { AppError, forbidden, invalidFields } from '@/server/errors';

/** Contact persons the actor reviews: the team's for a team leader, everyone's for the head of service. */
async function kontaktpersoner(tx: Tx, actor: Actor) {
  if (actor.rolle !== 'teamleder' && actor.rolle !== 'leder') throw forbidden();
  const rows = await tx
    .select({ id: users.id, navn: users.navn, teamId: users.teamId })
    .from(users)
    .where(and(eq(users.rolle, 'kontaktperson'), eq(users.aktiv, true)))
    .orderBy(asc(users.navn));
  return actor.rolle === 'leder' ? rows : rows.filter((u) => u.teamId && u.teamId === actor.teamId);
}

/** The open manual points in the current phase of each of the contact person's children. */
async function apnePunkter(tx: Tx, actor: Actor, kontaktpersonId: string) {
  const children = await tx
    .select({ id: barn.id, fornavn: barn.fornavn, etternavn: barn.etternavn })
    .from(barn)
    .where(eq(barn.kontaktpersonId, kontaktpersonId))
    .orderBy(asc(barn.etternavn), asc(barn.fornavn));
  const out = [];
  for (const c of children) {
    try {
      const f = await getForlop(tx, actor, 'barn', c.id, false);
      const na = f.faser.find((x) => x.status === 'na');
      out.push({
        barn: { id: c.id, navn: `${c.fornavn} ${c.etternavn}` },
        fase: f.fase.id,
        apne: (na?.punkter ?? [])
          .filter((p) => p.status === 'apen')
          .map((p) => ({ id: p.id, tittel: p.tittel, ansvar: p.ansvar })),
      });
    } catch (e) {
      // A child outside the reviewer's team is left out rather than opened without a purpose.
      if (!(e instanceof AppError)) throw e;
    }
  }
  return out;
}

/**
 * The team leader's overview: for each contact person the last review, when the next is due
 * (the interval is local practice, a service setting), and how many manual points are open.
 */
export async function reviewOverview(tx: Tx, actor: Actor) {
  const people = await kontaktpersoner(tx, actor);
  const { gjennomgangUker } = await getInnstillinger(tx, actor.tjenesteId);
  const today = osloToday();
  const last = people.length
    ? await tx
        .select()
        .from(gjennomgang)
        .where(
          inArray(
            gjennomgang.kontaktpersonId,
            people.map((p) => p.id),
          ),
        )
        .orderBy(desc(gjennomgang.dato))
    : [];
  const items = [];
  for (const p of people) {
    const sist = last.find((g) => g.kontaktpersonId === p.id);
    const neste = sist ? addDays(sist.dato, gjennomgangUker * 7) : today;
    const punkter = await apnePunkter(tx, actor, p.id);
    items.push({
      kontaktperson: { id: p.id, navn: p.navn },
      sistGjennomgang: sist?.dato ?? null,
      nesteGjennomgang: neste,
      forfalt: neste <= today,
      antallBarn: punkter.length,
      apnePunkter: punkter.reduce((n, b) => n + b.apne.length, 0),
    });
  }
  await auditBy(tx, actor, {
    handling: 'gjennomgang.list',
    entitetType: 'gjennomgang',
    detaljer: { antall: items.length },
  });
  return { intervallUker: gjennomgangUker, items };
}

/** What the review with one contact person goes through: each child's open points, and what was agreed last time. */
export async function prepareReview(tx: Tx, actor: Actor, kontaktpersonId: string) {
  const people = await kontaktpersoner(tx, actor);
  const person = people.find((p) => p.id === kontaktpersonId);
  if (!person) throw forbidden();
  const barnListe = await apnePunkter(tx, actor, kontaktpersonId);
  const [forrige] = await tx
    .select()
    .from(gjennomgang)
    .where(eq(gjennomgang.kontaktpersonId, kontaktpersonId))
    .orderBy(desc(gjennomgang.dato))
    .limit(1);
  const avtaler = forrige
    ? await tx.select().from(gjennomgangAvtale).where(eq(gjennomgangAvtale.gjennomgangId, forrige.id))
    : [];
  await auditBy(tx, actor, {
    handling: 'gjennomgang.prepare',
    entitetType: 'user',
    entitetId: kontaktpersonId,
  });
  return {
    kontaktperson: { id: person.id, navn: person.navn },
    barn: barnListe,
    forrige: forrige
      ? {
          dato: forrige.dato,
          oppsummering: forrige.oppsummering,
          avtaler: avtaler.map((a) => ({
            entitetId: a.entitetId,
            punktId: a.punktId,
            avtale: a.avtale,
            frist: a.frist,
          })),
        }
      : null,
  };
}

export type ReviewInput = {
  kontaktpersonId: string;
  dato: string;
  oppsummering?: string | null;
  avtaler: { barnId: string; punktId: string; avtale: string; frist?: string | null }[];
};

/** Records a review: the date, a summary, and what was agreed for which point of which child. */
export async function createReview(tx: Tx, actor: Actor, input: ReviewInput) {
  const people = await kontaktpersoner(tx, actor);
  if (!people.some((p) => p.id === input.kontaktpersonId)) throw forbidden();
  if (input.dato > osloToday()) throw invalidFields({ field: 'dato', code: 'date_future' });
  const own = new Set(
    (await tx.select({ id: barn.id }).from(barn).where(eq(barn.kontaktpersonId, input.kontaktpersonId))).map(
      (b) => b.id,
    ),
  );
  input.avtaler.forEach((a, i) => {
    if (!own.has(a.barnId)) throw invalidFields({ field: `avtaler.${i}.barnId`, code: 'unknown_reference' });
    if (a.frist && a.frist < input.dato)
      throw invalidFields({ field: `avtaler.${i}.frist`, code: 'date_order' });
  });
  const [created] = await tx
    .insert(gjennomgang)
    .values({
      tjenesteId: actor.tjenesteId,
      teamlederId: actor.userId,
      kontaktpersonId: input.kontaktpersonId,
      dato: input.dato,
      oppsummering: input.oppsummering ?? null,
    })
    .returning({ id: gjennomgang.id });
  if (!created) throw new Error('insert failed');
  if (input.avtaler.length) {
    await tx.insert(gjennomgangAvtale).values(
      input.avtaler.map((a) => ({
        tjenesteId: actor.tjenesteId,
        gjennomgangId: created.id,
        forlop: 'barn' as const,
        entitetId: a.barnId,
        punktId: a.punktId,
        avtale: a.avtale,
        frist: a.frist ?? null,
      })),
    );
  }
  await auditBy(tx, actor, {
    handling: 'gjennomgang.create',
    entitetType: 'gjennomgang',
    entitetId: created.id,
    detaljer: { kontaktpersonId: input.kontaktpersonId, avtaler: input.avtaler.length },
  });
  return created;
}

/**
 * Reviews of one contact person, newest first: the person's own, or the team's for their leader.
 * The contact person sees what was agreed about their cases.
 */
export async function listReviews(tx: Tx, actor: Actor, kontaktpersonId: string) {
  if (
    kontaktpersonId !== actor.userId &&
    !(await kontaktpersoner(tx, actor)).some((p) => p.id === kontaktpersonId)
  ) {
    throw forbidden();
  }
  const rows = await tx
    .select({ g: gjennomgang, leder: users.navn })
    .from(gjennomgang)
    .leftJoin(users, eq(users.id, gjennomgang.teamlederId))
    .where(eq(gjennomgang.kontaktpersonId, kontaktpersonId))
    .orderBy(desc(gjennomgang.dato))
    .limit(24);
  const avtaler = rows.length
    ? await tx
        .select()
        .from(gjennomgangAvtale)
        .where(
          inArray(
            gjennomgangAvtale.gjennomgangId,
            rows.map((r) => r.g.id),
          ),
        )
    : [];
  const barnNavn = new Map(
    (await tx.select({ id: barn.id, fornavn: barn.fornavn, etternavn: barn.etternavn }).from(barn)).map(
      (b) => [b.id, `${b.fornavn} ${b.etternavn}`],
    ),
  );
  await auditBy(tx, actor, { handling: 'gjennomgang.list', entitetType: 'user', entitetId: kontaktpersonId });
  return {
    items: rows.map(({ g, leder }) => ({
      id: g.id,
      dato: g.dato,
      teamleder: leder ?? '',
      oppsummering: g.oppsummering,
      avtaler: avtaler
        .filter((a) => a.gjennomgangId === g.id)
        .map((a) => ({
          barn: { id: a.entitetId, navn: barnNavn.get(a.entitetId) ?? '' },
          punktId: a.punktId,
          avtale: a.avtale,
          frist: a.frist,
        })),
    })),
  };
}
