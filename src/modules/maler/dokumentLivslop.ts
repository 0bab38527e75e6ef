import { eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { dokument, dokumentRevisjon, hendelse, oppgave, plassering } from '@/db/schema';
import { REGLER, type RegelId } from '@/domain/arshjul';
import { type BarnetsStemme, manglerVedFerdigstilling } from '@/domain/dokumentInnhold';
import { aktivPlassering } from '@/domain/plasseringsforlop';
import { syncOppgaver } from '@/modules/arshjul/syncOppgaver';
import type { Actor } from '@/modules/core/actor';
import { osloToday } from '@/modules/core/clock';
import { auditBy } from '@/modules/core/writeAudit';
import { felterI, openDokument } from '@/modules/maler/dokumentAccess';
import { AppError, forbidden, versionConflict } from '@/server/errors';

type Doc = Awaited<ReturnType<typeof openDokument>>['doc'];

async function snapshot(tx: Tx, actor: Actor, doc: Doc, status: Doc['status'], revisjon: number) {
  await tx.insert(dokumentRevisjon).values({
    tjenesteId: actor.tjenesteId,
    dokumentId: doc.id,
    versjon: doc.versjon,
    revisjon,
    innhold: doc.innhold,
    status,
    lagretAv: actor.userId,
  });
}

/**
 * When the finished document belongs to an årshjul task, the task is completed by recording
 * the event the rule asks for, dated by the document's own date field and carrying the child's
 * participation from its child's-voice block.
 */
async function fullforOppgave(tx: Tx, actor: Actor, doc: Doc) {
  if (!doc.oppgaveId || !doc.barnId) return;
  const [task] = await tx.select().from(oppgave).where(eq(oppgave.id, doc.oppgaveId));
  if (!task || task.fullfortDato) return;
  const innhold = doc.innhold as Record<string, unknown>;
  const felter = felterI(doc.mal);
  const datoFelt = felter.find((f) => f.type === 'dato');
  const today = osloToday();
  const dato =
    (datoFelt && typeof innhold[datoFelt.id] === 'string' && (innhold[datoFelt.id] as string)) || today;
  const stemme = felter.find((f) => f.type === 'barnets_stemme');
  const medvirkning = stemme
    ? ((innhold[stemme.id] as Partial<BarnetsStemme> | undefined)?.medvirkning ?? null)
    : null;
  const plasseringer = await tx.select().from(plassering).where(eq(plassering.barnId, doc.barnId));
  const p = aktivPlassering(plasseringer, dato) ?? plasseringer.find((x) => x.id === task.plasseringId);
  await tx.insert(hendelse).values({
    tjenesteId: actor.tjenesteId,
    barnId: doc.barnId,
    plasseringId: p?.id ?? task.plasseringId,
    type: REGLER[task.regel as RegelId].fullfortAv,
    // Never in the future: a document dated ahead counts from today.
    dato: [dato, today].sort()[0] as string,
    ref: task.ref || null,
    medvirkning: medvirkning || null,
    snakketAlene: innhold.alene === 'ja' ? true : null,
    notat: doc.tittel,
    utfortAv: doc.forfatterId,
  });
  await syncOppgaver(tx, actor.tjenesteId, doc.barnId, today);
}

/**
 * Finalises a draft: every required field filled and the child's participation recorded.
 * The document is then locked (author and time kept). Where the template asks for it, it goes
 * to the team leader for approval; otherwise it is finished and completes its task.
 */
export async function finaliseDokument(tx: Tx, actor: Actor, id: string, revisjon: number) {
  const { doc } = await openDokument(tx, actor, id, 'write');
  if (doc.status !== 'utkast') throw new AppError(409, 'document_locked');
  if (doc.revisjon !== revisjon) throw versionConflict();
  const mangler = manglerVedFerdigstilling(felterI(doc.mal), doc.innhold as Record<string, unknown>);
  if (mangler.length) throw new AppError(400, 'validation_failed', {}, {}, mangler);
  const status: Doc['status'] = doc.mal.godkjenning ? 'til_godkjenning' : 'ferdig';
  await tx
    .update(dokument)
    .set({
      status,
      ferdigstiltAv: actor.userId,
      ferdigstilt: new Date(),
      returKommentar: null,
      revisjon: sql`${dokument.revisjon} + 1`,
    })
    .where(eq(dokument.id, id));
  await snapshot(tx, actor, doc, status, revisjon + 1);
  if (status === 'ferdig') await fullforOppgave(tx, actor, doc);
  await auditBy(tx, actor, { handling: 'dokument.finalise', entitetType: 'dokument', entitetId: id });
  return { status };
}

/** Team leader or head of service of the case, and never the author: four eyes. */
async function openForGodkjenning(tx: Tx, actor: Actor, id: string) {
  const { doc, tilknytning } = await openDokument(tx, actor, id, 'read');
  const leder =
    (actor.rolle === 'teamleder' && tilknytning === 'team') ||
    (actor.rolle === 'leder' && tilknytning === 'tjeneste');
  if (!leder || doc.ferdigstiltAv === actor.userId) throw forbidden();
  if (doc.status !== 'til_godkjenning') throw new AppError(409, 'document_locked');
  return doc;
}

export async function approveDokument(tx: Tx, actor: Actor, id: string) {
  const doc = await openForGodkjenning(tx, actor, id);
  await tx
    .update(dokument)
    .set({
      status: 'godkjent',
      godkjentAv: actor.userId,
      godkjent: new Date(),
      revisjon: sql`${dokument.revisjon} + 1`,
    })
    .where(eq(dokument.id, id));
  await snapshot(tx, actor, doc, 'godkjent', doc.revisjon + 1);
  await fullforOppgave(tx, actor, doc);
  await auditBy(tx, actor, { handling: 'dokument.approve', entitetType: 'dokument', entitetId: id });
}

/** Sends the document back to the author as a draft, with what needs to change. */
export async function returnDokument(tx: Tx, actor: Actor, id: string, kommentar: string) {
  const doc = await openForGodkjenning(tx, actor, id);
  await tx
    .update(dokument)
    .set({ status: 'utkast', returKommentar: kommentar, revisjon: sql`${dokument.revisjon} + 1` })
    .where(eq(dokument.id, id));
  await snapshot(tx, actor, doc, 'utkast', doc.revisjon + 1);
  await auditBy(tx, actor, { handling: 'dokument.return', entitetType: 'dokument', entitetId: id });
}

/** Reopening a finished document starts a new version; the finished one stays in the history. */
export async function reopenDokument(tx: Tx, actor: Actor, id: string) {
  const { doc } = await openDokument(tx, actor, id, 'write');
  if (doc.status !== 'ferdig' && doc.status !== 'godkjent') throw new AppError(409, 'document_locked');
  await tx
    .update(dokument)
    .set({
      status: 'utkast',
      versjon: doc.versjon + 1,
      ferdigstiltAv: null,
      ferdigstilt: null,
      godkjentAv: null,
      godkjent: null,
      revisjon: sql`${dokument.revisjon} + 1`,
    })
    .where(eq(dokument.id, id));
  await snapshot(tx, actor, { ...doc, versjon: doc.versjon + 1 }, 'utkast', doc.revisjon + 1);
  await auditBy(tx, actor, { handling: 'dokument.reopen', entitetType: 'dokument', entitetId: id });
}
