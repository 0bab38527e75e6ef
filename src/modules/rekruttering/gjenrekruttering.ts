import { and, asc, desc, eq, gt, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import {
  fosterhjem,
  fosterhjemMedlem,
  gjenrekruttering,
  plassering,
  rekrutteringDeling,
  rekrutteringFasehistorikk,
  rekrutteringssak,
  samarbeid,
  tjenesteSamarbeid,
  users,
} from '@/db/schema';
import { addDays } from '@/domain/plasseringsforlop';
import {
  GJENREKRUTTERING_FRIST_DAGER,
  gjenrekrutteringTilstand,
  skalSporres,
  validerSvar,
} from '@/domain/slektForst';
import { kanEndre } from '@/modules/barn/barn.policy';
import { expectUpdated, fosterhjemTilknytning, openFosterhjem } from '@/modules/barn/caseAccess';
import type { Actor } from '@/modules/core/actor';
import { osloToday } from '@/modules/core/clock';
import { authorize } from '@/modules/core/policy';
import { auditBy } from '@/modules/core/writeAudit';
import type { AnswerGjenrekrutteringBody } from '@/modules/rekruttering/nettverkssok.schema';
import { invalidFields, notFound } from '@/server/errors';

type Row = typeof gjenrekruttering.$inferSelect;

const view = (r: Row, navn: string, today: string) => ({
  id: r.id,
  fosterhjemId: r.fosterhjemId,
  fosterhjemNavn: navn,
  opprettet: r.opprettet,
  frist: r.frist,
  tilstand: gjenrekrutteringTilstand(r, today),
  samtaleDato: r.samtaleDato,
  svar: r.svar,
  pauseTil: r.pauseTil,
  arsak: r.arsak,
  sakId: r.sakId,
  avsluttet: r.avsluttet,
  version: r.version,
});

/**
 * Called by endPlassering in its transaction: when the placement that ended was the home's last
 * active one, the home is to be asked about a new assignment by move-out + 30 days
 * (GJENREKRUTTERING_FRIST_DAGER). Always created, whatever the SSB destination says: the user
 * closes it when the home has left. One open follow-up per home at a time.
 */
export async function startGjenrekruttering(
  tx: Tx,
  actor: Actor,
  p: { id: string; fosterhjemId: string },
  utflytting: string,
) {
  const active = await tx
    .select({ id: plassering.id })
    .from(plassering)
    .where(
      and(
        eq(plassering.fosterhjemId, p.fosterhjemId),
        ne(plassering.id, p.id),
        or(isNull(plassering.utflytting), gt(plassering.utflytting, utflytting)),
      ),
    )
    .limit(1);
  if (active.length) return null;
  const open = await tx
    .select({ id: gjenrekruttering.id })
    .from(gjenrekruttering)
    .where(and(eq(gjenrekruttering.fosterhjemId, p.fosterhjemId), isNull(gjenrekruttering.avsluttet)))
    .limit(1);
  if (open.length) return null;
  const [created] = await tx
    .insert(gjenrekruttering)
    .values({
      tjenesteId: actor.tjenesteId,
      fosterhjemId: p.fosterhjemId,
      plasseringId: p.id,
      opprettet: osloToday(),
      frist: addDays(utflytting, GJENREKRUTTERING_FRIST_DAGER),
    })
    .returning({ id: gjenrekruttering.id });
  if (!created) throw new Error('insert failed');
  await auditBy(tx, actor, {
    handling: 'gjenrekruttering.create',
    entitetType: 'gjenrekruttering',
    entitetId: created.id,
    detaljer: { fosterhjemId: p.fosterhjemId, plasseringId: p.id },
  });
  return created;
}

/**
 * The homes to ask about a new assignment in the service, earliest deadline first, and those on
 * a pause. Like the foster-home list, the service's users with the permission see all its homes;
 * each row says whether this user may record the answer (the rule answerGjenrekruttering applies
 * through openFosterhjem: a tie to the home that allows changes) and who the home's contact
 * person is, so the page can tell the others whom to ask.
 */
export async function listGjenrekruttering(tx: Tx, actor: Actor) {
  authorize(actor, 'gjenrekruttering:list');
  const today = osloToday();
  const rows = await tx
    .select({
      g: gjenrekruttering,
      hjem: {
        id: fosterhjem.id,
        navn: fosterhjem.navn,
        kontaktpersonId: fosterhjem.kontaktpersonId,
        teamId: fosterhjem.teamId,
      },
      kontaktpersonNavn: users.navn,
    })
    .from(gjenrekruttering)
    .innerJoin(fosterhjem, eq(fosterhjem.id, gjenrekruttering.fosterhjemId))
    .leftJoin(users, eq(users.id, fosterhjem.kontaktpersonId))
    .where(isNull(gjenrekruttering.avsluttet))
    .orderBy(asc(gjenrekruttering.frist));
  const homes = rows.map((r) => r.hjem);
  const tie = await fosterhjemTilknytning(tx, actor, homes);
  const all = rows.map(({ g, hjem, kontaktpersonNavn }) => ({
    ...view(g, hjem.navn, today),
    kanSvare: kanEndre(tie.get(hjem.id) ?? null),
    kontaktpersonNavn,
  }));
  const items = all.filter((r) => skalSporres(r.tilstand));
  const pause = all.filter((r) => r.tilstand === 'pause');
  await auditBy(tx, actor, {
    handling: 'gjenrekruttering.list',
    entitetType: 'gjenrekruttering',
    detaljer: { antall: items.length, pause: pause.length },
  });
  return { items, pause };
}

/** The re-recruitment history of one foster home, newest first. */
export async function gjenrekrutteringForHjem(tx: Tx, actor: Actor, fosterhjemId: string) {
  const { fosterhjem: home } = await openFosterhjem(tx, actor, fosterhjemId, 'read');
  const today = osloToday();
  const rows = await tx
    .select()
    .from(gjenrekruttering)
    .where(eq(gjenrekruttering.fosterhjemId, fosterhjemId))
    .orderBy(desc(gjenrekruttering.opprettet), desc(gjenrekruttering.createdAt));
  await auditBy(tx, actor, {
    handling: 'gjenrekruttering.list',
    entitetType: 'fosterhjem',
    entitetId: fosterhjemId,
    detaljer: { antall: rows.length },
  });
  return { items: rows.map((r) => view(r, home.navn, today)) };
}

async function openRow(tx: Tx, actor: Actor, id: string) {
  const [row] = await tx.select().from(gjenrekruttering).where(eq(gjenrekruttering.id, id));
  if (!row) throw notFound();
  const { fosterhjem: home } = await openFosterhjem(tx, actor, row.fosterhjemId, 'write');
  if (row.avsluttet) throw invalidFields({ field: 'svar', code: 'rerecruitment_closed' });
  return { row, home };
}

/** The other services in the actor's recruitment collaboration (the Zip-team), if any. */
async function samarbeidspartnere(tx: Tx, tjenesteId: string): Promise<string[]> {
  const mine = tx
    .select({ id: tjenesteSamarbeid.samarbeidId })
    .from(tjenesteSamarbeid)
    .innerJoin(samarbeid, eq(samarbeid.id, tjenesteSamarbeid.samarbeidId))
    .where(and(eq(tjenesteSamarbeid.tjenesteId, tjenesteId), eq(samarbeid.type, 'rekruttering')));
  const rows = await tx
    .selectDistinct({ tjenesteId: tjenesteSamarbeid.tjenesteId })
    .from(tjenesteSamarbeid)
    .where(and(inArray(tjenesteSamarbeid.samarbeidId, mine), ne(tjenesteSamarbeid.tjenesteId, tjenesteId)));
  return rows.map((r) => r.tjenesteId);
}

/**
 * The home returns to the pool: a recruitment case owned by the actor's service, already in
 * «tilgjengelig», with the foster parents as its adults and the home's approval date; shared
 * with the recruitment collaboration when the family has consented.
 */
async function tilbakeTilPoolen(
  tx: Tx,
  actor: Actor,
  row: Row,
  home: typeof fosterhjem.$inferSelect,
  body: AnswerGjenrekrutteringBody,
): Promise<{ sakId: string; delt: number }> {
  const today = osloToday();
  const partnere = body.delMedSamarbeid ? await samarbeidspartnere(tx, actor.tjenesteId) : [];
  if (body.delMedSamarbeid) {
    if (!body.samtykkeDato) throw invalidFields({ field: 'samtykkeDato', code: 'required' });
    if (body.samtykkeDato > today) throw invalidFields({ field: 'samtykkeDato', code: 'date_future' });
    if (partnere.length === 0) throw invalidFields({ field: 'delMedSamarbeid', code: 'no_collaboration' });
  }
  const voksne = await tx
    .select()
    .from(fosterhjemMedlem)
    .where(and(eq(fosterhjemMedlem.fosterhjemId, home.id), eq(fosterhjemMedlem.rolle, 'fosterforelder')));
  const [sist] = row.plasseringId
    ? await tx
        .select({ type: plassering.plasseringstype, forsterket: plassering.forsterket })
        .from(plassering)
        .where(eq(plassering.id, row.plasseringId))
    : [];
  const hjemtyper: ('ordinaer' | 'beredskap' | 'forsterket')[] =
    sist?.type === 'beredskap' ? ['beredskap'] : sist?.forsterket ? ['ordinaer', 'forsterket'] : ['ordinaer'];
  const [sak] = await tx
    .insert(rekrutteringssak)
    .values({
      tjenesteId: actor.tjenesteId,
      navn: home.navn,
      voksne: voksne.map((v) => ({
        fornavn: v.fornavn,
        etternavn: v.etternavn,
        fodselsdato: v.fodselsdato,
        telefon: v.telefon,
        epost: v.epost,
      })),
      adresse: home.adresse,
      postnummer: home.postnummer,
      poststed: home.poststed,
      kommunenummer: home.kommunenummer,
      kilde: 'gjenrekruttering',
      hjemtyper,
      fase: 'tilgjengelig',
      faseFra: today,
      forsteKontakt: body.samtaleDato,
      samtykkeDato: body.delMedSamarbeid ? (body.samtykkeDato ?? null) : null,
      godkjentDato: home.godkjentDato,
      fosterhjemId: home.id,
    })
    .returning({ id: rekrutteringssak.id });
  if (!sak) throw new Error('insert failed');
  await tx.insert(rekrutteringFasehistorikk).values({
    tjenesteId: actor.tjenesteId,
    sakId: sak.id,
    fase: 'tilgjengelig',
    fra: today,
    endretAv: actor.userId,
    endretAvTjenesteId: actor.tjenesteId,
  });
  if (partnere.length && body.samtykkeDato) {
    await tx.insert(rekrutteringDeling).values(
      partnere.map((tjenesteId) => ({
        sakId: sak.id,
        tjenesteId,
        eierTjenesteId: actor.tjenesteId,
        samtykkeDato: body.samtykkeDato as string,
        registrertAv: actor.userId,
      })),
    );
  }
  await auditBy(tx, actor, {
    handling: 'rekruttering.create',
    entitetType: 'rekrutteringssak',
    entitetId: sak.id,
    detaljer: {
      kilde: 'gjenrekruttering',
      fosterhjemId: home.id,
      gjenrekrutteringId: row.id,
      delt: partnere.length,
    },
  });
  return { sakId: sak.id, delt: partnere.length };
}

/**
 * Records the conversation and the home's answer: «klar» returns it to the pool of available
 * homes (a recruitment case), «pause» hides it until a date, «nei» closes it with a reason.
 */
export async function answerGjenrekruttering(
  tx: Tx,
  actor: Actor,
  id: string,
  body: AnswerGjenrekrutteringBody,
) {
  const { row, home } = await openRow(tx, actor, id);
  const today = osloToday();
  if (body.samtaleDato > today) throw invalidFields({ field: 'samtaleDato', code: 'date_future' });
  const pauseTil = body.svar === 'pause' ? (body.pauseTil ?? null) : null;
  const arsak = body.svar === 'nei' ? (body.arsak ?? null) : null;
  const problem = validerSvar(body.svar, body.samtaleDato, pauseTil, arsak);
  if (problem) throw invalidFields(problem);
  const pool = body.svar === 'klar' ? await tilbakeTilPoolen(tx, actor, row, home, body) : null;
  const rows = await tx
    .update(gjenrekruttering)
    .set({
      samtaleDato: body.samtaleDato,
      svar: body.svar,
      pauseTil,
      arsak,
      notat: body.notat ?? null,
      sakId: pool?.sakId ?? null,
      avsluttet: body.svar === 'pause' ? null : today,
      registrertAv: actor.userId,
      version: sql`${gjenrekruttering.version} + 1`,
    })
    .where(and(eq(gjenrekruttering.id, id), eq(gjenrekruttering.version, body.version)))
    .returning({ id: gjenrekruttering.id });
  expectUpdated(rows);
  await auditBy(tx, actor, {
    handling: body.svar === 'pause' ? 'gjenrekruttering.update' : 'gjenrekruttering.close',
    entitetType: 'gjenrekruttering',
    entitetId: id,
    detaljer: {
      fosterhjemId: row.fosterhjemId,
      svar: body.svar,
      arsak,
      sakId: pool?.sakId ?? null,
      delt: pool?.delt ?? 0,
    },
  });
  return { sakId: pool?.sakId ?? null };
}

/** Closes a follow-up without an answer (the home has left, or asking is not relevant). */
export async function closeGjenrekruttering(tx: Tx, actor: Actor, id: string, version: number) {
  const { row } = await openRow(tx, actor, id);
  const rows = await tx
    .update(gjenrekruttering)
    .set({
      avsluttet: osloToday(),
      registrertAv: actor.userId,
      version: sql`${gjenrekruttering.version} + 1`,
    })
    .where(and(eq(gjenrekruttering.id, id), eq(gjenrekruttering.version, version)))
    .returning({ id: gjenrekruttering.id });
  expectUpdated(rows);
  await auditBy(tx, actor, {
    handling: 'gjenrekruttering.close',
    entitetType: 'gjenrekruttering',
    entitetId: id,
    detaljer: { fosterhjemId: row.fosterhjemId, svar: null },
  });
}
