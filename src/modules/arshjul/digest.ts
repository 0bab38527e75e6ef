import { and, eq, isNotNull, isNull, lte } from 'drizzle-orm';
import type { Transporter } from 'nodemailer';
import type { Db } from '@/db/client';
import { inSystem, inTjeneste } from '@/db/context';
import { oppgave, tjeneste, users, varselSendt } from '@/db/schema';
import { addMonths } from '@/domain/plasseringsforlop';
import { omfangFilter, selectOppgaver } from '@/modules/arshjul/oppgaver';
import { osloToday } from '@/modules/core/clock';
import { writeAudit } from '@/modules/core/writeAudit';
import { t } from '@/server/i18n';

/** The hour (Norwegian time) from which the day's digest goes out. */
export const DIGEST_HOUR = 7;

const osloHour = (now: Date) =>
  Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Oslo', hour: '2-digit', hourCycle: 'h23' }).format(
      now,
    ),
  );

/**
 * The team leaders' daily digest by e-mail: how many of the team's tasks are overdue, have a
 * recorded deviation, or fall due this week, with a link to the team view. Counts only: no
 * name, case or identity in the subject or the body. Sent once a day per leader (recorded in
 * `varsel_sendt` in the same transaction), from 07:00 Norwegian time.
 */
export async function sendDailyDigests(
  db: Db,
  mailer: Transporter,
  options: { from: string; origin: string; now?: Date },
): Promise<number> {
  const now = options.now ?? new Date();
  if (osloHour(now) < DIGEST_HOUR) return 0;
  const today = osloToday(now);
  const services = await inSystem(db, (tx) => tx.select({ id: tjeneste.id }).from(tjeneste));
  let sent = 0;
  for (const { id: tjenesteId } of services) {
    const leaders = await inTjeneste(db, tjenesteId, (tx) =>
      tx
        .select({ user: users, sendt: varselSendt.id })
        .from(users)
        .leftJoin(varselSendt, and(eq(varselSendt.userId, users.id), eq(varselSendt.dato, today)))
        .where(
          and(
            eq(users.rolle, 'teamleder'),
            eq(users.aktiv, true),
            isNotNull(users.epost),
            isNotNull(users.teamId),
          ),
        ),
    );
    for (const { user } of leaders.filter((l) => !l.sendt)) {
      await inTjeneste(db, tjenesteId, async (tx) => {
        const items = await selectOppgaver(
          tx,
          and(
            omfangFilter({ userId: user.id, rolle: user.rolle, teamId: user.teamId }, 'team'),
            isNull(oppgave.fullfortDato),
            lte(oppgave.frist, addMonths(today, 1)),
          ),
          today,
        );
        const tall = {
          forfalt: items.filter((o) => o.status === 'forfalt' && !o.avvik).length,
          avvik: items.filter((o) => o.avvik).length,
          denneUken: items.filter((o) => o.status === 'denne_uken').length,
          url: `${options.origin}/oppgaver/team`,
        };
        await tx.insert(varselSendt).values({ tjenesteId, userId: user.id, dato: today });
        await writeAudit(tx, {
          tjenesteId,
          aktor: null,
          handling: 'varsel.digest_sent',
          entitetType: 'user',
          entitetId: user.id,
          detaljer: { forfalt: tall.forfalt, avvik: tall.avvik },
        });
        await mailer.sendMail({
          from: options.from,
          to: user.epost as string,
          subject: t(user.sprak, 'digest.subject'),
          text: t(user.sprak, 'digest.body', tall),
        });
      });
      sent++;
    }
  }
  return sent;
}

/** Checks every quarter of an hour whether the day's digests are due. */
export function scheduleDigests(
  db: Db,
  mailer: Transporter,
  options: { from: string; origin: string },
  log: (m: string) => void,
) {
  const run = () =>
    sendDailyDigests(db, mailer, options)
      .then((n) => n && log(`sent ${n} daily digests`))
      .catch(() => log('daily digest failed'));
  const timer = setInterval(run, 15 * 60_000);
  timer.unref();
  void run();
  return () => clearInterval(timer);
}
