import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '@/db/client';
import { oppgave } from '@/db/schema';
import type { AvvikBody, PlanBody } from '@/modules/arshjul/arshjul.schema';
import { expectUpdated, openBarn } from '@/modules/barn/caseAccess';
import type { Actor } from '@/modules/core/actor';
import { osloToday } from '@/modules/core/clock';
import { auditBy } from '@/modules/core/writeAudit';
import { invalidFields, notFound } from '@/server/errors';

async function openOppgave(tx: Tx, actor: Actor, id: string) {
  const [o] = await tx.select().from(oppgave).where(eq(oppgave.id, id));
  if (!o) throw notFound();
  await openBarn(tx, actor, o.barnId, 'write');
  return o;
}

/**
 * A task that could not be done on time (the child declined, the family was away) gets a
 * recorded deviation with its reason and a new date. It is never silent: team leaders see
 * deviations apart from plain overdue tasks.
 */
export async function registerAvvik(tx: Tx, actor: Actor, id: string, body: z.infer<typeof AvvikBody>) {
  const o = await openOppgave(tx, actor, id);
  if (o.fullfortDato) throw invalidFields({ field: 'arsak', code: 'task_done' });
  if (body.nyFrist < osloToday()) throw invalidFields({ field: 'nyFrist', code: 'date_past' });
  const rows = await tx
    .update(oppgave)
    .set({
      avvikArsak: body.arsak,
      avvikNyFrist: body.nyFrist,
      avvikRegistrertAv: actor.userId,
      version: sql`${oppgave.version} + 1`,
    })
    .where(and(eq(oppgave.id, id), eq(oppgave.version, body.version)))
    .returning({ id: oppgave.id });
  expectUpdated(rows);
  await auditBy(tx, actor, {
    handling: 'oppgave.deviation',
    entitetType: 'oppgave',
    entitetId: id,
    detaljer: { barnId: o.barnId, regel: o.regel },
  });
}

/** Plans when the task will be done; a planned time shows in the personal calendar feed. */
export async function planOppgave(tx: Tx, actor: Actor, id: string, body: z.infer<typeof PlanBody>) {
  const o = await openOppgave(tx, actor, id);
  const planlagt = body.planlagt ? osloLocalToInstant(body.planlagt) : null;
  const rows = await tx
    .update(oppgave)
    .set({ planlagt, version: sql`${oppgave.version} + 1` })
    .where(and(eq(oppgave.id, id), eq(oppgave.version, body.version)))
    .returning({ id: oppgave.id });
  expectUpdated(rows);
  await auditBy(tx, actor, {
    handling: 'oppgave.plan',
    entitetType: 'oppgave',
    entitetId: id,
    detaljer: { barnId: o.barnId },
  });
}

/**
 * A wall-clock time in Norway ("2026-03-29T10:00") as an instant, daylight saving included.
 * Finds the offset Intl reports for Europe/Oslo at that moment.
 */
export function osloLocalToInstant(local: string): Date {
  const asUtc = new Date(`${local.length === 16 ? `${local}:00` : local}Z`);
  const offsetAt = (d: Date) => {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Oslo', timeZoneName: 'longOffset' })
      .formatToParts(d)
      .find((p) => p.type === 'timeZoneName')?.value;
    const m = parts?.match(/GMT([+-])(\d{2}):(\d{2})/);
    return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  };
  const first = new Date(asUtc.getTime() - offsetAt(asUtc) * 60_000);
  return new Date(asUtc.getTime() - offsetAt(first) * 60_000);
}
