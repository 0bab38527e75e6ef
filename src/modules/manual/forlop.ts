import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import {
  barn,
  dokument,
  forlopFaseValg,
  fosterhjem,
  hendelse,
  manualPunktStatus,
  plassering,
  users,
} from '@/db/schema';
import { barnFase, fosterhjemFase } from '@/domain/forlopFase';
import { openBarn, openFosterhjem } from '@/modules/barn/caseAccess';
import type { Actor } from '@/modules/core/actor';
import { osloToday } from '@/modules/core/clock';
import { auditBy } from '@/modules/core/writeAudit';
import { lastMaler } from '@/modules/maler/malFormat';
import { type ForlopId, manualFor } from '@/modules/manual/manual';
import { FASER } from '@/modules/manual/manualFormat';
import { invalidFields, notFound } from '@/server/errors';

type Bevis = {
  dato: string;
  av: string | null;
  kilde: 'dokument' | 'hendelse' | 'manuell';
  id: string;
  notat?: string | null;
};

/** The derived phase, unless a worker has set it by hand; with the date it began. */
async function gjeldendeFase(tx: Tx, forlop: ForlopId, id: string, today: string) {
  const [valg] = await tx
    .select()
    .from(forlopFaseValg)
    .where(eq(forlopFaseValg.entitetId, id))
    .orderBy(desc(forlopFaseValg.satt))
    .limit(1);
  let beregnet: { fase: string; fra: string };
  if (forlop === 'barn') {
    const [b] = await tx.select().from(barn).where(eq(barn.id, id));
    if (!b) throw notFound();
    const p = await tx.select().from(plassering).where(eq(plassering.barnId, id));
    beregnet = barnFase(
      { fodselsdato: b.fodselsdato, registrert: b.createdAt.toISOString().slice(0, 10) },
      p,
      today,
    );
  } else {
    const [h] = await tx.select().from(fosterhjem).where(eq(fosterhjem.id, id));
    if (!h) throw notFound();
    const p = await tx.select().from(plassering).where(eq(plassering.fosterhjemId, id));
    beregnet = fosterhjemFase(
      { godkjentDato: h.godkjentDato, registrert: h.createdAt.toISOString().slice(0, 10) },
      p,
      today,
    );
  }
  if (valg?.fase) {
    return {
      id: valg.fase,
      fra: valg.satt.toISOString().slice(0, 10),
      kilde: 'manuell' as const,
      begrunnelse: valg.begrunnelse,
      beregnet: beregnet.fase,
    };
  }
  return {
    id: beregnet.fase,
    fra: beregnet.fra,
    kilde: 'beregnet' as const,
    begrunnelse: null,
    beregnet: beregnet.fase,
  };
}

/** Everything that shows a point was done for this case: finished documents, recorded events, ticks. */
async function bevisFor(tx: Tx, forlop: ForlopId, id: string) {
  const docs = await tx
    .select({ id: dokument.id, malId: dokument.malId, dato: dokument.ferdigstilt, av: dokument.forfatterId })
    .from(dokument)
    .where(
      and(
        forlop === 'barn' ? eq(dokument.barnId, id) : eq(dokument.fosterhjemId, id),
        inArray(dokument.status, ['ferdig', 'godkjent']),
      ),
    );
  const events =
    forlop === 'barn'
      ? await tx
          .select({ id: hendelse.id, type: hendelse.type, dato: hendelse.dato, av: hendelse.utfortAv })
          .from(hendelse)
          .where(eq(hendelse.barnId, id))
      : [];
  const ticks = await tx.select().from(manualPunktStatus).where(eq(manualPunktStatus.entitetId, id));
  return { docs, events, ticks };
}

/**
 * The manual's phase overview for one child or foster home: where it stands, and for each point
 * what to do, why, with which template, and whether it is done for this case (when, by whom,
 * with a link to the document or event). The manual doubles as the case's checklist.
 */
export async function getForlop(tx: Tx, actor: Actor, forlop: ForlopId, id: string, audit = true) {
  const { tilknytning } =
    forlop === 'barn' ? await openBarn(tx, actor, id, 'read') : await openFosterhjem(tx, actor, id, 'read');
  const today = osloToday();
  const fase = await gjeldendeFase(tx, forlop, id, today);
  const manual = await manualFor(tx, forlop);
  const { docs, events, ticks } = await bevisFor(tx, forlop, id);
  const staff = new Map(
    (await tx.select({ id: users.id, navn: users.navn }).from(users)).map((u) => [u.id, u.navn]),
  );
  const maler = lastMaler();
  const naIndex = FASER[forlop].indexOf(fase.id as never);

  const faser = manual.faser.map((f, i) => {
    const faseStatus: 'tidligere' | 'na' | 'kommende' =
      i < naIndex ? 'tidligere' : i === naIndex ? 'na' : 'kommende';
    // In the current phase only what happened since it began counts; earlier phases take any evidence.
    const fra = faseStatus === 'na' ? fase.fra : '0000-01-01';
    return {
      id: f.id,
      del: f.del,
      tittel: f.tittel,
      beskrivelse: f.beskrivelse,
      status: faseStatus,
      punkter: f.punkter.map((p) => {
        const bevis: Bevis[] = [
          ...docs
            .filter((d) => p.maler.includes(d.malId) && d.dato)
            .map((d) => ({
              dato: (d.dato as Date).toISOString().slice(0, 10),
              av: d.av,
              kilde: 'dokument' as const,
              id: d.id,
            })),
          ...events
            .filter((e) => (p.hendelser as string[]).includes(e.type))
            .map((e) => ({ dato: e.dato, av: e.av, kilde: 'hendelse' as const, id: e.id })),
          ...ticks
            .filter((t) => t.punktId === p.id)
            .map((t) => ({
              dato: t.utfort,
              av: t.utfortAv,
              kilde: 'manuell' as const,
              id: t.id,
              notat: t.notat,
            })),
        ]
          .filter((b) => b.dato >= fra)
          .sort((a, b) => (a.dato < b.dato ? 1 : -1));
        const sist = bevis[0];
        return {
          id: p.id,
          niva: p.niva,
          tittel: p.tittel,
          hva: p.hva,
          hvorfor: p.hvorfor,
          hjemmel: p.hjemmel ?? null,
          ansvar: p.ansvar,
          maler: p.maler
            .filter((m) => maler.has(m))
            .map((m) => ({ id: m, tittel: maler.get(m)?.tittel ?? { nb: m, nn: m } })),
          hendelser: p.hendelser,
          programmer: p.programmer,
          lokal: p.lokal,
          tilpasset: p.tilpasset,
          status: (faseStatus === 'kommende' ? 'kommende' : sist ? 'utfort' : 'apen') as
            | 'kommende'
            | 'utfort'
            | 'apen',
          sist: sist
            ? {
                dato: sist.dato,
                av: sist.av ? (staff.get(sist.av) ?? null) : null,
                kilde: sist.kilde,
                id: sist.id,
                notat: sist.notat ?? null,
              }
            : null,
        };
      }),
    };
  });
  if (audit)
    await auditBy(tx, actor, {
      handling: 'forlop.read',
      entitetType: forlop,
      entitetId: id,
      detaljer: { tilknytning },
    });
  return { forlop, entitetId: id, fase, faser };
}

async function openForWrite(tx: Tx, actor: Actor, forlop: ForlopId, id: string) {
  if (forlop === 'barn') await openBarn(tx, actor, id, 'write');
  else await openFosterhjem(tx, actor, id, 'write');
}

/** Sets the phase by hand (or clears it, to follow the facts again), with a reason. */
export async function setFase(
  tx: Tx,
  actor: Actor,
  forlop: ForlopId,
  id: string,
  fase: string | null,
  begrunnelse: string | null,
) {
  await openForWrite(tx, actor, forlop, id);
  if (fase && !(FASER[forlop] as readonly string[]).includes(fase))
    throw invalidFields({ field: 'fase', code: 'unknown_reference' });
  await tx
    .insert(forlopFaseValg)
    .values({ tjenesteId: actor.tjenesteId, forlop, entitetId: id, fase, begrunnelse, sattAv: actor.userId });
  await auditBy(tx, actor, {
    handling: 'forlop.phase_set',
    entitetType: forlop,
    entitetId: id,
    detaljer: { fase },
  });
}

/** Marks a point done for this case by hand, with a note of what was done. */
export async function markPunkt(
  tx: Tx,
  actor: Actor,
  forlop: ForlopId,
  id: string,
  punktId: string,
  utfort: string,
  notat: string | null,
) {
  await openForWrite(tx, actor, forlop, id);
  const manual = await manualFor(tx, forlop);
  if (!manual.faser.some((f) => f.punkter.some((p) => p.id === punktId))) throw notFound();
  if (utfort > osloToday()) throw invalidFields({ field: 'utfort', code: 'date_future' });
  await tx.insert(manualPunktStatus).values({
    tjenesteId: actor.tjenesteId,
    forlop,
    entitetId: id,
    punktId,
    utfort,
    utfortAv: actor.userId,
    notat,
  });
  await auditBy(tx, actor, {
    handling: 'forlop.point_done',
    entitetType: forlop,
    entitetId: id,
    detaljer: { punktId },
  });
}

/** Takes back a tick made by mistake. */
export async function unmarkPunkt(tx: Tx, actor: Actor, forlop: ForlopId, id: string, statusId: string) {
  await openForWrite(tx, actor, forlop, id);
  const rows = await tx
    .delete(manualPunktStatus)
    .where(and(eq(manualPunktStatus.id, statusId), eq(manualPunktStatus.entitetId, id)))
    .returning({ punktId: manualPunktStatus.punktId });
  if (!rows[0]) throw notFound();
  await auditBy(tx, actor, {
    handling: 'forlop.point_undone',
    entitetType: forlop,
    entitetId: id,
    detaljer: { punktId: rows[0].punktId },
  });
}
