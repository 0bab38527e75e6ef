import { sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { auditHead } from '@/db/schema';
import { type AuditLink, GENESIS_HASH, hashLink } from '@/domain/auditChain';

/** Every action the audit log knows. Add new ones here; the UI translates each code. */
export const AUDIT_HANDLINGER = [
  'auth.login',
  'auth.login_failed',
  'auth.logout',
  'auth.session_expired',
  'user.language_changed',
  'audit.search',
  'audit.verify',
  'user.list',
  'barn.list',
  'barn.search',
  'barn.read',
  'barn.create',
  'barn.update',
  'barn.identity_read',
  'tilgang.granted',
  'familiemedlem.create',
  'familiemedlem.update',
  'plassering.create',
  'plassering.end',
  'landsby.member_create',
  'landsby.member_update',
  'landsby.member_delete',
  'landsby.goal_create',
  'rammefortelling.create',
  'rammefortelling.update',
  'rammefortelling.history_read',
  'tildeling.create',
  'fosterhjem.list',
  'fosterhjem.read',
  'fosterhjem.create',
  'fosterhjem.update',
  'fosterhjem.member_create',
  'fosterhjem.agreement_create',
  'hendelse.create',
  'oppgave.list',
  'oppgave.deviation',
  'oppgave.plan',
  'hyppighet.decide',
  'arshjul.settings_update',
  'kalender.create',
  'kalender.revoke',
  'varsel.digest_sent',
  'mal.adapt',
  'dokument.create',
  'dokument.read',
  'dokument.save',
  'dokument.finalise',
  'dokument.approve',
  'dokument.return',
  'dokument.reopen',
  'dokument.export',
  'dokument.list',
  'manual.adapt',
  'forlop.read',
  'forlop.phase_set',
  'forlop.point_done',
  'forlop.point_undone',
  'gjennomgang.prepare',
  'gjennomgang.create',
  'gjennomgang.list',
  'innsikt.read',
  'innsikt.export',
  'program.propose',
  'program.respond',
  'program.end',
  'program.read',
  'program.session_update',
  'program.calendar_export',
  'kurs.offer',
  'kurs.update',
  'veiledning.create',
  'veiledning.update',
  'samvaersplan.create',
  'samvaer.read',
  'samvaer.create',
  'samvaer.update',
  'samvaer.letter',
  'tilbakeforing.read',
  'tilbakeforing.create',
  'tilbakeforing.save',
  'tilbakeforing.decide',
  'gjenforening.create',
  'gjenforening.update',
  'katalog.interest',
  'katalog.adopt',
  'katalog.plan_update',
  'katalog.end',
  'katalog.change',
  'katalog.network_read',
  'rekruttering.list',
  'rekruttering.read',
  'rekruttering.create',
  'rekruttering.update',
  'rekruttering.stage',
  'rekruttering.checkpoint',
  'rekruttering.share',
  'rekruttering.unshare',
  'rekruttering.close',
  'rekruttering.approve',
  'rekruttering.link',
  'rekruttering.delete_expired',
  'rekruttering.settings_update',
  'rekruttering.overview',
  'rekruttering.export',
  'nettverkssok.read',
  'nettverkssok.create',
  'nettverkssok.update',
  'nettverkssok.conclude',
  'gjenrekruttering.list',
  'gjenrekruttering.create',
  'gjenrekruttering.update',
  'gjenrekruttering.close',
] as const;
export type AuditHandling = (typeof AUDIT_HANDLINGER)[number];

export type AuditEvent = {
  tjenesteId: string | null;
  aktor: { id: string; rolle: string } | null;
  handling: AuditHandling;
  entitetType:
    | 'user'
    | 'session'
    | 'tjeneste'
    | 'audit_log'
    | 'barn'
    | 'familiemedlem'
    | 'fosterhjem'
    | 'fosterhjem_medlem'
    | 'plassering'
    | 'landsbymedlem'
    | 'landsby_mal'
    | 'rammefortelling_del'
    | 'tildeling'
    | 'tilgang'
    | 'hendelse'
    | 'oppgave'
    | 'mal'
    | 'dokument'
    | 'manual'
    | 'gjennomgang'
    | 'programforlop'
    | 'programokt'
    | 'kurs_deltakelse'
    | 'veiledning'
    | 'samvaersplan'
    | 'samvaer'
    | 'tilbakeforingsvurdering'
    | 'gjenforeningsplan'
    | 'produkt_adopsjon'
    | 'katalog'
    | 'rekrutteringssak'
    | 'nettverkssok'
    | 'gjenrekruttering';
  entitetId?: string | null;
  /** The purpose the user stated, where opening the record needed one (design §2). */
  formal?: string | null;
  /** Ids, codes and counts only: never names, free text or identity numbers. */
  detaljer?: Record<string, unknown> | null;
};

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

type Head = { sekvens: number; hash: string };

/**
 * The head of each chain as this process last wrote or read it: a guess, never trusted.
 * The append below moves the head only if the database still has exactly this head, so a
 * guess made stale by another process, a rolled-back transaction or another database only
 * costs the locking path.
 */
const lastHead = new Map<string, Head>();

/** Locks the chain's head row for the rest of the transaction and reads it. */
async function lockHead(tx: Tx, kjede: string): Promise<Head | undefined> {
  return rowsOf<Head>(
    await tx.execute(sql`select sekvens, hash from audit_head where kjede = ${kjede} for update`),
  )[0];
}

/**
 * Appends one link to the service's hash chain, inside the caller's transaction, so the
 * record and the action stand or fall together. The chain head row is locked for the rest
 * of the transaction, which serialises writers of one chain on PostgreSQL as on PGlite.
 *
 * Every request writes a link, so the common case is one statement (decision 0014): with the
 * head this process expects, it moves the head and inserts the link together, and only if the
 * head row still holds that sequence number and hash — the update locks the row as
 * `select … for update` did, and a concurrent writer makes it wait and then find no match.
 * Without a match (another writer came first, or no guess yet) it locks and reads the head,
 * then appends with the head it read. A chain's first link creates its head. The hash is
 * computed here by the same `hashLink` that verifies it, so the chain format is unchanged.
 */
export async function writeAudit(tx: Tx, event: AuditEvent): Promise<void> {
  const kjede = event.tjenesteId ?? 'system';
  const guess = lastHead.get(kjede);
  if (guess && (await append(tx, kjede, guess, event))) return;
  let head = await lockHead(tx, kjede);
  if (!head) {
    await tx.insert(auditHead).values({ kjede, sekvens: 0, hash: GENESIS_HASH }).onConflictDoNothing();
    head = await lockHead(tx, kjede);
    if (!head) throw new Error('audit chain head missing');
  }
  if (!(await append(tx, kjede, head, event))) throw new Error('audit chain head moved while locked');
}

/** Inserts the link after `head` and moves the head to it, if `head` is still the head. */
async function append(tx: Tx, kjede: string, head: Head, event: AuditEvent): Promise<boolean> {
  const link: AuditLink = {
    kjede,
    sekvens: head.sekvens + 1,
    tidspunkt: new Date().toISOString(),
    tjenesteId: event.tjenesteId,
    aktorId: event.aktor?.id ?? null,
    aktorRolle: event.aktor?.rolle ?? null,
    handling: event.handling,
    entitetType: event.entitetType,
    entitetId: event.entitetId ?? null,
    formal: event.formal ?? null,
    detaljer: event.detaljer ?? null,
    forrigeHash: head.hash,
  };
  const hash = hashLink(link);
  // Parameters as text with explicit casts, so node-postgres and PGlite send them alike.
  const detaljer = link.detaljer === null ? null : JSON.stringify(link.detaljer);
  const inserted = rowsOf<{ sekvens: number }>(
    await tx.execute(sql`
      with head as (
        update audit_head set sekvens = ${link.sekvens}::integer, hash = ${hash}
        where kjede = ${kjede} and sekvens = ${head.sekvens}::integer and hash = ${head.hash}
        returning kjede
      )
      insert into audit_log (kjede, sekvens, tidspunkt, tjeneste_id, aktor_id, aktor_rolle, handling,
        entitet_type, entitet_id, formal, detaljer, forrige_hash, hash)
      select kjede, ${link.sekvens}::integer, ${link.tidspunkt}::text::timestamptz, ${link.tjenesteId}::uuid,
        ${link.aktorId}::uuid, ${link.aktorRolle}::text, ${link.handling}::text, ${link.entitetType}::text,
        ${link.entitetId}::text, ${link.formal}::text, ${detaljer}::text::jsonb, ${link.forrigeHash}::text,
        ${hash}::text
      from head
      returning sekvens`),
  );
  if (!inserted.length) {
    lastHead.delete(kjede);
    return false;
  }
  lastHead.set(kjede, { sekvens: link.sekvens, hash });
  return true;
}

/** The common case: the signed-in actor did something in their own service. */
export function auditBy(
  tx: Tx,
  actor: { userId: string; rolle: string; tjenesteId: string },
  event: Omit<AuditEvent, 'tjenesteId' | 'aktor'>,
): Promise<void> {
  return writeAudit(tx, {
    ...event,
    tjenesteId: actor.tjenesteId,
    aktor: { id: actor.userId, rolle: actor.rolle },
  });
}
