import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { auditHead, auditLog } from '@/db/schema';
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

/**
 * Appends one link to the service's hash chain, inside the caller's transaction, so the
 * record and the action stand or fall together. The chain head row is locked for the rest
 * of the transaction, which serialises writers of one chain on PostgreSQL as on PGlite.
 */
export async function writeAudit(tx: Tx, event: AuditEvent): Promise<void> {
  const kjede = event.tjenesteId ?? 'system';
  await tx.insert(auditHead).values({ kjede, sekvens: 0, hash: GENESIS_HASH }).onConflictDoNothing();
  const [head] = await tx.select().from(auditHead).where(eq(auditHead.kjede, kjede)).for('update');
  if (!head) throw new Error('audit chain head missing');
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
  await tx.insert(auditLog).values({ ...link, tidspunkt: new Date(link.tidspunkt), hash });
  await tx.update(auditHead).set({ sekvens: link.sekvens, hash }).where(eq(auditHead.kjede, kjede));
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
