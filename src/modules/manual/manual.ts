import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { manualTilpasning, manualTilpasningHistorikk } from '@/db/schema';
import type { Actor } from '@/modules/core/actor';
import { auditBy } from '@/modules/core/writeAudit';
import { Tekst } from '@/modules/maler/malFormat';
import { type Forlop, lastManual, NIVAER, type Punkt } from '@/modules/manual/manualFormat';
import { invalidFields, notFound, versionConflict } from '@/server/errors';

export type ForlopId = 'barn' | 'fosterhjem';

/** A service's own wording of a shared point: any of the texts, in both written standards. */
export const PunktTekst = z.strictObject({
  tittel: Tekst.optional(),
  hva: Tekst.optional(),
  hvorfor: Tekst.optional(),
});
/** A point the service adds itself, in one phase. */
export const LokaltPunkt = z.strictObject({
  fase: z.string(),
  niva: z.enum(NIVAER),
  ansvar: z.enum(['kontaktperson', 'teamleder', 'leder', 'veileder', 'rekrutterer']),
  tittel: Tekst,
  hva: Tekst,
  hvorfor: Tekst,
});

export type ManualPunkt = Punkt & { lokal: boolean; tilpasset: boolean; basisEndret: boolean };
export type ManualFase = Omit<Forlop['faser'][number], 'punkter'> & { punkter: ManualPunkt[] };

/**
 * The manual as the service has it: the shared base with the service's own wording laid on
 * top and its local points added. A point whose base has changed since it was adapted says so.
 */
export async function manualFor(tx: Tx, forlop: ForlopId) {
  const base = lastManual()[forlop];
  const rows = await tx
    .select()
    .from(manualTilpasning)
    .where(and(eq(manualTilpasning.forlop, forlop), eq(manualTilpasning.aktiv, true)))
    .orderBy(asc(manualTilpasning.endret));
  const faser: ManualFase[] = base.faser.map((f) => ({
    ...f,
    punkter: [
      ...f.punkter.map((p) => {
        const t = rows.find((r) => !r.lokal && r.punktId === p.id);
        const data = t ? PunktTekst.parse(t.data) : {};
        return {
          ...p,
          ...data,
          lokal: false,
          tilpasset: Boolean(t),
          basisEndret: Boolean(t && t.basisVersjon < p.versjon),
        };
      }),
      ...rows
        .filter((r) => r.lokal && LokaltPunkt.parse(r.data).fase === f.id)
        .map((r) => {
          const d = LokaltPunkt.parse(r.data);
          return {
            id: r.punktId,
            versjon: 1,
            niva: d.niva,
            ansvar: d.ansvar,
            tittel: d.tittel,
            hva: d.hva,
            hvorfor: d.hvorfor,
            maler: [],
            hendelser: [],
            programmer: [],
            lokal: true,
            tilpasset: true,
            basisEndret: false,
          };
        }),
    ],
  }));
  return { ...base, faser };
}

async function saveHistory(tx: Tx, actor: Actor, id: string) {
  const [row] = await tx.select().from(manualTilpasning).where(eq(manualTilpasning.id, id));
  if (row) {
    await tx.insert(manualTilpasningHistorikk).values({
      tjenesteId: actor.tjenesteId,
      tilpasningId: id,
      data: row.data,
      basisVersjon: row.basisVersjon,
      endretAv: actor.userId,
    });
  }
}

function basePunkt(forlop: ForlopId, punktId: string) {
  const p = lastManual()
    [forlop].faser.flatMap((f) => f.punkter)
    .find((x) => x.id === punktId);
  if (!p) throw notFound();
  return p;
}

/** The service rewrites a shared point in its own words (head of service). History is kept. */
export async function adaptPunkt(
  tx: Tx,
  actor: Actor,
  forlop: ForlopId,
  punktId: string,
  data: z.infer<typeof PunktTekst>,
  version: number,
) {
  const p = basePunkt(forlop, punktId);
  const [existing] = await tx
    .select()
    .from(manualTilpasning)
    .where(and(eq(manualTilpasning.forlop, forlop), eq(manualTilpasning.punktId, punktId)));
  if ((existing?.version ?? 0) !== version) throw versionConflict();
  const [row] = await tx
    .insert(manualTilpasning)
    .values({
      tjenesteId: actor.tjenesteId,
      forlop,
      punktId,
      basisVersjon: p.versjon,
      data,
      endretAv: actor.userId,
    })
    .onConflictDoUpdate({
      target: [manualTilpasning.tjenesteId, manualTilpasning.forlop, manualTilpasning.punktId],
      set: {
        data,
        aktiv: true,
        basisVersjon: p.versjon,
        endretAv: actor.userId,
        endret: new Date(),
        version: sql`${manualTilpasning.version} + 1`,
      },
    })
    .returning({ id: manualTilpasning.id });
  if (row) await saveHistory(tx, actor, row.id);
  await auditBy(tx, actor, { handling: 'manual.adapt', entitetType: 'manual', entitetId: punktId });
}

/** Drops the service's wording and goes back to the shared point; for a local point, removes it. */
export async function resetPunkt(tx: Tx, actor: Actor, forlop: ForlopId, punktId: string) {
  const rows = await tx
    .update(manualTilpasning)
    .set({
      aktiv: false,
      endretAv: actor.userId,
      endret: new Date(),
      version: sql`${manualTilpasning.version} + 1`,
    })
    .where(and(eq(manualTilpasning.forlop, forlop), eq(manualTilpasning.punktId, punktId)))
    .returning({ id: manualTilpasning.id });
  if (!rows[0]) throw notFound();
  await saveHistory(tx, actor, rows[0].id);
  await auditBy(tx, actor, {
    handling: 'manual.adapt',
    entitetType: 'manual',
    entitetId: punktId,
    detaljer: { tilbakestilt: true },
  });
}

/** Adds a point of the service's own, e.g. a local routine. */
export async function addLokaltPunkt(
  tx: Tx,
  actor: Actor,
  forlop: ForlopId,
  data: z.infer<typeof LokaltPunkt>,
) {
  if (!lastManual()[forlop].faser.some((f) => f.id === data.fase))
    throw invalidFields({ field: 'fase', code: 'unknown_reference' });
  const punktId = `lokal_${crypto.randomUUID().slice(0, 8)}`;
  const [row] = await tx
    .insert(manualTilpasning)
    .values({
      tjenesteId: actor.tjenesteId,
      forlop,
      punktId,
      basisVersjon: 0,
      data,
      lokal: true,
      endretAv: actor.userId,
    })
    .returning({ id: manualTilpasning.id });
  if (row) await saveHistory(tx, actor, row.id);
  await auditBy(tx, actor, {
    handling: 'manual.adapt',
    entitetType: 'manual',
    entitetId: punktId,
    detaljer: { lokal: true },
  });
  return { id: punktId };
}

/**
 * Takes in a change to the shared point: the service keeps its own wording but records that it
 * has seen the new base (or drops its wording and follows the base when `folgBasis`).
 */
export async function acceptBase(
  tx: Tx,
  actor: Actor,
  forlop: ForlopId,
  punktId: string,
  folgBasis: boolean,
) {
  const p = basePunkt(forlop, punktId);
  const rows = await tx
    .update(manualTilpasning)
    .set({
      basisVersjon: p.versjon,
      ...(folgBasis ? { aktiv: false } : {}),
      endretAv: actor.userId,
      endret: new Date(),
      version: sql`${manualTilpasning.version} + 1`,
    })
    .where(and(eq(manualTilpasning.forlop, forlop), eq(manualTilpasning.punktId, punktId)))
    .returning({ id: manualTilpasning.id });
  if (!rows[0]) throw notFound();
  await saveHistory(tx, actor, rows[0].id);
  await auditBy(tx, actor, {
    handling: 'manual.adapt',
    entitetType: 'manual',
    entitetId: punktId,
    detaljer: { basis: p.versjon },
  });
}

/** The saved states of the service's adaptation of one point, newest first. */
export async function punktHistorikk(tx: Tx, forlop: ForlopId, punktId: string) {
  const rows = await tx
    .select({ h: manualTilpasningHistorikk })
    .from(manualTilpasningHistorikk)
    .innerJoin(manualTilpasning, eq(manualTilpasning.id, manualTilpasningHistorikk.tilpasningId))
    .where(and(eq(manualTilpasning.forlop, forlop), eq(manualTilpasning.punktId, punktId)))
    .orderBy(asc(manualTilpasningHistorikk.endret));
  return rows
    .map(({ h }) => ({
      data: h.data,
      basisVersjon: h.basisVersjon,
      endret: h.endret.toISOString(),
      endretAv: h.endretAv,
    }))
    .reverse();
}

/** The adaptation row's version, for optimistic locking in the UI. */
export async function tilpasningVersion(tx: Tx, forlop: ForlopId, punktId: string) {
  const [row] = await tx
    .select({ version: manualTilpasning.version })
    .from(manualTilpasning)
    .where(and(eq(manualTilpasning.forlop, forlop), eq(manualTilpasning.punktId, punktId)));
  return row?.version ?? 0;
}
