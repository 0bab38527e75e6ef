import { and, asc, count, desc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { auditLog, users } from '@/db/schema';
import type { Actor } from '@/modules/core/actor';
import type { AuditQuery } from '@/modules/core/core.schema';
import { AUDIT_HANDLINGER, writeAudit } from '@/modules/core/writeAudit';

/** Start of a civil date in Norway, as an instant. */
const osloMidnight = (date: string) => sql`(${date}::date)::timestamp at time zone 'Europe/Oslo'`;

/**
 * One page of the service's audit log, newest first. Reading the log is itself logged,
 * with the filters used (ids and dates only).
 */
export async function listAuditEvents(tx: Tx, actor: Actor, query: AuditQuery) {
  const where: SQL[] = [eq(auditLog.tjenesteId, actor.tjenesteId)];
  if (query.fra) where.push(gte(auditLog.tidspunkt, osloMidnight(query.fra)));
  if (query.til) where.push(lt(auditLog.tidspunkt, sql`${osloMidnight(query.til)} + interval '1 day'`));
  if (query.handling) where.push(eq(auditLog.handling, query.handling));
  if (query.aktorId) where.push(eq(auditLog.aktorId, query.aktorId));
  const filter = and(...where);

  const [total] = await tx.select({ n: count() }).from(auditLog).where(filter);
  const rows = await tx
    .select({ log: auditLog, navn: users.navn })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.aktorId))
    .where(filter)
    .orderBy(desc(auditLog.tidspunkt), desc(auditLog.id))
    .limit(query.perSide)
    .offset((query.side - 1) * query.perSide);
  const brukere = await tx.select({ id: users.id, navn: users.navn }).from(users).orderBy(asc(users.navn));

  await writeAudit(tx, {
    tjenesteId: actor.tjenesteId,
    aktor: { id: actor.userId, rolle: actor.rolle },
    handling: 'audit.search',
    entitetType: 'audit_log',
    detaljer: {
      fra: query.fra ?? null,
      til: query.til ?? null,
      handling: query.handling ?? null,
      aktorId: query.aktorId ?? null,
      side: query.side,
    },
  });

  return {
    items: rows.map(({ log, navn }) => ({
      id: log.id,
      tidspunkt: log.tidspunkt.toISOString(),
      aktor: log.aktorId && navn ? { id: log.aktorId, navn } : null,
      aktorRolle: log.aktorRolle,
      handling: log.handling,
      entitetType: log.entitetType,
      entitetId: log.entitetId,
      formal: log.formal,
    })),
    total: total?.n ?? 0,
    side: query.side,
    perSide: query.perSide,
    handlinger: [...AUDIT_HANDLINGER],
    brukere,
  };
}
