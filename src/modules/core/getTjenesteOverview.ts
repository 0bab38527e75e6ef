import { asc, count, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { kommune, samarbeid, team, tjeneste, tjenesteSamarbeid, users } from '@/db/schema';
import { notFound } from '@/server/errors';
import type { Locale } from '@/server/i18n';

/** The service a user belongs to: its municipalities, collaborations and teams. */
export async function getTjenesteOverview(tx: Tx, tjenesteId: string, locale: Locale) {
  const [own] = await tx.select().from(tjeneste).where(eq(tjeneste.id, tjenesteId));
  if (!own) throw notFound();
  const name = (t: { navn: string; navnNn: string | null }) =>
    locale === 'nn' && t.navnNn ? t.navnNn : t.navn;

  const kommuner = await tx
    .select({ nummer: kommune.nummer, navn: kommune.navn })
    .from(kommune)
    .where(eq(kommune.tjenesteId, tjenesteId))
    .orderBy(asc(kommune.nummer));

  const memberships = await tx
    .select({ samarbeid })
    .from(tjenesteSamarbeid)
    .innerJoin(samarbeid, eq(samarbeid.id, tjenesteSamarbeid.samarbeidId))
    .where(eq(tjenesteSamarbeid.tjenesteId, tjenesteId))
    .orderBy(asc(samarbeid.navn));
  const ids = memberships.map((m) => m.samarbeid.id);
  const members = ids.length
    ? await tx
        .select({ samarbeidId: tjenesteSamarbeid.samarbeidId, tjeneste })
        .from(tjenesteSamarbeid)
        .innerJoin(tjeneste, eq(tjeneste.id, tjenesteSamarbeid.tjenesteId))
        .where(inArray(tjenesteSamarbeid.samarbeidId, ids))
        .orderBy(asc(tjeneste.navn))
    : [];

  // Row-level security limits users and teams to this service.
  const teams = await tx
    .select({ id: team.id, navn: team.navn, antallBrukere: count(users.id) })
    .from(team)
    .leftJoin(users, eq(users.teamId, team.id))
    .groupBy(team.id, team.navn)
    .orderBy(asc(team.navn));
  const [userCount] = await tx.select({ n: count() }).from(users).where(eq(users.aktiv, true));

  return {
    id: own.id,
    kode: own.kode,
    navn: name(own),
    interkommunal: own.interkommunal,
    organisasjonstype: own.organisasjonstype,
    kommuner,
    samarbeid: memberships.map(({ samarbeid: s }) => ({
      id: s.id,
      navn: s.navn,
      type: s.type,
      tjenester: members
        .filter((m) => m.samarbeidId === s.id)
        .map((m) => ({ id: m.tjeneste.id, navn: name(m.tjeneste) })),
    })),
    team: teams,
    antallBrukere: userCount?.n ?? 0,
  };
}
