import { and, asc, desc, eq, ilike, inArray, isNotNull, or, type SQL } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { barn, dokument, dokumentRevisjon, fosterhjem, users } from '@/db/schema';
import { type FeltType, somTekst, tekstdiff } from '@/domain/dokumentInnhold';
import { kanEndre, tilknytning } from '@/modules/barn/barn.policy';
import { fosterhjemTilknytning } from '@/modules/barn/caseAccess';
import type { Actor } from '@/modules/core/actor';
import { can } from '@/modules/core/policy';
import { auditBy } from '@/modules/core/writeAudit';
import { felterI, openDokument, openSak } from '@/modules/maler/dokumentAccess';
import type { Mal } from '@/modules/maler/malFormat';
import { notFound } from '@/server/errors';

async function navnPa(tx: Tx, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter(Boolean))] as string[];
  const rows = wanted.length
    ? await tx.select({ id: users.id, navn: users.navn }).from(users).where(inArray(users.id, wanted))
    : [];
  return (id: string | null) => (id ? (rows.find((r) => r.id === id) ?? { id, navn: '' }) : null);
}

/** One document with its template snapshot, content, state and what the reader may do. */
export async function getDokument(tx: Tx, actor: Actor, id: string) {
  const { doc, tilknytning: t } = await openDokument(tx, actor, id, 'read');
  const person = await navnPa(tx, [doc.forfatterId, doc.ferdigstiltAv, doc.godkjentAv]);
  await auditBy(tx, actor, { handling: 'dokument.read', entitetType: 'dokument', entitetId: id });
  const leder =
    (actor.rolle === 'teamleder' && t === 'team') || (actor.rolle === 'leder' && t === 'tjeneste');
  return {
    id: doc.id,
    tittel: doc.tittel,
    malId: doc.malId,
    malVersjon: doc.malVersjon,
    mal: doc.mal,
    sprak: doc.sprak,
    innhold: doc.innhold as Record<string, unknown>,
    status: doc.status,
    versjon: doc.versjon,
    revisjon: doc.revisjon,
    barnId: doc.barnId,
    fosterhjemId: doc.fosterhjemId,
    familiemedlemId: doc.familiemedlemId,
    rekrutteringssakId: doc.rekrutteringssakId,
    oppgaveId: doc.oppgaveId,
    forfatter: person(doc.forfatterId),
    ferdigstilt: doc.ferdigstilt?.toISOString() ?? null,
    ferdigstiltAv: person(doc.ferdigstiltAv),
    godkjent: doc.godkjent?.toISOString() ?? null,
    godkjentAv: person(doc.godkjentAv),
    returKommentar: doc.returKommentar,
    opprettet: doc.createdAt.toISOString(),
    endret: doc.updatedAt.toISOString(),
    kanEndre: kanEndre(t) && doc.status === 'utkast',
    kanGodkjenne: leder && doc.status === 'til_godkjenning' && doc.ferdigstiltAv !== actor.userId,
  };
}

function presentList(rows: { d: typeof dokument.$inferSelect; forfatter: string | null }[]) {
  return rows.map(({ d, forfatter }) => ({
    id: d.id,
    tittel: d.tittel,
    malId: d.malId,
    status: d.status,
    versjon: d.versjon,
    forfatter: forfatter ?? '',
    endret: d.updatedAt.toISOString(),
    barnId: d.barnId,
    fosterhjemId: d.fosterhjemId,
  }));
}

/** The documents of one case, newest first. */
export async function listDokumenter(tx: Tx, actor: Actor, sak: { barnId?: string; fosterhjemId?: string }) {
  await openSak(tx, actor, sak, 'read');
  const where = sak.barnId
    ? eq(dokument.barnId, sak.barnId)
    : eq(dokument.fosterhjemId, sak.fosterhjemId as string);
  const rows = await tx
    .select({ d: dokument, forfatter: users.navn })
    .from(dokument)
    .leftJoin(users, eq(users.id, dokument.forfatterId))
    .where(where)
    .orderBy(desc(dokument.updatedAt));
  await auditBy(tx, actor, {
    handling: 'dokument.list',
    entitetType: 'dokument',
    detaljer: { ...sak, antall: rows.length },
  });
  return { items: presentList(rows) };
}

/**
 * Searches titles and text of the documents the actor may read: those about children and
 * foster homes they reach through their caseload, team or service (never through another's
 * purpose grant), and, for those who follow recruitment, the home-study reports of their own
 * organisation's recruitment cases (row-level security keeps other organisations' out).
 * Includes documents waiting for the actor's approval.
 */
export async function searchDokumenter(tx: Tx, actor: Actor, q: string | null, status?: string) {
  const children = await tx
    .select({ id: barn.id, kontaktpersonId: barn.kontaktpersonId, teamId: barn.teamId })
    .from(barn);
  const reachable = children
    .filter((b) => tilknytning(actor, { kontaktpersonIds: [b.kontaktpersonId], teamIds: [b.teamId] }, false))
    .map((b) => b.id);
  const homes = await tx
    .select({ id: fosterhjem.id, kontaktpersonId: fosterhjem.kontaktpersonId, teamId: fosterhjem.teamId })
    .from(fosterhjem);
  const ties = await fosterhjemTilknytning(tx, actor, homes);
  const reachableHomes = homes.filter((h) => kanEndre(ties.get(h.id) ?? null)).map((h) => h.id);
  const saker: SQL[] = [];
  if (reachable.length) saker.push(inArray(dokument.barnId, reachable));
  if (reachableHomes.length) saker.push(inArray(dokument.fosterhjemId, reachableHomes));
  if (can(actor, 'rekruttering:read')) saker.push(isNotNull(dokument.rekrutteringssakId));
  if (!saker.length) return { items: [] };
  const filters: SQL[] = [or(...saker) as SQL];
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    filters.push(or(ilike(dokument.tittel, like), ilike(dokument.malId, like)) as SQL);
  }
  if (status) filters.push(eq(dokument.status, status as typeof dokument.$inferSelect.status));
  const rows = await tx
    .select({ d: dokument, forfatter: users.navn })
    .from(dokument)
    .leftJoin(users, eq(users.id, dokument.forfatterId))
    .where(and(...filters))
    .orderBy(desc(dokument.updatedAt))
    .limit(100);
  await auditBy(tx, actor, {
    handling: 'dokument.list',
    entitetType: 'dokument',
    detaljer: { treff: rows.length },
  });
  return { items: presentList(rows) };
}

/** The saved states of a document, oldest first. */
export async function listRevisjoner(tx: Tx, actor: Actor, id: string) {
  await openDokument(tx, actor, id, 'read');
  const rows = await tx
    .select({ r: dokumentRevisjon, navn: users.navn })
    .from(dokumentRevisjon)
    .leftJoin(users, eq(users.id, dokumentRevisjon.lagretAv))
    .where(eq(dokumentRevisjon.dokumentId, id))
    .orderBy(asc(dokumentRevisjon.lagret));
  return {
    items: rows.map(({ r, navn }) => ({
      id: r.id,
      versjon: r.versjon,
      revisjon: r.revisjon,
      status: r.status,
      lagret: r.lagret.toISOString(),
      lagretAv: navn ?? '',
    })),
  };
}

/** A readable, field-by-field word diff between two saved states. */
export async function diffRevisjoner(tx: Tx, actor: Actor, id: string, fra: string, til: string) {
  const { doc } = await openDokument(tx, actor, id, 'read');
  const rows = await tx
    .select()
    .from(dokumentRevisjon)
    .where(and(eq(dokumentRevisjon.dokumentId, id), inArray(dokumentRevisjon.id, [fra, til])));
  const a = rows.find((r) => r.id === fra);
  const b = rows.find((r) => r.id === til);
  if (!a || !b) throw notFound();
  const mal = doc.mal as Mal;
  const label = (feltId: string, verdi: string) => {
    const f = felterI(mal).find((x) => x.id === feltId);
    return f?.valg?.find((v) => v.verdi === verdi)?.etikett[doc.sprak] ?? verdi;
  };
  const felter = felterI(mal)
    .map((f) => {
      const fraTekst = somTekst(f.type as FeltType, (a.innhold as Record<string, unknown>)[f.id], (v) =>
        label(f.id, v),
      );
      const tilTekst = somTekst(f.type as FeltType, (b.innhold as Record<string, unknown>)[f.id], (v) =>
        label(f.id, v),
      );
      return {
        feltId: f.id,
        etikett: f.etikett[doc.sprak],
        endret: fraTekst !== tilTekst,
        deler: tekstdiff(fraTekst, tilTekst),
      };
    })
    .filter((f) => f.endret);
  return { felter };
}
