import { and, asc, eq, gte, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { dokument, dokumentRevisjon, samvaer } from '@/db/schema';
import {
  avlystAv,
  horisontSlutt,
  MAKS_HORISONT,
  planlagteDatoer,
  planPaDato,
  rapportStatus,
  validerKlokkeslett,
  validerOkt,
} from '@/domain/samvaer';
import { expectUpdated, openBarn } from '@/modules/barn/caseAccess';
import type { Actor } from '@/modules/core/actor';
import { osloToday } from '@/modules/core/clock';
import { auditBy } from '@/modules/core/writeAudit';
import { createDokument } from '@/modules/maler/createDokument';
import type {
  CreateSamvaerBody,
  GenerateSamvaerBody,
  UpdateSamvaerBody,
} from '@/modules/samvaer/samvaer.schema';
import { familiemedlemAv, forstePlassering, planerFor } from '@/modules/samvaer/samvaersplan';
import { invalidFields, notFound, versionConflict } from '@/server/errors';
import type { Locale } from '@/server/i18n';

/** The checklist template a contact report is reviewed with (content/maler). */
export const GJENNOMGANG_MAL = 'gjennomgang_samvaersrapport';

async function loadSamvaer(tx: Tx, actor: Actor, id: string, mode: 'read' | 'write') {
  const [row] = await tx.select().from(samvaer).where(eq(samvaer.id, id));
  if (!row) throw notFound();
  await openBarn(tx, actor, row.barnId, mode);
  return row;
}

/** The times as the body gives them: 'HH:MM', or null where left out. */
const klokkeslett = (body: { fraKl?: string | null; tilKl?: string | null }) => ({
  fraKl: body.fraKl ?? null,
  tilKl: body.tilKl ?? null,
});

/** PostgreSQL gives a `time` back as 'HH:MM:SS'; the API speaks minutes. */
export const somKlokkeslett = (tid: string | null) => (tid === null ? null : tid.slice(0, 5));

async function ensureLedigDato(tx: Tx, familiemedlemId: string, dato: string, exceptId?: string) {
  const rows = await tx
    .select({ id: samvaer.id })
    .from(samvaer)
    .where(and(eq(samvaer.familiemedlemId, familiemedlemId), eq(samvaer.dato, dato)));
  if (rows.some((r) => r.id !== exceptId)) throw invalidFields({ field: 'dato', code: 'samvaer_finnes' });
}

/**
 * The child's sessions, oldest first, each with where and how it is held (from the plan in
 * force on the day) and where its report stands; with the open items the contact person must
 * act on: reports not reviewed, supervised sessions waiting for a report, past sessions not
 * yet marked held or cancelled.
 */
export async function listSamvaer(tx: Tx, actor: Actor, barnId: string) {
  await openBarn(tx, actor, barnId, 'read');
  const today = osloToday();
  const planer = await planerFor(tx, barnId);
  const rows = await tx
    .select({ s: samvaer, dok: { id: dokument.id, status: dokument.status, tittel: dokument.tittel } })
    .from(samvaer)
    .leftJoin(dokument, eq(dokument.id, samvaer.gjennomgangDokumentId))
    .where(eq(samvaer.barnId, barnId))
    .orderBy(asc(samvaer.dato));
  const items = rows.map(({ s, dok }) => {
    const plan = planPaDato(
      planer.filter((p) => p.familiemedlemId === s.familiemedlemId),
      s.dato,
    );
    return {
      id: s.id,
      familiemedlemId: s.familiemedlemId,
      dato: s.dato,
      fraKl: somKlokkeslett(s.fraKl),
      tilKl: somKlokkeslett(s.tilKl),
      status: s.status,
      avlystArsak: s.avlystArsak,
      avlystAv: avlystAv(s.avlystArsak),
      rapportMottatt: s.rapportMottatt,
      rapportStatus: rapportStatus({ ...s, tilsyn: plan?.tilsyn ?? null }),
      gjennomgang: dok?.id ? { id: dok.id, status: dok.status, tittel: dok.tittel } : null,
      notat: s.notat,
      sted: plan?.sted ?? null,
      tilsyn: plan?.tilsyn ?? null,
      varighetTimer: plan?.varighetTimer ?? null,
      version: s.version,
    };
  });
  await auditBy(tx, actor, {
    handling: 'samvaer.read',
    entitetType: 'barn',
    entitetId: barnId,
    detaljer: { samvaer: items.length },
  });
  return {
    items,
    apne: {
      ikkeGjennomgatt: items.filter((s) => s.rapportStatus === 'ikke_gjennomgatt').length,
      venterRapport: items.filter((s) => s.rapportStatus === 'venter').length,
      ikkeRegistrert: items.filter((s) => s.status === 'planlagt' && s.dato < today).length,
    },
  };
}

/** Adds one session by hand (an extra contact, or one outside the plan's rhythm). */
export async function createSamvaer(tx: Tx, actor: Actor, barnId: string, body: CreateSamvaerBody) {
  await openBarn(tx, actor, barnId, 'write');
  await familiemedlemAv(tx, barnId, body.familiemedlemId);
  const tid = klokkeslett(body);
  const feil = validerKlokkeslett(tid);
  if (feil.length) throw invalidFields(...feil);
  const forste = await forstePlassering(tx, barnId);
  if (!forste) throw invalidFields({ field: 'dato', code: 'samvaer_ingen_plassering' });
  if (body.dato < forste) throw invalidFields({ field: 'dato', code: 'samvaer_for_plassering' });
  await ensureLedigDato(tx, body.familiemedlemId, body.dato);
  const [created] = await tx
    .insert(samvaer)
    .values({
      tjenesteId: actor.tjenesteId,
      barnId,
      familiemedlemId: body.familiemedlemId,
      dato: body.dato,
      ...tid,
      notat: body.notat ?? null,
    })
    .returning({ id: samvaer.id });
  if (!created) throw new Error('insert failed');
  await auditBy(tx, actor, {
    handling: 'samvaer.create',
    entitetType: 'samvaer',
    entitetId: created.id,
    detaljer: { barnId, familiemedlemId: body.familiemedlemId, antall: 1 },
  });
  return created;
}

/**
 * Plans the next sessions with one person from the plan in force: for the coming weeks or
 * months, from today, at the plan's frequency; days already planned are kept as they are, and
 * a later plan that takes over stops the series.
 */
export async function generateSamvaer(tx: Tx, actor: Actor, barnId: string, body: GenerateSamvaerBody) {
  await openBarn(tx, actor, barnId, 'write');
  await familiemedlemAv(tx, barnId, body.familiemedlemId);
  if (body.antall > MAKS_HORISONT[body.enhet]) {
    throw invalidFields({ field: 'antall', code: 'samvaer_horisont' });
  }
  const today = osloToday();
  const horisont = { fra: today, antall: body.antall, enhet: body.enhet };
  const planer = await planerFor(tx, barnId, body.familiemedlemId);
  const slutt = horisontSlutt(horisont);
  // The plans that apply somewhere in the horizon: the one in force today and any that follow.
  const gjeldende = planPaDato(planer, today);
  const aktuelle = planer.filter((p) => p === gjeldende || (p.fra > today && p.fra < slutt));
  if (aktuelle.length === 0) throw invalidFields({ field: 'familiemedlemId', code: 'samvaer_ingen_plan' });
  const eksisterende = (
    await tx
      .select({ dato: samvaer.dato })
      .from(samvaer)
      .where(and(eq(samvaer.familiemedlemId, body.familiemedlemId), gte(samvaer.dato, today)))
  ).map((r) => r.dato);
  const datoer = aktuelle.flatMap((p, i) =>
    planlagteDatoer(p, horisont, eksisterende, aktuelle[i + 1]?.fra ?? null),
  );
  if (datoer.length > 0) {
    await tx.insert(samvaer).values(
      datoer.map((dato) => ({
        tjenesteId: actor.tjenesteId,
        barnId,
        familiemedlemId: body.familiemedlemId,
        dato,
      })),
    );
  }
  await auditBy(tx, actor, {
    handling: 'samvaer.create',
    entitetType: 'barn',
    entitetId: barnId,
    detaljer: { familiemedlemId: body.familiemedlemId, antall: datoer.length, enhet: body.enhet },
  });
  return { opprettet: datoer.length, datoer };
}

/** Marks a session held or cancelled, moves it, or records the date its report came in. */
export async function updateSamvaer(tx: Tx, actor: Actor, id: string, body: UpdateSamvaerBody) {
  const row = await loadSamvaer(tx, actor, id, 'write');
  const avlystArsak = body.status === 'avlyst' ? (body.avlystArsak ?? null) : null;
  const rapportMottatt = body.rapportMottatt ?? null;
  const tid = klokkeslett(body);
  const feil = [
    ...validerOkt({ dato: body.dato, status: body.status, avlystArsak, rapportMottatt }, osloToday()),
    ...validerKlokkeslett(tid),
  ];
  if (feil.length) throw invalidFields(...feil);
  if (body.dato !== row.dato) {
    const forste = await forstePlassering(tx, row.barnId);
    if (forste && body.dato < forste) throw invalidFields({ field: 'dato', code: 'samvaer_for_plassering' });
    await ensureLedigDato(tx, row.familiemedlemId, body.dato, id);
  }
  const rows = await tx
    .update(samvaer)
    .set({
      dato: body.dato,
      ...tid,
      status: body.status,
      avlystArsak,
      rapportMottatt,
      notat: body.notat ?? null,
      version: sql`${samvaer.version} + 1`,
    })
    .where(and(eq(samvaer.id, id), eq(samvaer.version, body.version)))
    .returning({ id: samvaer.id });
  expectUpdated(rows);
  await auditBy(tx, actor, {
    handling: 'samvaer.update',
    entitetType: 'samvaer',
    entitetId: id,
    detaljer: {
      barnId: row.barnId,
      status: body.status,
      avlystArsak,
      rapportMottatt: rapportMottatt !== null,
      flyttet: body.dato !== row.dato,
      nyttKlokkeslett: tid.fraKl !== somKlokkeslett(row.fraKl) || tid.tilKl !== somKlokkeslett(row.tilKl),
    },
  });
}

/**
 * Starts the review of a received report: a document from the checklist template about the
 * child, linked to the session, in the same transaction. Once linked, the report counts as
 * reviewed; the document itself is written, finished and approved as any other.
 */
export async function reviewSamvaer(tx: Tx, actor: Actor, id: string, version: number, locale: Locale) {
  const row = await loadSamvaer(tx, actor, id, 'write');
  if (row.version !== version) throw versionConflict();
  if (row.gjennomgangDokumentId) throw invalidFields({ field: 'id', code: 'samvaer_allerede_gjennomgatt' });
  if (row.status !== 'gjennomfort' || !row.rapportMottatt) {
    throw invalidFields({ field: 'rapportMottatt', code: 'samvaer_rapport_mangler' });
  }
  const doc = await createDokument(tx, actor, { malId: GJENNOMGANG_MAL, barnId: row.barnId }, locale);
  // The review starts with what the session already knows: its day and when the report came.
  const [created] = await tx
    .select({ innhold: dokument.innhold })
    .from(dokument)
    .where(eq(dokument.id, doc.id));
  const innhold = {
    ...((created?.innhold ?? {}) as Record<string, unknown>),
    samvaersdato: row.dato,
    mottatt: row.rapportMottatt,
  };
  await tx.update(dokument).set({ innhold }).where(eq(dokument.id, doc.id));
  await tx
    .update(dokumentRevisjon)
    .set({ innhold })
    .where(and(eq(dokumentRevisjon.dokumentId, doc.id), eq(dokumentRevisjon.revisjon, 1)));
  const rows = await tx
    .update(samvaer)
    .set({ gjennomgangDokumentId: doc.id, version: sql`${samvaer.version} + 1` })
    .where(and(eq(samvaer.id, id), eq(samvaer.version, version)))
    .returning({ id: samvaer.id });
  expectUpdated(rows);
  await auditBy(tx, actor, {
    handling: 'samvaer.update',
    entitetType: 'samvaer',
    entitetId: id,
    detaljer: { barnId: row.barnId, gjennomgangDokumentId: doc.id },
  });
  return { dokumentId: doc.id };
}
