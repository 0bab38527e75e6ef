import { randomBytes } from 'node:crypto';
import { and, eq, gte, isNull, lte } from 'drizzle-orm';
import icalGenerator, { ICalCalendarMethod } from 'ical-generator';
import type { Db, Tx } from '@/db/client';
import { inSystem, inTjeneste } from '@/db/context';
import { kalenderToken, oppgave, users } from '@/db/schema';
import { addMonths } from '@/domain/plasseringsforlop';
import { omfangFilter, selectOppgaver } from '@/modules/arshjul/oppgaver';
import type { Actor } from '@/modules/core/actor';
import { osloToday } from '@/modules/core/clock';
import { hashToken } from '@/modules/core/sessions';
import { auditBy } from '@/modules/core/writeAudit';
import type { Locale } from '@/server/i18n';
import { t } from '@/server/i18n';

/** A case reference that says nothing about the person: "B-3F9A2C". */
export const saksreferanse = (barnId: string) => `B-${barnId.replaceAll('-', '').slice(0, 6).toUpperCase()}`;

/** Creates a new feed token (revoking any earlier one) and returns it once; only its hash is kept. */
export async function createFeed(tx: Tx, actor: Actor): Promise<string> {
  await revokeFeeds(tx, actor, false);
  const token = randomBytes(32).toString('base64url');
  await tx
    .insert(kalenderToken)
    .values({ tjenesteId: actor.tjenesteId, userId: actor.userId, tokenHash: hashToken(token) });
  await auditBy(tx, actor, { handling: 'kalender.create', entitetType: 'user', entitetId: actor.userId });
  return token;
}

export async function revokeFeeds(tx: Tx, actor: Actor, audit = true) {
  await tx
    .update(kalenderToken)
    .set({ revokedAt: new Date() })
    .where(and(eq(kalenderToken.userId, actor.userId), isNull(kalenderToken.revokedAt)));
  if (audit)
    await auditBy(tx, actor, { handling: 'kalender.revoke', entitetType: 'user', entitetId: actor.userId });
}

export async function feedStatus(tx: Tx, actor: Actor) {
  const [row] = await tx
    .select()
    .from(kalenderToken)
    .where(and(eq(kalenderToken.userId, actor.userId), isNull(kalenderToken.revokedAt)));
  return { aktiv: Boolean(row), opprettet: row?.createdAt.toISOString() ?? null };
}

/**
 * The personal iCalendar feed behind a secret token: the user's open tasks, planned ones at
 * their planned time (as UTC instants, so every client shows the right Norwegian time across
 * daylight saving), the rest as all-day events on the deadline. Titles carry the task type and a
 * case reference, never a name or identity number. Null when the token is unknown or revoked.
 */
export async function calendarFeed(db: Db, token: string): Promise<string | null> {
  const [owner] = await inSystem(db, (tx) =>
    tx
      .select()
      .from(kalenderToken)
      .where(and(eq(kalenderToken.tokenHash, hashToken(token)), isNull(kalenderToken.revokedAt))),
  );
  if (!owner) return null;
  const today = osloToday();
  return inTjeneste(db, owner.tjenesteId, async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, owner.userId));
    if (!user?.aktiv) return null;
    const actor = { userId: user.id, rolle: user.rolle, teamId: user.teamId };
    const items = await selectOppgaver(
      tx,
      and(
        omfangFilter(actor, 'mine'),
        isNull(oppgave.fullfortDato),
        gte(oppgave.frist, addMonths(today, -1)),
        lte(oppgave.frist, addMonths(today, 12)),
      ),
      today,
    );
    const locale: Locale = user.sprak;
    const cal = icalGenerator({
      name: 'Landsby',
      method: ICalCalendarMethod.PUBLISH,
      prodId: '//Landsby//Arshjul//NO',
    });
    for (const o of items) {
      const title = `${t(locale, `oppgave.${o.regel}`)} – ${saksreferanse(o.barn.id)}`;
      const frist = o.avvik?.nyFrist ?? o.frist;
      if (o.planlagt) {
        const start = new Date(o.planlagt);
        cal.createEvent({ id: o.id, start, end: new Date(start.getTime() + 3_600_000), summary: title });
      } else {
        cal.createEvent({
          id: o.id,
          start: new Date(`${frist}T00:00:00Z`),
          allDay: true,
          summary: `${t(locale, 'oppgave.frist')}: ${title}`,
        });
      }
    }
    return cal.toString();
  });
}
