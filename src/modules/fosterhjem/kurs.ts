import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { fosterhjemMedlem, kursDeltakelse, plassering } from '@/db/schema';
import { type KursMangel, kursIkkeTilbudt } from '@/domain/fosterfamilie';
import { getInnstillinger } from '@/modules/arshjul/innstillinger';
import { expectUpdated, openFosterhjem } from '@/modules/barn/caseAccess';
import type { Actor } from '@/modules/core/actor';
import { osloToday } from '@/modules/core/clock';
import { auditBy } from '@/modules/core/writeAudit';
import type { OfferKursBody, UpdateKursBody } from '@/modules/fosterhjem/fosterfamilie.schema';
import { invalidFields, notFound } from '@/server/errors';

/** Dates of an answer: taken on or after the offer, not in the future, and not also declined. */
function checkAnswer(body: { tilbudt: string; gjennomfort?: string | null; takketNei: boolean }) {
  const today = osloToday();
  if (body.gjennomfort && body.takketNei)
    throw invalidFields({ field: 'takketNei', code: 'kurs_taken_declined' });
  if (body.gjennomfort && body.gjennomfort < body.tilbudt)
    throw invalidFields({ field: 'gjennomfort', code: 'date_order' });
  if (body.gjennomfort && body.gjennomfort > today)
    throw invalidFields({ field: 'gjennomfort', code: 'date_future' });
}

/** Which foster parents in these homes lack an offer of the recommended courses (seeds/001). */
export async function kursMangler(
  tx: Tx,
  tjenesteId: string,
  fosterhjemIds: string[],
  today: string,
): Promise<Map<string, KursMangel[]>> {
  const out = new Map<string, KursMangel[]>();
  if (fosterhjemIds.length === 0) return out;
  const innst = await getInnstillinger(tx, tjenesteId);
  const placements = await tx
    .select({ fosterhjemId: plassering.fosterhjemId, innflytting: plassering.innflytting })
    .from(plassering)
    .where(inArray(plassering.fosterhjemId, fosterhjemIds));
  const parents = await tx
    .select({ id: fosterhjemMedlem.id, fosterhjemId: fosterhjemMedlem.fosterhjemId })
    .from(fosterhjemMedlem)
    .where(
      and(
        inArray(fosterhjemMedlem.fosterhjemId, fosterhjemIds),
        eq(fosterhjemMedlem.rolle, 'fosterforelder'),
      ),
    );
  const offers = await tx
    .select({ medlemId: kursDeltakelse.medlemId, kurs: kursDeltakelse.kurs })
    .from(kursDeltakelse)
    .where(inArray(kursDeltakelse.fosterhjemId, fosterhjemIds));
  for (const id of fosterhjemIds) {
    const fosterforeldre = parents.filter((p) => p.fosterhjemId === id);
    const mangler = kursIkkeTilbudt(
      {
        innflyttinger: placements.filter((p) => p.fosterhjemId === id).map((p) => p.innflytting),
        fosterforeldre,
        tilbud: offers.filter((o) => fosterforeldre.some((f) => f.id === o.medlemId)),
      },
      today,
      innst.kursPaminnelseMaaneder,
    );
    if (mangler.length) out.set(id, mangler);
  }
  return out;
}

/** The courses offered to the home's foster parents, and the reminder when some are missing. */
export async function listKurs(tx: Tx, actor: Actor, fosterhjemId: string) {
  await openFosterhjem(tx, actor, fosterhjemId, 'read');
  const today = osloToday();
  const items = await tx
    .select()
    .from(kursDeltakelse)
    .where(eq(kursDeltakelse.fosterhjemId, fosterhjemId))
    .orderBy(asc(kursDeltakelse.tilbudt), asc(kursDeltakelse.kurs));
  const mangler = await kursMangler(tx, actor.tjenesteId, [fosterhjemId], today);
  const innst = await getInnstillinger(tx, actor.tjenesteId);
  await auditBy(tx, actor, {
    handling: 'fosterhjem.read',
    entitetType: 'fosterhjem',
    entitetId: fosterhjemId,
    detaljer: { del: 'kurs', antall: items.length },
  });
  return {
    items: items.map((k) => ({
      id: k.id,
      medlemId: k.medlemId,
      kurs: k.kurs,
      tilbudt: k.tilbudt,
      gjennomfort: k.gjennomfort,
      takketNei: k.takketNei,
      notat: k.notat,
      version: k.version,
    })),
    ikkeTilbudt: mangler.get(fosterhjemId) ?? [],
    paminnelseMaaneder: innst.kursPaminnelseMaaneder,
  };
}

/** Offers a course to one of the home's foster parents (one row per parent and course). */
export async function offerKurs(tx: Tx, actor: Actor, fosterhjemId: string, body: OfferKursBody) {
  await openFosterhjem(tx, actor, fosterhjemId, 'write');
  const [medlem] = await tx
    .select({ id: fosterhjemMedlem.id })
    .from(fosterhjemMedlem)
    .where(
      and(
        eq(fosterhjemMedlem.id, body.medlemId),
        eq(fosterhjemMedlem.fosterhjemId, fosterhjemId),
        eq(fosterhjemMedlem.rolle, 'fosterforelder'),
      ),
    );
  if (!medlem) throw invalidFields({ field: 'medlemId', code: 'unknown_reference' });
  checkAnswer(body);
  const [existing] = await tx
    .select({ id: kursDeltakelse.id })
    .from(kursDeltakelse)
    .where(and(eq(kursDeltakelse.medlemId, body.medlemId), eq(kursDeltakelse.kurs, body.kurs)));
  if (existing) throw invalidFields({ field: 'kurs', code: 'kurs_duplicate' });
  const [created] = await tx
    .insert(kursDeltakelse)
    .values({
      tjenesteId: actor.tjenesteId,
      fosterhjemId,
      medlemId: body.medlemId,
      kurs: body.kurs,
      tilbudt: body.tilbudt,
      gjennomfort: body.gjennomfort ?? null,
      takketNei: body.takketNei,
      notat: body.notat ?? null,
    })
    .returning({ id: kursDeltakelse.id });
  if (!created) throw new Error('insert failed');
  await auditBy(tx, actor, {
    handling: 'kurs.offer',
    entitetType: 'kurs_deltakelse',
    entitetId: created.id,
    detaljer: { fosterhjemId, kurs: body.kurs },
  });
  return created;
}

/** Records the answer to an offer: taken (date), declined, or still open. */
export async function updateKurs(
  tx: Tx,
  actor: Actor,
  fosterhjemId: string,
  kursId: string,
  body: UpdateKursBody,
) {
  await openFosterhjem(tx, actor, fosterhjemId, 'write');
  const [row] = await tx
    .select({ id: kursDeltakelse.id, kurs: kursDeltakelse.kurs })
    .from(kursDeltakelse)
    .where(and(eq(kursDeltakelse.id, kursId), eq(kursDeltakelse.fosterhjemId, fosterhjemId)));
  if (!row) throw notFound();
  checkAnswer(body);
  const rows = await tx
    .update(kursDeltakelse)
    .set({
      tilbudt: body.tilbudt,
      gjennomfort: body.gjennomfort,
      takketNei: body.takketNei,
      notat: body.notat ?? null,
      version: sql`${kursDeltakelse.version} + 1`,
    })
    .where(and(eq(kursDeltakelse.id, kursId), eq(kursDeltakelse.version, body.version)))
    .returning({ id: kursDeltakelse.id });
  expectUpdated(rows);
  await auditBy(tx, actor, {
    handling: 'kurs.update',
    entitetType: 'kurs_deltakelse',
    entitetId: kursId,
    detaljer: {
      fosterhjemId,
      kurs: row.kurs,
      status: body.gjennomfort ? 'gjennomfort' : body.takketNei ? 'takket_nei' : 'tilbudt',
    },
  });
}
